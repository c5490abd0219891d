// One sense per name and article unless the text says otherwise: mentions of a name are grouped,
// and a name qualified two ways ("Paris, Texas" ... "Paris, France") is split into two senses.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import type { RawMention } from './recognize.ts';
import type { NameGroup } from './resolve.ts';

/** "Gainesville, Ga.", "Paris, Texas", "Athens, GA": the name after the comma qualifies the one before. */
function qualifierIds(gaz: Gazetteer, tokens: Token[], m: RawMention, next: RawMention | undefined, prev: RawMention | undefined): number[] {
  // "Lebanon's Tripoli", "Zamfara's Maru": a country or region named as the owner qualifies the place after it.
  const owner = tokens[m.tokStart - 1];
  if (prev && prev.tokEnd === m.tokStart - 1 && (owner?.text === "'s" || owner?.text === '’s')) {
    const ids = prev.hits.filter((h) => h.kind === 'name' && (gaz.record(h.id).cls === 'country' || gaz.record(h.id).cls === 'admin1')).map((h) => h.id);
    if (ids.length) return ids;
  }
  const comma = tokens[m.tokEnd];
  // "the village of Shumy in the Donetsk region", "Kadawa in Zamfara state": a region written with its
  // word after "in" qualifies the place before it, as "Shumy, Donetsk Oblast" would.
  if (next && next.suffix === 'admin1' && tokens[m.tokEnd]?.norm === 'in'
    && (next.tokStart === m.tokEnd + 1 || (next.tokStart === m.tokEnd + 2 && tokens[m.tokEnd + 1]?.norm === 'the'))) {
    return next.hits.filter((h) => gaz.record(h.id).cls === 'admin1').map((h) => h.id);
  }
  if (comma?.text !== ',') return [];
  // "Georgia, Iraq, Iran and Syria": a country's own name before a comma and another country is
  // an item of a list; a state still qualifies it ("Jordan, Minn.")
  const country = m.hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'country');
  if (next && next.tokStart === m.tokEnd + 1) {
    return next.hits.filter((h) => { const c = gaz.record(h.id).cls; return c === 'admin1' || (c === 'country' && !country); }).map((h) => h.id);
  }
  const code = tokens[m.tokEnd + 1];
  if (code && code.shape === 'UPPER' && code.text.length === 2) return gaz.lookup(code.norm).filter((h) => h.kind === 'postal').map((h) => h.id);
  return [];
}

/** True when one of `quals` (regions after the comma) holds a town the mention before it may be. */
function qualifiesPlaceBefore(gaz: Gazetteer, before: RawMention, quals: number[]): boolean {
  for (const q of quals) {
    const r = gaz.record(q);
    for (const h of before.hits) {
      const t = gaz.record(h.id);
      if (t.cls !== 'city' && t.cls !== 'admin2') continue;
      if (r.cls === 'admin1' ? r.admin1Key !== '' && t.admin1Key === r.admin1Key : t.country === r.country) return true;
    }
  }
  return false;
}

/** A name that is clearly a first-level region: one by its own name, with no big city of that name. */
function regionName(gaz: Gazetteer, m: RawMention): string | null {
  let cc: string | null = null;
  for (const h of m.hits) {
    const r = gaz.record(h.id);
    if (h.kind !== 'name' && h.kind !== 'abbr') continue;
    if (r.cls === 'admin1') cc = r.country;
    else if (r.cls === 'city' && (r.featureCode === 'PPLC' || r.population >= 100_000)) return null;
  }
  return cc;
}

/** True when mention i stands in a list ("A, B and C") next to a clear region of the same country as one of its own regions. */
function inListOfRegions(gaz: Gazetteer, tokens: Token[], kept: RawMention[], i: number): boolean {
  const m = kept[i]!;
  if (m.suffix) return false;
  // the cheap test first: most mentions stand in no list
  const joined = (a: RawMention, b: RawMention) => {
    const gap = b.tokStart - a.tokEnd;
    if (gap < 1 || gap > 2) return false;
    const t1 = tokens[a.tokEnd]!.norm || tokens[a.tokEnd]!.text;
    if (gap === 1) return t1 === ',' || t1 === 'and' || t1 === 'or';
    const t2 = tokens[a.tokEnd + 1]!.norm;
    return t1 === ',' && (t2 === 'and' || t2 === 'or');
  };
  const prev = kept[i - 1];
  const next = kept[i + 1];
  const listed = [prev && prev.tokEnd <= m.tokStart && joined(prev, m) ? prev : null, next && m.tokEnd <= next.tokStart && joined(m, next) ? next : null];
  if (!listed[0] && !listed[1]) return false;
  const own = new Set<string>();
  for (const h of m.hits) { const r = gaz.record(h.id); if (h.kind === 'name' && r.cls === 'admin1') own.add(r.country); }
  if (own.size === 0) return false;
  for (const n of listed) {
    const cc = n ? regionName(gaz, n) : null;
    if (cc && own.has(cc)) return true;
  }
  return false;
}

export interface Senses {
  /** Group key of each mention, in the order given. */
  keyOf: string[];
  groups: Map<string, NameGroup>;
}

/**
 * Groups mentions by name. When the text qualifies a name two ways, each qualified sense is its own
 * group, and a bare mention takes the sense of the nearest qualified mention before it.
 */
export function groupSenses(gaz: Gazetteer, tokens: Token[], kept: RawMention[]): Senses {
  const quals = kept.map((m, i) => qualifierIds(gaz, tokens, m, kept[i + 1], kept[i - 1]));
  const baseOf = (m: RawMention) => `${m.suffix ?? ''}|${m.key}`;
  const senses = new Map<string, Set<string>>();
  kept.forEach((m, i) => {
    if (quals[i]!.length === 0) return;
    const set = senses.get(baseOf(m)) ?? new Set<string>();
    set.add(quals[i]!.join(','));
    senses.set(baseOf(m), set);
  });
  const keyOf: string[] = [];
  const lastSense = new Map<string, string>();
  kept.forEach((m, i) => {
    const base = baseOf(m);
    if ((senses.get(base)?.size ?? 0) < 2) { keyOf.push(base); return; }
    const sig = quals[i]!.length ? quals[i]!.join(',') : (lastSense.get(base) ?? [...senses.get(base)!][0]!);
    lastSense.set(base, sig);
    keyOf.push(`${base}@${sig}`);
  });
  const groups = new Map<string, NameGroup>();
  const listed = new Map<string, number>();
  kept.forEach((m, i) => {
    if (inListOfRegions(gaz, tokens, kept, i)) listed.set(keyOf[i]!, (listed.get(keyOf[i]!) ?? 0) + 1);
    const k = keyOf[i]!;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: m.key, hits: m.hits, qualifiers: new Set(), preferAdmin1: m.suffix === 'admin1', ...(m.suffix === 'admin1' ? { suffixed: true } : {}), count: 0, qualifies: false }));
    g.count++;
    for (const q of quals[i]!) g.qualifiers.add(q);
    // "Spokane, Washington": the name after the comma is the state that qualifies the one before
    if (i > 0 && kept[i - 1]!.tokEnd + 1 === m.tokStart && qualifiesPlaceBefore(gaz, kept[i - 1]!, quals[i - 1]!)) g.qualifies = true;
  });
  // "Oregon and Washington", "Utah, Virginia, Washington and Wyoming": listed with states, a name
  // is the state of that name when it is so listed at least as often as not
  for (const [k, n] of listed) { const g = groups.get(k)!; if (2 * n >= g.count) g.preferAdmin1 = true; }
  return { keyOf, groups };
}
