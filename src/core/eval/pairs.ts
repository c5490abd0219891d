// Joins gold documents with predictions the way score.mjs does: by id for JSONL predictions, by
// line for EUPEG line files, with its --types and --require-geonameid gold filters.
import type { ScorePair, Toponym } from './score.ts';

export interface GoldDoc {
  id: string | number;
  seq?: number;
  toponyms: Toponym[];
}

export interface PairOptions {
  /** Keep only gold toponyms of these types; predictions matching the others are neither TP nor FP. */
  types?: readonly string[] | null;
  /** Gold restricted to GeoNames-linked toponyms; other predictions still count as FP. */
  requireGeonameid?: boolean;
}

function filters({ types = null, requireGeonameid = false }: PairOptions) {
  const keep = (t: Toponym) => !types || types.includes(t.type as string);
  const keepGold = (t: Toponym) => keep(t) && (!requireGeonameid || t.geonameid !== undefined);
  return { keep, keepGold };
}

export function pairsById(gold: readonly GoldDoc[], predictions: ReadonlyMap<string, Toponym[]>, options: PairOptions = {}): ScorePair[] {
  const { keep, keepGold } = filters(options);
  return gold.map((d) => [d.toponyms.filter(keepGold), predictions.get(String(d.id)) ?? [], d.toponyms.filter((t) => !keep(t))]);
}

export function pairsByLine(gold: readonly GoldDoc[], lines: readonly Toponym[][], options: PairOptions = {}): ScorePair[] {
  const { keep, keepGold } = filters(options);
  return gold.map((d, i) => [d.toponyms.filter(keepGold), lines[d.seq ?? i] ?? [], d.toponyms.filter((t) => !keep(t))]);
}

/** The EUPEG / Gritta line format: one document a line, "resolved,,surface,,lat,,lon,,start,,end||...". */
export function parseEupegLines(content: string): Toponym[][] {
  const num = (s: string | undefined) => (s === undefined || s === '' || /^null$/i.test(s) ? null : Number(s));
  return content.split('\n').map((line) =>
    line
      .split('||')
      .filter((e) => e.length > 1)
      .map((e) => {
        const p = e.split(',,');
        return { name: p[1], lat: num(p[2]), lon: num(p[3]), start: Number(p[4]), end: Number(p[5]) };
      }),
  );
}
