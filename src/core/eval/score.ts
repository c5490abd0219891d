// Geoparsing scores, ported faithfully from the shared score.mjs (Wang & Hu 2019; Gritta et al. 2018):
// recognition P/R/F1 under an exact, overlap or EUPEG inexact match, and resolution error metrics.
import { haversineKm } from './haversine.ts';

export interface Toponym {
  start: number;
  end: number;
  name: string;
  lat?: number | string | null;
  lon?: number | string | null;
  type?: string;
  geonameid?: number;
}

/** exact: same [start,end). overlap: spans overlap. eupeg: centres < 10 chars apart and same surface ignoring case. */
export type MatchRule = 'exact' | 'overlap' | 'eupeg';

export interface ScoreOptions {
  match?: MatchRule;
  /** Keep only gold and predicted toponyms with coordinates (the EUPEG / Gritta convention). */
  coordsOnly?: boolean;
  /** The gold is incomplete: report recall only. */
  noPrecision?: boolean;
}

/** One document: gold toponyms, predicted toponyms, and gold toponyms whose matches are neither TP nor FP. */
export type ScorePair = [gold: Toponym[], pred: Toponym[], ignore?: Toponym[]];

export interface ScoreResult {
  tp: number;
  fp: number | null;
  fn: number;
  recall: number;
  precision?: number;
  f1?: number;
  n_resolved: number;
  acc161?: number;
  mean_km?: number;
  median_km?: number;
  /** Area under the sorted normalised log-error curve; lower is better. */
  auc?: number;
}

/** Same test as score.mjs, including its coercions: a numeric string counts, null/undefined/NaN do not. */
export function hasCoordinates(t: Toponym): boolean {
  return t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined && !Number.isNaN(Number(t.lat)) && !Number.isNaN(Number(t.lon));
}

export function matcher(rule: MatchRule | string): (g: Toponym, p: Toponym) => boolean {
  if (rule === 'exact') return (g, p) => g.start === p.start && g.end === p.end;
  if (rule === 'overlap') return (g, p) => g.start < p.end && p.start < g.end;
  // Any other value means eupeg, as in score.mjs.
  return (g, p) => Math.abs((g.start + g.end) / 2 - (p.start + p.end) / 2) < 10 && String(g.name).toLowerCase() === String(p.name).toLowerCase();
}

export function score(pairs: readonly ScorePair[], { match = 'exact', coordsOnly = false, noPrecision = false }: ScoreOptions = {}): ScoreResult {
  const same = matcher(match);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errs: number[] = [];
  for (const [gold, pred, ignore = []] of pairs) {
    const G = gold.filter((t) => !coordsOnly || hasCoordinates(t));
    const P = pred.filter((t) => !coordsOnly || hasCoordinates(t));
    const used = new Set<number>();
    // Greedy, first-come matching in document order, exactly as score.mjs does it.
    for (const g of ignore) for (let i = 0; i < P.length; i++) if (!used.has(i) && same(g, P[i])) { used.add(i); break; }
    for (const g of G) {
      let hit = -1;
      for (let i = 0; i < P.length; i++) if (!used.has(i) && same(g, P[i])) { hit = i; break; }
      if (hit < 0) { fn++; continue; }
      used.add(hit);
      tp++;
      const p = P[hit];
      if (hasCoordinates(g) && hasCoordinates(p)) errs.push(haversineKm(Number(g.lat), Number(g.lon), Number(p.lat), Number(p.lon)));
    }
    if (!noPrecision) fp += P.length - used.size;
  }
  errs.sort((a, b) => a - b);
  const n = errs.length;
  // Built in score.mjs's key order so printed JSON is identical.
  const res = { tp, fp: noPrecision ? null : fp, fn, recall: tp / (tp + fn || 1) } as ScoreResult;
  if (!noPrecision) {
    res.precision = tp / (tp + fp || 1);
    res.f1 = tp ? (2 * res.precision * res.recall) / (res.precision + res.recall) : 0;
  }
  res.n_resolved = n;
  if (n) {
    res.acc161 = errs.filter((e) => e < 161).length / n;
    res.mean_km = errs.reduce((a, b) => a + b, 0) / n;
    res.median_km = n % 2 ? errs[(n - 1) / 2] : (errs[n / 2 - 1] + errs[n / 2]) / 2;
    const f = (e: number) => Math.log(1 + e) / Math.log(20039);
    if (n > 1) {
      let s = 0.5 * (f(errs[0]) + f(errs[n - 1]));
      for (let i = 1; i < n - 1; i++) s += f(errs[i]);
      res.auc = s / (n - 1);
    } else res.auc = f(errs[0]);
  }
  return res;
}

/** score.mjs's printed form: non-integers rounded to 3 decimals, keys in the same order. */
export function roundResult(r: ScoreResult): Record<string, number | null> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v]));
}
