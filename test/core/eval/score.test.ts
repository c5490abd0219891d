// The score port must give exactly what the shared score.mjs gives: hand-checked cases, then random
// documents scored by both (a verbatim copy of score.mjs sits next to this test).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MatchRule, ScorePair, Toponym } from '../../../src/core/eval/score.ts';
import { roundResult, score } from '../../../src/core/eval/score.ts';
import { pairsById, pairsByLine, parseEupegLines } from '../../../src/core/eval/pairs.ts';
import { haversineKm } from '../../../src/core/eval/haversine.ts';
// @ts-expect-error: plain JavaScript reference without type declarations
import { score as referenceScore } from './reference-score.mjs';

const t = (start: number, name: string, lat: number | null = null, lon: number | null = null, end = start + name.length): Toponym => ({ start, end, name, lat, lon });
const PARIS = [48.8566, 2.3522] as const;
const LONDON = [51.5074, -0.1278] as const;

describe('score (hand-checked)', () => {
  it('counts a case-insensitive EUPEG match, a miss and a false alarm', () => {
    const pairs: ScorePair[] = [[[t(0, 'Paris', ...PARIS), t(10, 'London', ...LONDON)], [t(0, 'paris', ...PARIS), t(20, 'Rome', 41.9, 12.5)]]];
    const r = score(pairs, { match: 'eupeg' });
    expect(r).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5, n_resolved: 1, acc161: 1, mean_km: 0, median_km: 0, auc: 0 });
  });

  it('EUPEG accepts a span whose centre is under 10 characters off; exact does not', () => {
    const gold = [t(100, 'Washington')];
    const shifted = [{ start: 95, end: 105, name: 'WASHINGTON', lat: 1, lon: 1 }];
    expect(score([[gold, shifted]], { match: 'eupeg' }).tp).toBe(1);
    expect(score([[gold, shifted]], { match: 'exact' }).tp).toBe(0);
    expect(score([[gold, shifted]], { match: 'overlap' }).tp).toBe(1);
    const tooFar = [{ start: 90, end: 100, name: 'Washington' }];
    expect(score([[gold, tooFar]], { match: 'eupeg' }).tp).toBe(0);
    const otherSurface = [{ start: 100, end: 110, name: 'Washingtom' }];
    expect(score([[gold, otherSurface]], { match: 'eupeg' }).tp).toBe(0);
  });

  it('measures resolution error in km on matched pairs only', () => {
    const km = haversineKm(...PARIS, ...LONDON);
    expect(km).toBeGreaterThan(340);
    expect(km).toBeLessThan(347);
    const pairs: ScorePair[] = [[[t(0, 'Paris', ...PARIS), t(20, 'Lyon', 45.76, 4.84)], [t(0, 'Paris', ...LONDON), t(20, 'Lyon', 45.76, 4.84)]]];
    const r = score(pairs, { match: 'exact' });
    expect(r.n_resolved).toBe(2);
    expect(r.acc161).toBe(0.5);
    expect(r.median_km).toBeCloseTo(km / 2, 6);
    expect(r.mean_km).toBeCloseTo(km / 2, 6);
    // Two errors: the trapezoid is half the sum of the normalised log errors.
    expect(r.auc).toBeCloseTo((0.5 * Math.log(1 + km)) / Math.log(20039), 9);
  });

  it('coordsOnly drops gold and predictions without coordinates before matching', () => {
    const pairs: ScorePair[] = [[[t(0, 'Paris', ...PARIS), t(10, 'Atlantis')], [t(0, 'Paris', ...PARIS), t(30, 'Nowhere')]]];
    expect(score(pairs, { match: 'exact' })).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score(pairs, { match: 'exact', coordsOnly: true })).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it('ignored gold absorbs a prediction without counting it; noPrecision reports recall only', () => {
    const pairs: ScorePair[] = [[[t(0, 'Paris')], [t(0, 'Paris'), t(10, 'French')], [t(10, 'French')]]];
    expect(score(pairs, { match: 'exact' })).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const r = score([[[t(0, 'Paris'), t(10, 'Lyon')], [t(0, 'Paris'), t(50, 'Rome')]]], { noPrecision: true });
    expect(r).toMatchObject({ tp: 1, fp: null, fn: 1, recall: 0.5 });
    expect(r.precision).toBeUndefined();
  });

  it('prints like score.mjs: three decimals, same key order', () => {
    const r = score([[[t(0, 'A', 0, 0), t(5, 'B', 0, 0), t(9, 'C', 0, 0)], [t(0, 'A', 0, 1)]]], { match: 'exact' });
    expect(JSON.stringify(roundResult(r))).toBe(JSON.stringify(referenceRounded(referenceScore([[[t(0, 'A', 0, 0), t(5, 'B', 0, 0), t(9, 'C', 0, 0)], [t(0, 'A', 0, 1)]]], { match: 'exact' }))));
    expect(Object.keys(roundResult(r))).toEqual(['tp', 'fp', 'fn', 'recall', 'precision', 'f1', 'n_resolved', 'acc161', 'mean_km', 'median_km', 'auc']);
    expect(roundResult(r).recall).toBe(0.333);
  });
});

