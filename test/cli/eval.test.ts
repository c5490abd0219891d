// `dateline eval`: its figures equal score.mjs's (the verbatim copy in test/core/eval) on the
// predictions `dateline corpus` prints for the same gold file.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript reference without type declarations
import { score as referenceScore } from '../core/eval/reference-score.mjs';
import { run } from './capture.ts';

const gold = [
  {
    corpus: 't', id: 'g1', date: '2020-05-06',
    text: 'Shelling hit Aleppo and Idlib in northern Syria on Monday, officials in Damascus said.',
    toponyms: [
      { start: 13, end: 19, name: 'Aleppo', lat: 36.20124, lon: 37.16117 },
      { start: 24, end: 29, name: 'Idlib', lat: 35.93062, lon: 36.63393 },
      { start: 42, end: 47, name: 'Syria', lat: 35, lon: 38 },
      { start: 72, end: 80, name: 'Damascus', lat: 33.5102, lon: 36.29128 },
    ],
  },
  {
    corpus: 't', id: 'g2',
    text: 'Flooding closed roads between Paris and Lyon, and the Loire rose. A warehouse on Main Street burned.',
    toponyms: [
      { start: 30, end: 35, name: 'Paris', lat: 48.85341, lon: 2.3488 },
      { start: 40, end: 44, name: 'Lyon', lat: 45.74846, lon: 4.84671 },
      { start: 54, end: 59, name: 'Loire', lat: null, lon: null },
      { start: 81, end: 92, name: 'Main Street', lat: null, lon: null },
    ],
  },
];
const GOLD = gold.map((d) => JSON.stringify(d)).join('\n') + '\n';

describe('dateline eval', () => {
  it('--gold-spans scores resolution alone on the gold spans, unknown names counting as misses', async () => {
    const text = 'Shelling hit Aleppo and Qzxwvtown near Idlib in Syria.';
    const at = (name: string, lat: number, lon: number) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name, lat, lon });
    const one = [{ corpus: 't', id: 'r1', text, toponyms: [at('Aleppo', 36.20124, 37.16117), at('Qzxwvtown', 36, 37), at('Idlib', 35.93062, 36.63393), at('Syria', 35, 38)] }];
    const ev = await run(['eval', 'g.jsonl', '--gold-spans', '--json'], { files: { 'g.jsonl': one.map((d) => JSON.stringify(d)).join('\n') } });
    expect(ev.code).toBe(0);
    const r = JSON.parse(ev.stdout);
    expect(r).toMatchObject({ mode: 'gold-spans', gold: 4, resolved: 3, tp: 3, fp: 0, fn: 1, acc161: 1, acc161_all: 0.75 });
    const bad = await run(['eval', 'g.jsonl', '--gold-spans', '--pred', 'p.jsonl'], { files: { 'g.jsonl': '', 'p.jsonl': '' } });
    expect(bad.code).toBe(2);
  });

  it('agrees with score.mjs on the predictions dateline corpus prints', async () => {
    const corpus = await run(['corpus', 'gold.jsonl', '-q'], { files: { 'gold.jsonl': GOLD } });
    expect(corpus.code).toBe(0);
    const predictions = new Map(corpus.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((p) => [p.id, p.toponyms]));
    // The engine finds at least some of these well-known places, so the comparison is not vacuous.
    expect([...predictions.values()].flat().length).toBeGreaterThan(2);

    const ev = await run(['eval', 'gold.jsonl', '--json'], { files: { 'gold.jsonl': GOLD } });
    expect(ev.code).toBe(0);
    const lines = ev.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.match)).toEqual(['eupeg', 'exact']);
    for (const { match, coordsOnly, ...ours } of lines) {
      const pairs = gold.map((d) => [d.toponyms, predictions.get(d.id) ?? [], []]);
      const theirs = referenceScore(pairs, { match, coordsOnly });
      const rounded = Object.fromEntries(Object.entries(theirs).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? +v.toFixed(3) : v]));
      expect(ours).toEqual(rounded);
    }

    const fromFile = await run(['eval', 'gold.jsonl', '--json', '--pred', 'pred.jsonl'], { files: { 'gold.jsonl': GOLD, 'pred.jsonl': corpus.stdout } });
    expect(fromFile.stdout).toBe(ev.stdout);
  });

  it('prints a readable table for both rules', async () => {
    const r = await run(['eval', 'gold.jsonl'], { files: { 'gold.jsonl': GOLD } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 documents, 8 gold toponyms/);
    expect(r.stdout).toMatch(/^match\s+P\s+R\s+F1\s+acc@161/m);
    expect(r.stdout).toMatch(/^eupeg\s+\d\.\d{3}/m);
    expect(r.stdout).toMatch(/^exact\s+\d\.\d{3}/m);
  });

  it('rejects an unknown rule as a usage error', async () => {
    const r = await run(['eval', 'gold.jsonl', '--match', 'fuzzy'], { files: { 'gold.jsonl': GOLD } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--match must be one of eupeg, exact, overlap/);
  });
});
