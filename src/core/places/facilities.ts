// Named facilities as one mention over the whole name: airports and air bases the gazetteer holds
// ("Bagram air base", "the T-4 air base"), and facilities named after the place they stand in
// ("Kramatorsk airfield", "Port of Los Angeles", "Boston Harbor", "Ohio State University").
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import { normalizeName } from '../text/normalize.ts';
import { isCap } from './recognize.ts';
import type { RawMention } from './recognize.ts';

export interface Facility {
  /** What the name says the facility is: "air base", "airfield", "airport", "port", "harbour", "university". */
  kind: string;
  /** True when the gazetteer has no record of the facility: it is placed at the place it is named after. */
  embedded: boolean;
}

/** Words that end an airfield's name, lower case or not: "air base", "airbase", "airfield", "airport". */
function airfieldAt(tokens: Token[], j: number): { end: number; kind: string } | null {
  const a = tokens[j]?.norm;
  const b = tokens[j + 1]?.norm;
  if (a === 'airport' || a === 'aerodrome') return { end: j + 1, kind: 'airport' };
  if (a === 'airbase') return { end: j + 1, kind: 'air base' };
  if (a === 'airfield') return { end: j + 1, kind: 'airfield' };
  if (a === 'air' && (b === 'base' || b === 'field' || b === 'strip')) return { end: j + 2, kind: b === 'base' ? 'air base' : 'airfield' };
  if (a === 'air' && b === 'force' && tokens[j + 2]?.norm === 'base') return { end: j + 3, kind: 'air base' };
  return null;
}

/** Lower-case words that may stand between a name and "airport": "Vancouver international airport". */
const AIRPORT_MODIFIERS = new Set(['international', 'regional', 'municipal', 'military']);

function strongNamesake(gaz: Gazetteer, h: NameHit): boolean {
  if (h.kind !== 'name' && h.kind !== 'abbr') return false;
  const r = gaz.record(h.id);
  return r.cls === 'country' || r.cls === 'admin1' || r.population >= 100_000;
}

const isFacilityHit = (gaz: Gazetteer, h: NameHit) => gaz.record(h.id).cls === 'facility';

/** True when token k may be part of a facility's own name: a capitalised word, a number ("T-4"), a hyphen, a connector. */
function nameToken(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isCap(t) || t.shape === 'number') return true;
  if (t.text === '-' && !t.spaceBefore) return true;
  return t.norm === 'al' || t.norm === 'el' || t.norm === 'de' || t.norm === 'of';
}

/**
 * Rewrites the kept mentions with the facilities the text names: a facility the gazetteer holds
 * replaces the mentions inside its name; a facility named after a kept place becomes one mention
 * over the whole name that keeps that place's records (`facility.embedded`). Sorted by start.
 */
export function withFacilities(text: string, tokens: Token[], gaz: Gazetteer, kept: RawMention[]): RawMention[] {
  const byEnd = new Map<number, RawMention>();
  const byStart = new Map<number, RawMention>();
  for (const m of kept) { if (!m.suffix) byEnd.set(m.tokEnd, m); byStart.set(m.tokStart, m); }
  const found: RawMention[] = [];
  const dropped: RawMention[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.shape === 'punct' || t.shape === 'number') continue;
    const air = airfieldAt(tokens, j);
    if (air) {
      // "Vancouver international airport": modifiers between the name and the facility word
      let nameEnd = j;
      while (nameEnd > 0 && tokens[nameEnd - 1]!.shape === 'lower' && AIRPORT_MODIFIERS.has(tokens[nameEnd - 1]!.norm)) nameEnd--;
      const rec = recordBacked(text, tokens, gaz, nameEnd, j, air.end);
      if (rec) { found.push({ ...rec, facility: { kind: air.kind, embedded: false } }); j = air.end - 1; continue; }
      const place = byEnd.get(nameEnd);
      if (place) { found.push(embedded(tokens, place, place.tokStart, air.end, air.kind)); j = air.end - 1; }
      continue;
    }
    // "Boston Harbor", "Ohio State University", "Port of Los Angeles", "University of Kentucky"
    if (!isCap(t)) continue;
    if ((t.norm === 'port' || t.norm === 'university') && tokens[j + 1]?.norm === 'of' && tokens[j + 1]!.shape === 'lower') {
      const place = byStart.get(j + 2);
      if (place && !place.suffix) { found.push(embedded(tokens, place, j, place.tokEnd, t.norm === 'port' ? 'port' : 'university')); j = place.tokEnd - 1; }
      continue;
    }
    if (t.norm === 'harbor' || t.norm === 'harbour' || t.norm === 'university') {
      const state = tokens[j - 1]?.norm === 'state' && isCap(tokens[j - 1]!) && t.norm === 'university' ? 1 : 0;
      const place = byEnd.get(j - state);
      if (!place) continue;
      // "Harvard University", "Wright State University": named after a person, not after the
      // small town of that name; a state, a country or a city of 100,000 names its university
      if (t.norm === 'university' && !place.hits.some((h) => strongNamesake(gaz, h))) dropped.push(place);
      else found.push(embedded(tokens, place, place.tokStart, j + 1, t.norm === 'university' ? 'university' : 'harbour'));
    }
  }
  if (found.length === 0 && dropped.length === 0) return kept;
  const out = kept.filter((m) => !dropped.includes(m) && !found.some((f) => f.start < m.end && m.start < f.end));
  return [...out, ...found].sort((a, b) => a.start - b.start);
}

/** The longest name ending at the facility word that the gazetteer holds as a facility ("T-4 air base"). */
function recordBacked(text: string, tokens: Token[], gaz: Gazetteer, nameEnd: number, wordAt: number, end: number): RawMention | null {
  let first = nameEnd;
  while (first > 0 && nameEnd - first < 6 && nameToken(tokens, first - 1) && !tokens[first]!.newlineBefore) first--;
  const tail = normalizeName(text.slice(tokens[wordAt]!.start, tokens[end - 1]!.end));
  const mods = nameEnd < wordAt ? normalizeName(text.slice(tokens[nameEnd]!.start, tokens[wordAt - 1]!.end)) + ' ' : '';
  for (let s = first; s < nameEnd; s++) {
    // a name starts at a capital or a number, not at a connector or hyphen
    if (!isCap(tokens[s]!) && tokens[s]!.shape !== 'number') continue;
    const base = normalizeName(text.slice(tokens[s]!.start, tokens[nameEnd - 1]!.end));
    for (const key of [`${base} ${mods}${tail}`, `${base} ${tail}`]) {
      const hits = gaz.lookup(key).filter((h) => isFacilityHit(gaz, h));
      if (hits.length) return { start: tokens[s]!.start, end: tokens[end - 1]!.end, key, hits, tokStart: s, tokEnd: end, sentenceInitial: false, inHeadline: false };
    }
  }
  return null;
}

function embedded(tokens: Token[], place: RawMention, tokStart: number, tokEnd: number, kind: string): RawMention {
  return { ...place, start: tokens[tokStart]!.start, end: tokens[tokEnd - 1]!.end, tokStart, tokEnd, facility: { kind, embedded: true } };
}
