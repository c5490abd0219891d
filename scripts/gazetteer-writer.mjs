// Serialises the gazetteer table into the binary file src/core/gazetteer/gazetteer.ts reads
// (public/data/gazetteer.bin): byte-plane columns and one UTF-8 string blob, so a load is a
// few prefix sums instead of parsing 16 MB of JSON. The layout is described in
// src/core/gazetteer/GAZETTEER.md; the decoder's reference test writes its tiny gazetteers here.

export const MAGIC = 0x5a474c44; // "DLGZ" read as a little-endian u32
export const VERSION = 4;
export const HEADER_WORDS = 16;
/** Every BLOCK-th string's offset is stored; the decoder sums the lengths within a block. */
export const BLOCK = 64;
/** Name reference kinds by the builder's token prefix ("12" a name, "a12" an alternate, ...). */
export const KIND_CODES = { '': 0, v: 1, a: 2, d: 3, u: 4, p: 5 };

const utf8 = new TextEncoder();
const NONE16 = 0xffff;

/** Byte order of UTF-8, which is code-point order: the decoder binary-searches the key bytes. */
function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function fail(msg) {
  throw new Error(`gazetteer writer: ${msg}`);
}

function checkLength(list, n, what) {
  if (list.length !== n) fail(`${what} has ${list.length} entries, expected ${n}`);
}

/** "a12" -> (12 << 3) | 2. */
function refCode(token) {
  const m = /^([a-z]?)(\d+)$/.exec(token);
  if (!m || !(m[1] in KIND_CODES)) fail(`bad name reference "${token}"`);
  const id = Number(m[2]);
  if (id >= 2 ** 29) fail(`record id ${id} too large`);
  return id * 8 + KIND_CODES[m[1]];
}

/**
 * The file's bytes for a gazetteer table.
 * @param {object} t
 * @param {number} t.coordScale lat/lon are integers of 1/coordScale degree
 * @param {number} t.maxNameTokens
 * @param {string} t.attribution
 * @param {string[]} t.fcodes feature codes, indexed by t.fc
 * @param {string[]} t.ccodes ISO alpha-2 codes, indexed by t.cc
 * @param {number[]} t.countryRecord record id of each ccode's country, or -1
 * @param {string[]} t.admin1Keys "US.TX", indexed by t.a1
 * @param {number[]} t.admin1Record record id of each admin1 key, or -1
 * @param {string[]} t.neighbours space-separated alpha-2 land neighbours, aligned with ccodes
 * @param {number[]} t.minorAdmin1 [record id, label rank] pairs
 * @param {string[]} t.name record names; lat, lon, fc, cc (-1 none), a1 (-1 none), pop, gid (absolute GeoNames id, 0 none) alongside
 * @param {Iterable<[string, Iterable<string>]>} t.names normalised name -> reference tokens ("12", "a12", "v12", "d12", "u12", "p12"), in the order look-ups return them
 * @returns {Uint8Array}
 */
