import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadTagger } from '../../../src/core/tagger/tagger.ts';
import { ModelFormatError, readModel, weightMap, writeModel } from '../../../src/core/tagger/model-file.ts';
import { trainModel } from '../../../src/core/tagger/train.ts';
import { NO_LEXICON } from '../../../src/core/tagger/lexicon.ts';
import { gazetteerLexicon } from '../../../src/core/tagger/gazetteer-lexicon.ts';
import { syntheticCorpus } from './synthetic.ts';

const model = trainModel(syntheticCorpus(3, 30).docs, NO_LEXICON, { epochs: 4, seed: 1, minCount: 1 });

describe('the model file', () => {
  it('round-trips weights through text', () => {
    const names = ['w=paris', 'pw=in', 'tiny'];
    const emission = Float64Array.of(0, 1.234, -0.5, 1, 3, 1, 0, 0.001, 0);
    const transition = Float64Array.from({ length: 12 }, (_, i) => i / 10 - 0.5);
    const text = writeModel(names, { emission, transition }, { seed: 1 });
    const back = readModel(text);
    const weights = weightMap(back);
    expect(weights.get('w=paris')).toEqual([1.23, -0.5]);
    expect(weights.get('pw=in')).toEqual([2, 0]);
    expect(weights.has('tiny')).toBe(false); // rounds to nothing, so it is pruned
    expect(Array.from(back.transition)).toEqual(Array.from(transition, (x) => Math.round(x * 100) / 100));
    expect(back.meta).toEqual({ seed: 1 });
  });

  it('loads into a tagger that behaves the same after a second round trip', () => {
    const text = syntheticCorpus(8, 1).docs[0].text;
    const a = loadTagger(model).propose(text);
    const r = readModel(model);
    const weights = weightMap(r);
    const names = [...weights.keys()];
    const emission = new Float64Array(names.length * 3);
    names.forEach((n, i) => {
      emission[i * 3 + 1] = weights.get(n)![0];
      emission[i * 3 + 2] = weights.get(n)![1];
    });
    const again = writeModel(names, { emission, transition: r.transition }, r.meta);
    expect(again).toBe(model);
    expect(loadTagger(again).propose(text)).toEqual(a);
  });

  it('lays the weights out flat: sorted names one per line, integer hundredths in their order', () => {
    const names = ['w=zoo', 'w=paris', 'pw=in'];
    const emission = Float64Array.of(0.5, 1.734, -0.5, 0, 0, 0.3, 1, 3, 1);
    const file = JSON.parse(writeModel(names, { emission, transition: new Float64Array(12) }, {}));
    expect(file.version).toBe(2);
    expect(file.scale).toBe(100);
    expect(file.names).toBe('pw=in\nw=paris\nw=zoo');
    expect(file.b).toEqual([200, 0, 123]);
    expect(file.i).toEqual([0, 30, -100]);
  });

  it('reads a version-1 file to the same weights, bit for bit', () => {
    const r = readModel(model);
    const weights = weightMap(r);
    const v1 = JSON.stringify({ format: 'dateline-toponym-tagger', version: 1, meta: r.meta, transition: Array.from(r.transition), weights: Object.fromEntries(weights) });
    const old = readModel(v1);
    expect(old.names).toBe(r.names);
    expect(Array.from(old.weights)).toEqual(Array.from(r.weights));
    const text = syntheticCorpus(8, 1).docs[0].text;
    expect(loadTagger(v1).propose(text)).toEqual(loadTagger(model).propose(text));
  });

  it('refuses names it could not write back and files whose parts disagree', () => {
    const w = { emission: Float64Array.of(0, 1, 0), transition: new Float64Array(12) };
    expect(() => writeModel(['w=new\nyork'], w, {})).toThrow();
    const file = JSON.parse(model);
    expect(() => readModel(JSON.stringify({ ...file, b: file.b.slice(1) }))).toThrow(ModelFormatError);
    expect(() => readModel(JSON.stringify({ ...file, i: [0.5, ...file.i.slice(1)] }))).toThrow(ModelFormatError);
    expect(() => readModel(JSON.stringify({ ...file, scale: 0 }))).toThrow(ModelFormatError);
    expect(() => readModel(JSON.stringify({ ...file, names: 7 }))).toThrow(ModelFormatError);
  });

  it('rejects what is not a tagger model', () => {
    expect(() => loadTagger('not json')).toThrow(ModelFormatError);
    expect(() => loadTagger('{"format":"other"}')).toThrow(ModelFormatError);
    expect(() => loadTagger(model.replace('"version":2', '"version":99'))).toThrow(ModelFormatError);
  });
});

