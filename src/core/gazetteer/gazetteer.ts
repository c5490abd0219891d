// The in-memory gazetteer: reads the binary file scripts/gazetteer-writer.mjs writes (npm run data)
// and answers name look-ups from views on its bytes. Same API in the browser worker, the Node CLI, the tagger and tests.
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
   * The writer tables the first words (about 25,000); they are binary-searched like names.
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

/** Reference kinds by their code in the file (scripts/gazetteer-writer.mjs KIND_CODES). */
const KINDS: readonly NameKind[] = ['name', 'variant', 'alt', 'demonym', 'abbr', 'postal'];
const MAGIC = 0x5a474c44; // "DLGZ"
const VERSION = 4;
const HEADER_BYTES = 64;
const NONE16 = 0xffff;
/** Every BLOCK-th string's offset is in the file (scripts/gazetteer-writer.mjs BLOCK). */
const BLOCK = 64;
const blocks = (count: number) => Math.ceil(count / BLOCK);
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

/** Where everything is in a gazetteer file (the writer's order: byte planes of the numbers, then the UTF-8 blobs). */
function layout(data: ArrayBuffer | ArrayBufferView) {
  if (typeof data === 'string') throw new Error('the gazetteer is a binary file now (gazetteer.bin): pass its bytes, not text; rebuild it with npm run data');
  const bytes = data instanceof Uint8Array ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  const head = new DataView(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_BYTES));
  const word = (i: number) => head.getUint32(i * 4, true);
  if (bytes.byteLength < HEADER_BYTES || word(0) !== MAGIC || word(1) !== VERSION) {
    const version = bytes.byteLength >= 8 && word(0) === MAGIC ? `version ${word(1)}` : 'another format';
    throw new Error(`not a Dateline gazetteer v${VERSION} (${version}); rebuild it with npm run data`);
  }
  // header words 2-15: counts, then the blobs' byte lengths and the file's
  const [n, nKeys, nRefs, nFirst, nCc, nA1, nFc, scale, maxNameTokens, nameBytes, keyBytes, firstBytes, tableBytes, size] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map(word) as [
    number, number, number, number, number, number, number, number, number, number, number, number, number, number,
  ];
  if (bytes.byteLength !== size) throw new Error(`the gazetteer file is ${bytes.byteLength} bytes, its header says ${size} (truncated?); rebuild it with npm run data`);
  let at = HEADER_BYTES;
  const take = (length: number) => ((at += length), at - length);
  const l = {
    bytes, n, nKeys, nRefs, nFirst, nCc, nA1, nFc, scale, maxNameTokens, nameBytes, keyBytes, firstBytes, tableBytes,
    refsAt: take(4 * nRefs), countryAt: take(4 * nCc), admin1At: take(4 * nA1),
    nameBlockAt: take(4 * blocks(n)), keyBlockAt: take(4 * blocks(nKeys)), refBlockAt: take(4 * blocks(nKeys)), firstBlockAt: take(4 * blocks(nFirst)),
    latAt: take(4 * n), lonAt: take(4 * n), popAt: take(4 * n), gidAt: take(4 * n),
    ccAt: take(2 * n), a1At: take(2 * n), fcAt: take(n), minorAt: take(n),
    refCountAt: take(nKeys), mostAt: take(nFirst), nameLenAt: take(n), keyLenAt: take(nKeys), firstLenAt: take(nFirst),
    namesAt: take(nameBytes), keysAt: take(keyBytes), firstAt: take(firstBytes), tablesAt: take(tableBytes),
  };
  if (at !== size) throw new Error(`the gazetteer file's sections do not add up (${at} of ${size} bytes); rebuild it with npm run data`);
  return l;
}

/** Every normalised name in a gazetteer file, in the file's (UTF-8 byte) order: for checks of the build. */
export function gazetteerNames(data: ArrayBuffer | ArrayBufferView): string[] {
  const { bytes, nKeys, keysAt, keyLenAt } = layout(data);
  const decoder = new TextDecoder();
  const out: string[] = [];
  for (let i = 0, at = keysAt; i < nKeys; i++) {
    const length = bytes[keyLenAt + i]!;
    out.push(decoder.decode(bytes.subarray(at, at + length)));
    at += length;
  }
  return out;
}

