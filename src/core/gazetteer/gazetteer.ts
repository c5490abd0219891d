// The in-memory gazetteer: loads the compact file written by scripts/build-gazetteer.mjs and
// answers name look-ups. Same API in the browser worker, the Node CLI, the tagger and tests.
import type { Place, PlacePrecision } from '../types.ts';
import { normalizeName } from '../text/normalize.ts';

/**
 * How a name points at a record: its own name, a close spelling variant of it ("Jenin" for Janīn),
 * an alternate, a demonym, an upper-case-only abbreviation, a postal code.
 */
export type NameKind = 'name' | 'variant' | 'alt' | 'demonym' | 'abbr' | 'postal';

export interface NameHit {
  id: number;
  kind: NameKind;
}

/** Coarse class of a record, which decides precision and prior weight. admin2: a US county; facility: an airport or air base. */
export type RecordClass = 'country' | 'admin1' | 'admin2' | 'region' | 'city' | 'facility';

export interface GazRecord {
  id: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  cls: RecordClass;
  /** ISO 3166-1 alpha-2, '' when the record spans countries. */
  country: string;
  /** Key of the first-level region, "US.TX", or '' when unknown. */
  admin1Key: string;
  population: number;
  geonameId: number;
  /** First-level regions only: Natural Earth's label rank when 8 or more (a minor unit: an English county, a Jamaican parish), else 0. */
  minorRank: number;
}

export interface Gazetteer {
  readonly size: number;
  /** Longest name in words: recognisers need not try longer n-grams. */
  readonly maxNameTokens: number;
  /** Every record a normalised name points at (see normalizeName). Empty when none. */
  lookup(normalized: string): readonly NameHit[];
  /** True when some record carries this normalised name in any way. */
  isName(normalized: string): boolean;
  /**
   * The number of words of the longest name of two or more words whose first word is `word`
   * (one normalised word, no spaces), or 0 when no name of two or more words begins with it:
   * longestNameFrom('new') is 4 or more ("new york city ..."), longestNameFrom('berlin') is 0
   * if only "berlin" itself is a name. Words are the space-separated parts of normalised names,
   * so for a normalised n-gram key with n >= 2 whose first word is w, `lookup(key)` is empty
   * whenever n > longestNameFrom(w): recognisers can rule out the n-grams that start at a word
   * without building or looking up their keys (most capitalised words start no longer name).
   * The index behind it (one Map entry per distinct first word, about 25,000) is built by
   * loadGazetteer (15-20 ms, 1.5 MB).
   */
  longestNameFrom(word: string): number;
  record(id: number): GazRecord;
  /** The country record for an ISO alpha-2 code. */
  country(cc: string): GazRecord | undefined;
  /** ISO alpha-2 codes of the countries that share a land border with this one. */
  neighbours(cc: string): readonly string[];
  /** The first-level region record for a key such as "US.TX". */
  admin1(key: string): GazRecord | undefined;
  /** The Place (output shape) for a record. */
  toPlace(id: number): Place;
  readonly attribution: string;
}

interface RawGazetteer {
  format: string;
  version: number;
  coordScale: number;
  maxNameTokens: number;
  attribution: string;
  fcodes: string[];
  ccodes: string[];
  countryRecord: number[];
  admin1Keys: string[];
  admin1Record: number[];
  /** Space-separated alpha-2 land neighbours, aligned with ccodes. */
  neighbours: string[];
  /** [record id, label rank] pairs of the minor first-level regions (optional: older files lack it). */
  minorAdmin1?: number[];
  name: string[];
  lat: number[];
  lon: number[];
  fc: number[];
  cc: number[];
  a1: number[];
  pop: number[];
  gid: number[];
  /** Normalised names in UTF-16 order, and for each the space-separated references "12 a7 d3". */
  nameKeys: string[];
  nameRefs: string[];
}

const KIND_BY_PREFIX: Record<string, NameKind> = { a: 'alt', v: 'variant', d: 'demonym', u: 'abbr', p: 'postal' };
const COUNTRY_CODES = new Set(['PCLI', 'PCLD', 'PCL', 'PCLS', 'PCLF', 'TERR']);
const REGION_CODES = new Set(['CONT', 'RGN', 'PEN', 'PLAT', 'SEA', 'GULF', 'OCN', 'LK', 'STRT', 'ISL']);
const NONE: readonly NameHit[] = Object.freeze([]);

function classOf(fc: string): RecordClass {
  if (fc === 'PCLI' || fc === 'PCLD') return 'country';
  if (fc === 'ADM1') return 'admin1';
  if (fc === 'ADM2') return 'admin2';
  if (fc === 'AIRB' || fc === 'AIRP') return 'facility';
  if (REGION_CODES.has(fc) || COUNTRY_CODES.has(fc)) return 'region';
  return 'city';
}

const PRECISION: Record<RecordClass, PlacePrecision> = { country: 'country', admin1: 'region', admin2: 'region', region: 'region', city: 'city', facility: 'point' };