export function writeGazetteer(t) {
  const n = t.name.length;
  for (const col of ['lat', 'lon', 'fc', 'cc', 'a1', 'pop', 'gid']) checkLength(t[col], n, col);
  checkLength(t.countryRecord, t.ccodes.length, 'countryRecord');
  checkLength(t.neighbours, t.ccodes.length, 'neighbours');
  checkLength(t.admin1Record, t.admin1Keys.length, 'admin1Record');
  if (t.ccodes.length >= NONE16 || t.admin1Keys.length >= NONE16 || t.fcodes.length > 255) fail('too many codes for the column widths');
  const tableLines = [...t.fcodes, ...t.ccodes, ...t.admin1Keys, ...t.neighbours, t.attribution];
  if (tableLines.some((s) => s.includes('\n'))) fail('a code, neighbour list or the attribution contains a newline');
  if (!(t.coordScale > 0 && Number.isInteger(t.coordScale))) fail(`coordScale ${t.coordScale} is not a positive integer`);

  // names sorted by UTF-8 bytes, each with its references in the table's own order
  const keys = [...t.names].map(([key, refs]) => ({ key, bytes: utf8.encode(key), refs: [...refs].map(refCode) }));
  keys.sort((a, b) => compareBytes(a.bytes, b.bytes));
  for (let i = 1; i < keys.length; i++) if (compareBytes(keys[i - 1].bytes, keys[i].bytes) === 0) fail(`name "${keys[i].key}" listed twice`);

  // first word of each name of two or more words -> its most words (Gazetteer.longestNameFrom)
  const most = new Map();
  for (const { key } of keys) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    const words = key.split(' ').length;
    if (words > (most.get(first) ?? 0)) most.set(first, words);
  }
  const firstWords = [...most].map(([word, m]) => ({ word, bytes: utf8.encode(word), most: m })).sort((a, b) => compareBytes(a.bytes, b.bytes));

  const tableBytes = utf8.encode(tableLines.join('\n'));
  const minor = new Uint8Array(n);
  for (let i = 0; i + 1 < t.minorAdmin1.length; i += 2) {
    const [id, rank] = [t.minorAdmin1[i], t.minorAdmin1[i + 1]];
    if (!(id >= 0 && id < n) || !(rank >= 1 && rank <= 255)) fail(`bad minor region pair ${id} ${rank}`);
    minor[id] = rank;
  }
  // each blob is its strings' UTF-8 back to back; their byte lengths are a column of their own
  const blob = (list, what) => {
    const encoded = list.map((v) => utf8.encode(v));
    const lengths = encoded.map((b) => b.length);
    const out = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const b of encoded) {
      out.set(b, at);
      at += b.length;
    }
    return { bytes: out, lengths, what };
  };
  const nameBlob = blob(t.name, 'record name length in bytes');
  const keyBlob = blob(keys.map((k) => k.key), 'normalised name length in bytes');
  const firstBlob = blob(firstWords.map((f) => f.word), 'first word length in bytes');
  const refs = keys.flatMap((k) => k.refs);

  // Every number is stored as byte planes (all the low bytes of a column, then the next bytes...):
  // they compress 10-30% better than interleaved words, and need no alignment or byte order.
  const parts = [];
  const header = new DataView(new ArrayBuffer(HEADER_WORDS * 4));
  parts.push(new Uint8Array(header.buffer));
  const planes = (values, width, min, max, what) => {
    const out = new Uint8Array(values.length * width);
    values.forEach((v, i) => {
      if (!Number.isInteger(v) || v < min || v > max) fail(`${what} ${v} is not an integer in [${min}, ${max}]`);
      for (let j = 0; j < width; j++) out[j * values.length + i] = (v >>> (8 * j)) & 255;
    });
    parts.push(out);
  };
  const I32 = [-(2 ** 31), 2 ** 31 - 1];
  const NONE = (list) => list.map((v) => (v < 0 ? NONE16 : v));
  // in the order the decoder reads them (src/core/gazetteer/gazetteer.ts, GAZETTEER.md)
  planes(refs, 4, 0, 2 ** 32 - 1, 'name reference');
  planes(t.countryRecord, 4, -1, n - 1, 'country record');
  planes(t.admin1Record, 4, -1, n - 1, 'first-level region record');
  // where every BLOCK-th string (and name's first reference) starts: a load sums nothing
  const blockStarts = (lengths) => {
    const out = [];
    for (let i = 0, o = 0; i < lengths.length; o += lengths[i++]) if (i % BLOCK === 0) out.push(o);
    return out;
  };
  for (const lengths of [nameBlob.lengths, keyBlob.lengths, keys.map((k) => k.refs.length), firstBlob.lengths]) planes(blockStarts(lengths), 4, 0, 2 ** 32 - 1, 'block start');
  planes(t.lat, 4, ...I32, 'lat');
  planes(t.lon, 4, ...I32, 'lon');
  planes(t.pop, 4, 0, 2 ** 32 - 1, 'population');
  planes(t.gid, 4, 0, 2 ** 31 - 1, 'geonameId');
  planes(NONE(t.cc), 2, 0, NONE16, 'country index');
  planes(NONE(t.a1), 2, 0, NONE16, 'first-level region index');
  planes(t.fc, 1, 0, 255, 'feature code index');
  parts.push(minor);
  planes(keys.map((k) => k.refs.length), 1, 1, 255, 'references of one name');
  planes(firstWords.map((f) => f.most), 1, 2, 255, 'words in a name');
  for (const b of [nameBlob, keyBlob, firstBlob]) planes(b.lengths, 1, 0, 255, b.what);
  parts.push(nameBlob.bytes, keyBlob.bytes, firstBlob.bytes, tableBytes);

  const size = parts.reduce((s, p) => s + p.length, 0);
  [MAGIC, VERSION, n, keys.length, refs.length, firstWords.length, t.ccodes.length, t.admin1Keys.length, t.fcodes.length, t.coordScale, t.maxNameTokens,
    nameBlob.bytes.length, keyBlob.bytes.length, firstBlob.bytes.length, tableBytes.length, size].forEach((v, i) => header.setUint32(i * 4, v, true));
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