/**
 * Reads the gazetteer file's bytes (public/data/gazetteer.bin; layout in GAZETTEER.md). Nothing is
 * parsed up front but the small code tables: records are built on first use and names are
 * binary-searched in the file's own bytes. The bytes are kept, not copied; do not reuse them.
 * Throws on a file of another format or a truncated one.
 */
export function loadGazetteer(data: ArrayBuffer | ArrayBufferView): Gazetteer {
  const {
    bytes, n, nKeys, nRefs, nFirst, nCc, nA1, nFc, scale, maxNameTokens, nameBytes, keyBytes, firstBytes, tableBytes,
    refsAt, countryAt, admin1At, nameBlockAt, keyBlockAt, refBlockAt, firstBlockAt, latAt, lonAt, popAt, gidAt, ccAt, a1At, fcAt, minorAt, refCountAt, mostAt, nameLenAt, keyLenAt, firstLenAt, namesAt, keysAt, firstAt, tablesAt,
  } = layout(data);

  /** Value i of a column of `count` 32-bit integers stored as four byte planes, as a signed int. */
  const i32 = (base: number, count: number, i: number) =>
    bytes[base + i]! | (bytes[base + count + i]! << 8) | (bytes[base + 2 * count + i]! << 16) | (bytes[base + 3 * count + i]! << 24);
  const u16 = (base: number, count: number, i: number) => bytes[base + i]! | (bytes[base + count + i]! << 8);

  /** Where item i of a run of `count` starts: its block's start, plus the lengths before it in the block. */
  function startOf(blockAt: number, count: number, lengthsAt: number, i: number): number {
    let o = i32(blockAt, blocks(count), i >> 6) >>> 0;
    for (let j = i & ~(BLOCK - 1); j < i; j++) o += bytes[lengthsAt + j]!;
    return o;
  }
  const lastStart = (blockAt: number, count: number) => (count ? i32(blockAt, blocks(count), blocks(count) - 1) >>> 0 : 0);
  if (lastStart(nameBlockAt, n) > nameBytes || lastStart(keyBlockAt, nKeys) > keyBytes || lastStart(refBlockAt, nKeys) > nRefs || lastStart(firstBlockAt, nFirst) > firstBytes) {
    throw new Error('the gazetteer\'s string index points past its strings; rebuild it with npm run data');
  }

  const decoder = new TextDecoder();
  const text = (from: number, to: number) => decoder.decode(bytes.subarray(from, to));
  const tables = text(tablesAt, tablesAt + tableBytes).split('\n');
  if (tables.length !== nFc + 2 * nCc + nA1 + 1) throw new Error('the gazetteer\'s code tables are damaged; rebuild it with npm run data');
  const fcodes = tables.slice(0, nFc);
  const ccodes = tables.slice(nFc, nFc + nCc);
  const admin1Keys = tables.slice(nFc + nCc, nFc + nCc + nA1);
  const neighbourLists = tables.slice(nFc + nCc + nA1, nFc + 2 * nCc + nA1);
  const attribution = tables[tables.length - 1]!;

  // names (and first words) sorted by UTF-8 bytes in the file: a binary search over them needs no
  // index of strings
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(256);
  /** Sign of (the `length` bytes at `from`) minus the encoded query. */
  function compare(from: number, length: number, written: number): number {
    const common = length < written ? length : written;
    for (let j = 0; j < common; j++) {
      const c = bytes[from + j]! - scratch[j]!;
      if (c) return c;
    }
    return length - written;
  }
  /** Position of `key` among the `count` sorted strings of the blob at `at`, or -1. */
  function find(key: string, at: number, lengthsAt: number, blockAt: number, count: number): number {
    if (!count) return -1;
    let { read, written } = encoder.encodeInto(key, scratch);
    if (read < key.length) {
      scratch = encoder.encode(key);
      written = scratch.length;
    }
    // the last block whose first string is not past the key, then along that block
    const nBlocks = blocks(count);
    let lo = 0, hi = nBlocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compare(at + (i32(blockAt, nBlocks, mid) >>> 0), bytes[lengthsAt + mid * BLOCK]!, written) <= 0) lo = mid;
      else hi = mid - 1;
    }
    let from = at + (i32(blockAt, nBlocks, lo) >>> 0);
    for (let i = lo * BLOCK, end = Math.min(count, i + BLOCK); i < end; i++) {
      const length = bytes[lengthsAt + i]!;
      const c = compare(from, length, written);
      if (c === 0) return i;
      if (c > 0) return -1;
      from += length;
    }
    return -1;
  }

  const index = new Map<string, readonly NameHit[]>();
  const cache = new Map<number, GazRecord>();

  function lookup(normalized: string): readonly NameHit[] {
    const hit = index.get(normalized);
    if (hit) return hit;
    const at = find(normalized, keysAt, keyLenAt, keyBlockAt, nKeys);
    if (at < 0) {
      // misses are cached too: recognisers ask about the same capitalised words again and again
      if (index.size < 200_000) index.set(normalized, NONE);
      return NONE;
    }
    const hits: NameHit[] = [];
    for (let r = startOf(refBlockAt, nKeys, refCountAt, at), end = r + bytes[refCountAt + at]!; r < end; r++) {
      const v = i32(refsAt, nRefs, r) >>> 0;
      hits.push({ id: v >>> 3, kind: KINDS[v & 7] ?? 'alt' });
    }
    index.set(normalized, hits);
    return hits;
  }

  function nameOf(id: number): string {
    const from = namesAt + startOf(nameBlockAt, n, nameLenAt, id);
    return text(from, from + bytes[nameLenAt + id]!);
  }

  function record(id: number): GazRecord {
    const cached = cache.get(id);
    if (cached) return cached;
    if (!(id >= 0 && id < n)) throw new RangeError(`no gazetteer record ${id}`);
    const fc = fcodes[bytes[fcAt + id]!] ?? '';
    const cci = u16(ccAt, n, id);
    const a1i = u16(a1At, n, id);
    const r: GazRecord = {
      id,
      name: nameOf(id),
      lat: i32(latAt, n, id) / scale,
      lon: i32(lonAt, n, id) / scale,
      featureCode: fc,
      cls: classOf(fc),
      country: cci !== NONE16 ? (ccodes[cci] ?? '') : '',
      admin1Key: a1i !== NONE16 ? (admin1Keys[a1i] ?? '') : '',
      population: i32(popAt, n, id) >>> 0,
      geonameId: i32(gidAt, n, id),
      minorRank: bytes[minorAt + id]!,
    };
    cache.set(id, r);
    return r;
  }

  // First word of each name of two or more words -> its most words (see longestNameFrom), as the
  // writer tabled them; answers are kept, like look-ups, since recognisers ask about the same words.
  const longest = new Map<string, number>();
  function longestNameFrom(w: string): number {
    let most = longest.get(w);
    if (most === undefined) {
      const at = find(w, firstAt, firstLenAt, firstBlockAt, nFirst);
      most = at < 0 ? 0 : bytes[mostAt + at]!;
      if (longest.size < 200_000) longest.set(w, most);
    }
    return most;
  }

  const countryIds = new Map<string, number>();
  ccodes.forEach((cc, i) => { const id = i32(countryAt, nCc, i); if (id >= 0) countryIds.set(cc, id); });
  const admin1Ids = new Map<string, number>();
  admin1Keys.forEach((k, i) => { const id = i32(admin1At, nA1, i); if (id >= 0) admin1Ids.set(k, id); });

  const neighbourMap = new Map<string, readonly string[]>();
  ccodes.forEach((cc, i) => { const list = neighbourLists[i]; if (list) neighbourMap.set(cc, list.split(' ')); });

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
    size: n,
    maxNameTokens,
    attribution,
    lookup,
    isName: (name) => lookup(name).length > 0,
    longestNameFrom,
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