/** Parses the gazetteer file's text. Throws on a file of another format. */
export function loadGazetteer(raw: string): Gazetteer {
  const g = JSON.parse(raw) as RawGazetteer;
  if (g.format !== 'dateline-gazetteer' || g.version !== 3) throw new Error(`not a Dateline gazetteer v3 (format ${String(g.format)} v${String(g.version)}); rebuild it with npm run data`);
  const scale = g.coordScale;
  // GeoNames ids are stored as deltas; undo that once.
  const gid = g.gid;
  for (let i = 1; i < gid.length; i++) gid[i] = (gid[i] ?? 0) + (gid[i - 1] ?? 0);
  // names sorted in the file: a binary search needs no index built at load time
  const keys = g.nameKeys;
  const index = new Map<string, readonly NameHit[]>();
  const cache = new Map<number, GazRecord>();
  const minor = new Map<number, number>();
  const pairs = g.minorAdmin1 ?? [];
  for (let i = 0; i + 1 < pairs.length; i += 2) minor.set(pairs[i]!, pairs[i + 1]!);

  function find(key: string): number {
    let lo = 0, hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid] ?? '';
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  function lookup(normalized: string): readonly NameHit[] {
    const hit = index.get(normalized);
    if (hit) return hit;
    const at = find(normalized);
    if (at < 0) {
      // misses are cached too: recognisers ask about the same capitalised words again and again
      if (index.size < 200_000) index.set(normalized, NONE);
      return NONE;
    }
    const hits: NameHit[] = [];
    for (const ref of (g.nameRefs[at] ?? '').split(' ')) {
      const c = ref.charCodeAt(0);
      if (c >= 48 && c <= 57) hits.push({ id: Number(ref), kind: 'name' });
      else hits.push({ id: Number(ref.slice(1)), kind: KIND_BY_PREFIX[ref[0] ?? ''] ?? 'alt' });
    }
    index.set(normalized, hits);
    return hits;
  }

  function record(id: number): GazRecord {
    const cached = cache.get(id);
    if (cached) return cached;
    if (!(id >= 0 && id < g.name.length)) throw new RangeError(`no gazetteer record ${id}`);
    const fc = g.fcodes[g.fc[id] ?? 0] ?? '';
    const cci = g.cc[id] ?? -1;
    const a1i = g.a1[id] ?? -1;
    const r: GazRecord = {
      id,
      name: g.name[id] ?? '',
      lat: (g.lat[id] ?? 0) / scale,
      lon: (g.lon[id] ?? 0) / scale,
      featureCode: fc,
      cls: classOf(fc),
      country: cci >= 0 ? (g.ccodes[cci] ?? '') : '',
      admin1Key: a1i >= 0 ? (g.admin1Keys[a1i] ?? '') : '',
      population: g.pop[id] ?? 0,
      geonameId: gid[id] ?? 0,
      minorRank: minor.get(id) ?? 0,
    };
    cache.set(id, r);
    return r;
  }

  // First word of each name of two or more words -> its most words (see longestNameFrom). Built
  // here rather than on first use: built in the middle of a run, its 25,000 new strings and Map
  // left the engine measurably slower for the rest of the run (GC and memory layout). The keys
  // are sorted, so the names sharing a first word ("w ...") sit together: one string per word.
  const firstWords = new Map<string, number>();
  let first = '';
  let most = 0;
  for (const key of keys) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    if (space !== first.length || !key.startsWith(first)) {
      if (most) firstWords.set(first, most);
      first = key.slice(0, space);
      most = 0;
    }
    let words = 2;
    for (let at = key.indexOf(' ', space + 1); at >= 0; at = key.indexOf(' ', at + 1)) words++;
    if (words > most) most = words;
  }
  if (most) firstWords.set(first, most);

  const countryIds = new Map<string, number>();
  g.ccodes.forEach((cc, i) => { const id = g.countryRecord[i] ?? -1; if (id >= 0) countryIds.set(cc, id); });
  const admin1Ids = new Map<string, number>();
  g.admin1Keys.forEach((k, i) => { const id = g.admin1Record[i] ?? -1; if (id >= 0) admin1Ids.set(k, id); });

  const neighbourMap = new Map<string, readonly string[]>();
  g.ccodes.forEach((cc, i) => { const n = g.neighbours[i]; if (n) neighbourMap.set(cc, n.split(' ')); });

  function toPlace(id: number): Place {
    const r = record(id);
    const a1 = r.admin1Key && r.cls !== 'admin1' ? admin1Ids.get(r.admin1Key) : undefined;
    return {
      name: r.name,
      lat: r.lat,
      lon: r.lon,
      precision: PRECISION[r.cls],
      ...(r.geonameId ? { geonameId: r.geonameId } : {}),
      ...(r.country ? { country: r.country } : {}),
      ...(a1 !== undefined ? { admin1: record(a1).name } : {}),
      featureCode: r.featureCode,
      ...(r.population ? { population: r.population } : {}),
    };
  }

  return {
    size: g.name.length,
    maxNameTokens: g.maxNameTokens,
    attribution: g.attribution,
    lookup,
    isName: (n) => lookup(n).length > 0,
    longestNameFrom: (word) => firstWords.get(word) ?? 0,
    record,
    country: (cc) => { const id = countryIds.get(cc); return id === undefined ? undefined : record(id); },
    admin1: (key) => { const id = admin1Ids.get(key); return id === undefined ? undefined : record(id); },
    neighbours: (cc) => neighbourMap.get(cc) ?? [],
    toPlace,
  };
}

/** Convenience for callers holding display text rather than a normalised key. */
export function lookupName(gaz: Gazetteer, text: string): readonly NameHit[] {
  return gaz.lookup(normalizeName(text));
}