describe('pairs', () => {
  const gold = [
    { id: 1, toponyms: [{ ...t(0, 'Paris', ...PARIS), type: 'literal', geonameid: 1 }, { ...t(10, 'French'), type: 'associative' }] },
    { id: 'b', seq: 0, toponyms: [t(0, 'Rome', 41.9, 12.5)] },
  ];
  it('joins predictions by id as a string and filters gold by type', () => {
    const pairs = pairsById(gold, new Map([['1', [t(0, 'Paris')]]]), { types: ['literal'] });
    expect(pairs[0][0].map((x) => x.name)).toEqual(['Paris']);
    expect(pairs[0][2]!.map((x) => x.name)).toEqual(['French']);
    expect(pairs[1][1]).toEqual([]);
    expect(pairsById(gold, new Map(), { requireGeonameid: true })[0][0].map((x) => x.name)).toEqual(['Paris']);
  });
  it('reads EUPEG line files and joins them by seq', () => {
    const lines = parseEupegLines('Rome,,Rome,,41.9,,12.5,,0,,4||\n');
    expect(lines[0]).toEqual([{ name: 'Rome', lat: 41.9, lon: 12.5, start: 0, end: 4 }]);
    expect(pairsByLine(gold, lines)[1][1][0].name).toBe('Rome');
  });
});

function referenceRounded(r: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? +v.toFixed(3) : v]));
}

describe('score agrees with score.mjs on random documents', () => {
  const names = ['Paris', 'paris', 'Rome', 'Lyon', 'Aleppo', 'Homs'];
  const coord = fc.option(fc.double({ min: -80, max: 80, noNaN: true }), { nil: null });
  const toponym = fc.record({ start: fc.nat(60), len: fc.integer({ min: 1, max: 12 }), name: fc.constantFrom(...names), lat: coord, lon: coord }).map(({ start, len, name, lat, lon }) => ({ start, end: start + len, name, lat, lon }));
  const doc = fc.tuple(fc.array(toponym, { maxLength: 6 }), fc.array(toponym, { maxLength: 6 }), fc.array(toponym, { maxLength: 2 }));
  it.each(['eupeg', 'exact', 'overlap'] as MatchRule[])('match %s', (match) => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (pairs, coordsOnly, noPrecision) => {
        const ours = score(pairs as ScorePair[], { match, coordsOnly, noPrecision });
        const theirs = referenceScore(pairs, { match, coordsOnly, noPrecision });
        expect(ours).toEqual(theirs);
        expect(JSON.stringify(roundResult(ours))).toBe(JSON.stringify(referenceRounded(theirs)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
