// `dateline corpus`: one prediction line per document, in the shape score.mjs reads.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { DEFAULT_CORPUS_PUBLISHED, parseCorpus, predictedToponyms, publishedFor } from '../../src/cli/corpus-file.ts';
import { run } from './capture.ts';

const docs = [
  { corpus: 't', id: 'a1', date: '2020-05-06', text: 'Shelling hit Aleppo and Idlib in Syria on Monday.', toponyms: [] },
  { corpus: 't', id: 7, text: 'The mayor of Springfield, Illinois, spoke in Chicago.', toponyms: [] },
];
const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

function analysisWith(mentions: Analysis['mentions']): Analysis {
  return { schemaVersion: 1, article: { published: '2020-05-06', length: 100 }, sections: [], mentions, dates: [], events: [], warnings: [] };
}

describe('corpus helpers', () => {
  it('keeps only mentions with a resolved place, in the requested roles', () => {
    const place = { name: 'Iran', lat: 32, lon: 53, precision: 'country' as const, country: 'IR' };
    const a = analysisWith([
      { start: 0, end: 4, text: 'Iran', role: 'literal', place, score: 0.9, reason: '', alternatives: [] },
      { start: 10, end: 17, text: 'Iranian', role: 'demonym', place, score: 0.9, reason: '', alternatives: [] },
      { start: 20, end: 25, text: 'Nowhe', role: 'literal', place: null, score: 0, reason: '', alternatives: [] },
    ]);
    expect(predictedToponyms(a)).toEqual([
      { start: 0, end: 4, name: 'Iran', lat: 32, lon: 53 },
      { start: 10, end: 17, name: 'Iranian', lat: 32, lon: 53 },
    ]);
    expect(predictedToponyms(a, { roles: ['literal'] }).map((t) => t.name)).toEqual(['Iran']);
    expect(predictedToponyms(a, { detail: true })[1]).toEqual({ start: 10, end: 17, name: 'Iranian', lat: 32, lon: 53, role: 'demonym', score: 0.9, place: 'Iran', precision: 'country', country: 'IR' });
  });

  it('counts singular demonyms by default, plural nouns with --demonyms all, none with none', async () => {
    const { testGazetteer } = await import('../core/gazetteer/test-gazetteer.ts');
    const gazetteer = testGazetteer();
    const place = { name: 'Israel', lat: 31.5, lon: 34.75, precision: 'country' as const, country: 'IL' };
    const a = analysisWith([
      { start: 0, end: 7, text: 'Israeli', role: 'demonym', place, score: 0.9, reason: '', alternatives: [] },
      { start: 10, end: 18, text: 'Israelis', role: 'demonym', place, score: 0.9, reason: '', alternatives: [] },
      { start: 20, end: 25, text: 'Swiss', role: 'demonym', place, score: 0.9, reason: '', alternatives: [] },
      { start: 30, end: 36, text: 'Israel', role: 'literal', place, score: 0.9, reason: '', alternatives: [] },
    ]);
    const names = (demonyms?: 'adjectives' | 'all' | 'none') => predictedToponyms(a, { gazetteer, ...(demonyms ? { demonyms } : {}) }).map((t) => t.name);
    expect(names()).toEqual(['Israeli', 'Swiss', 'Israel']);
    expect(names('all')).toEqual(['Israeli', 'Israelis', 'Swiss', 'Israel']);
    expect(names('none')).toEqual(['Israel']);
  });

  it('uses the document date when it is a real day, else the documented default', () => {
    const [d1, d2] = parseCorpus(jsonl, 'x');
    expect(publishedFor(d1, DEFAULT_CORPUS_PUBLISHED)).toBe('2020-05-06');
    expect(publishedFor(d2, DEFAULT_CORPUS_PUBLISHED)).toBe(DEFAULT_CORPUS_PUBLISHED);
    expect(publishedFor({ ...d1, date: '2020-13-45' }, '2011-01-01')).toBe('2011-01-01');
    expect(d2.id).toBe('7');
  });

  it('names the line of a malformed document', () => {
    expect(() => parseCorpus('{"id":1,"text":"a"}\n{oops\n', 'c.jsonl')).toThrow(/c\.jsonl:2/);
    expect(() => parseCorpus('{"id":1}\n', 'c.jsonl')).toThrow(/c\.jsonl:1/);
  });
});

describe('dateline corpus', () => {
  it('prints one line per document with spans that point at the text', async () => {
    const r = await run(['corpus', 'c.jsonl', '-q'], { files: { 'c.jsonl': jsonl } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', '7']);
    for (const [i, line] of lines.entries()) {
      for (const t of line.toponyms) {
        expect(docs[i].text.slice(t.start, t.end)).toBe(t.name);
        expect(Number.isFinite(t.lat) && Number.isFinite(t.lon)).toBe(true);
      }
    }
  });

  it('rejects a malformed corpus line with exit code 3', async () => {
    const r = await run(['corpus', 'bad.jsonl'], { files: { 'bad.jsonl': '{"id":1,"text":"x"}\nnot json\n' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not a JSON line/);
    expect(r.stdout).toBe('');
  });
});