describe('propose', () => {
  const tagger = loadTagger(model);

  it('returns ordered, disjoint spans inside the text, trimmed, with scores in 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr.', 'Kalo', 'said', 'went', 'to', 'in', 'of', 'Bay', '-', "'s", '.', '\n', 'é', '“', 'U.S.', '😀'), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        let last = 0;
        for (const s of tagger.propose(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          last = s.end;
        }
      }),
    );
  });

  it('is the same for the same input', () => {
    const text = syntheticCorpus(21, 1).docs[0].text;
    expect(JSON.stringify(tagger.propose(text))).toBe(JSON.stringify(tagger.propose(text)));
  });

  it('handles empty and name-free text', () => {
    expect(tagger.propose('')).toEqual([]);
    expect(tagger.propose('it rained all day and nobody went out')).toEqual([]);
  });
});

describe('the committed model', () => {
  const raw = readFileSync(new URL('../../../src/core/tagger/model.json', import.meta.url), 'utf8');

  it('stays within its size budget (3 MB gzipped; it ships with the app)', () => {
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThan(3_000_000);
  });

  it('loads, says where it came from, and finds places in an unseen conflict report', () => {
    // A four-record stand-in for the gazetteer: record ids index this list.
    const records = [
      { name: 'damascus', cls: 'city', featureCode: 'PPLC', population: 1_700_000 },
      { name: 'tel aviv', cls: 'city', featureCode: 'PPLA', population: 430_000 },
      { name: 'syria', cls: 'country', featureCode: 'PCLI', population: 22_000_000 },
      { name: 'israel', cls: 'country', featureCode: 'PCLI', population: 9_000_000 },
    ];
    const lexicon = gazetteerLexicon(
      {
        lookup: (n) => records.flatMap((r, id) => (r.name === n ? [{ id, kind: 'name' }] : [])),
        record: (id) => records[id],
      },
      (s) => s.toLowerCase(),
    );
    const tagger = loadTagger(raw, { lexicon });
    expect(tagger.meta.corpora).toBeTruthy();
    const text = 'TEL AVIV — Israeli jets struck targets near Damascus on Monday, Syria said, according to Mr. Bennett.';
    const found = tagger.propose(text).map((s) => text.slice(s.start, s.end));
    expect(found).toContain('Damascus');
    expect(found).toContain('TEL AVIV');
    expect(found).not.toContain('Bennett');
  });
});

describe('pathological input', () => {
  const tagger = loadTagger(model);
  it('stays linear on a name repeated tens of thousands of times and on one endless capitalised run', () => {
    const repeated = 'Springfield '.repeat(40_000);
    const run = Array.from({ length: 40_000 }, (_, i) => `Kalo${i % 97}`).join(' ');
    const t0 = performance.now();
    const a = tagger.propose(repeated);
    const b = tagger.propose(run);
    expect(performance.now() - t0).toBeLessThan(5_000);
    for (const s of [...a, ...b]) expect(s.end).toBeLessThanOrEqual(Math.max(repeated.length, run.length));
  });
});

describe('addresses', () => {
  it('never yield spans inside a web or e-mail address', () => {
    const tagger = loadTagger(model);
    const text = 'Mr. Kalo said the convoy went to https://example.com/Velmora?q=Tarvik and wrote to Velmora.Desk@example.org today.';
    for (const s of tagger.propose(text)) {
      expect(text.slice(s.start, s.end)).not.toMatch(/Velmora|Tarvik/);
    }
  });
});
