// Reference test of the binary gazetteer format: a tiny gazetteer of made-up records, written by the
// builder's own writer (scripts/gazetteer-writer.mjs) and read back by loadGazetteer; every field,
// look-up and table is checked against the input, so a field decoded wrong fails here.
import { describe, expect, it } from 'vitest';
import { writeGazetteer, type GazetteerTable } from '../../../scripts/gazetteer-writer.mjs';
import { gazetteerNames, loadGazetteer, type GazRecord, type NameHit } from '../../../src/core/gazetteer/gazetteer.ts';

const fcodes = ['PCLI', 'ADM1', 'PPLC', 'PPL', 'RGN', 'AIRB', 'ADM2', 'PPLA'];
const ccodes = ['QA', 'QB', 'QC'];
const admin1Keys = ['QA.01', 'QB.07'];
// id: name, lat, lon (in 1/1000 degree), fc, cc, a1, population, GeoNames id
const rows: [string, number, number, number, number, number, number, number][] = [
  ['Aldoria', 41_250, 19_800, 0, 0, -1, 2_800_000, 783_754], // 0 country QA
  ['Belmark', -33_870, -151_210, 0, 1, -1, 25_000_000, 2_077_456], // 1 country QB, population past 2^24
  ['Northern Reach', 42_001, 20_002, 1, 0, 0, 350_000, 3_344_107], // 2 QA.01
  ['Port Elm', 41_327, 19_818, 2, 0, 0, 418_495, 3_183_875], // 3 capital of QA, in QA.01; GeoNames id lower than the last
  ['New Harbour City', -33_001, -150_999, 3, 1, 1, 16_777_217, 12_514_312], // 4 largest id of GeoNames' range
  ['Grey Steppe', 47_000, 68_000, 4, -1, -1, 0, 0], // 5 spans countries: no country, no region, no id
  ['Elm Field Air Base', 41_400, 19_700, 5, 0, -1, 0, 9_000_001], // 6 facility
  ['Dimashq', -89_999, 179_999, 3, 2, -1, 7, 170_654], // 7 extreme coordinates
  ['Kiev County', 40_000, -100_000, 6, 1, 1, 12_345, 40_000_000], // 8 admin2; an id past 2^24
  ['Belmark Town', -32_000, -150_000, 7, 1, 1, 255, 4_000_256], // 9 regional seat
];
const names: [string, string[]][] = [
  ['port elm', ['3']],
  ['aldoria', ['0']],
  ['aldorian', ['d0']],
  ['belmark', ['1', '9', 'a4']], // order kept as given, not sorted
  ['belmarkers', ['d1']],
  ['ba', ['u1']],
  ['qb7', ['p2']],
  ['northern reach', ['2']],
  ['new harbour city', ['4']],
  ['new harbour', ['a4', 'v3']],
  ['grey steppe', ['5']],
  ['elm field air base', ['6']],
  ['дамаск', ['7']], // a non-Latin primary name: multi-byte UTF-8 in the key blob
  ['dimashq', ['7']],
  ['dimashk', ['v7']],
  ['kiev county', ['8']],
  ['belmark town', ['9']],
];
const table: GazetteerTable = {
  coordScale: 1000,
  maxNameTokens: 4,
  attribution: 'Made up for a test (no licence needed)',
  fcodes,
  ccodes,
  countryRecord: [0, 1, -1],
  admin1Keys,
  admin1Record: [2, -1],
  neighbours: ['QB QC', 'QA', ''],
  minorAdmin1: [2, 9],
  name: rows.map((r) => r[0]),
  lat: rows.map((r) => r[1]),
  lon: rows.map((r) => r[2]),
  fc: rows.map((r) => r[3]),
  cc: rows.map((r) => r[4]),
  a1: rows.map((r) => r[5]),
  pop: rows.map((r) => r[6]),
  gid: rows.map((r) => r[7]),
  names,
};
const CLS = ['country', 'country', 'admin1', 'city', 'city', 'region', 'facility', 'city', 'admin2', 'city'];
const KIND: Record<string, NameHit['kind']> = { '': 'name', v: 'variant', a: 'alt', d: 'demonym', u: 'abbr', p: 'postal' };

const bytes = writeGazetteer(table);
const gaz = loadGazetteer(bytes);

function expected(id: number): GazRecord {
  const [name, lat, lon, fc, cc, a1, population, geonameId] = rows[id]!;
  return {
    id,
    name,
    lat: lat / 1000,
    lon: lon / 1000,
    featureCode: fcodes[fc]!,
    cls: CLS[id] as GazRecord['cls'],
    country: cc < 0 ? '' : ccodes[cc]!,
    admin1Key: a1 < 0 ? '' : admin1Keys[a1]!,
    population,
    geonameId,
    minorRank: id === 2 ? 9 : 0,
  };
}

describe('binary gazetteer format', () => {
  it('decodes every record field as written', () => {
    expect(gaz.size).toBe(rows.length);
    for (let id = 0; id < rows.length; id++) expect(gaz.record(id)).toEqual(expected(id));
    expect(gaz.record(4).population).toBe(16_777_217);
    expect(gaz.record(7).lat).toBe(-89.999);
    expect(() => gaz.record(rows.length)).toThrow(RangeError);
    expect(() => gaz.record(-1)).toThrow(RangeError);
  });

  it('finds every name with its references in the order given, and nothing else', () => {
    for (const [key, refs] of names) {
      const hits = refs.map((r) => ({ id: Number(r.replace(/^[a-z]/, '')), kind: KIND[/^[a-z]/.exec(r)?.[0] ?? '']! }));
      expect(gaz.lookup(key), key).toEqual(hits);
      expect(gaz.isName(key)).toBe(true);
    }
    for (const miss of ['', 'a', 'aldori', 'aldoriana', 'belmark ', 'new', 'new harbou', 'new harbour cityx', 'zzz', 'дама', 'дамаскк', 'port-elm', 'x'.repeat(300)]) {
      expect(gaz.lookup(miss), miss).toEqual([]);
      expect(gaz.isName(miss)).toBe(false);
    }
    // a cached miss and a cached hit answer the same again
    expect(gaz.lookup('zzz')).toEqual([]);
    expect(gaz.lookup('belmark').map((h) => h.id)).toEqual([1, 9, 4]);
  });

  it('stores the names sorted by UTF-8 bytes', () => {
    const keys = gazetteerNames(bytes);
    expect([...keys].sort()).toEqual(names.map(([k]) => k).sort());
    for (let i = 1; i < keys.length; i++) expect(Buffer.compare(Buffer.from(keys[i - 1]!), Buffer.from(keys[i]!))).toBe(-1);
  });

  it('knows the longest name beginning with each word', () => {
    expect(gaz.longestNameFrom('new')).toBe(3);
    expect(gaz.longestNameFrom('elm')).toBe(4);
    expect(gaz.longestNameFrom('port')).toBe(2);
    expect(gaz.longestNameFrom('belmark')).toBe(2);
    expect(gaz.longestNameFrom('harbour')).toBe(0); // only ever a second word
    expect(gaz.longestNameFrom('aldoria')).toBe(0); // a one-word name only
    expect(gaz.longestNameFrom('zzz')).toBe(0);
    expect(gaz.longestNameFrom('ne')).toBe(0);
    expect(gaz.maxNameTokens).toBe(4);
  });

  it('answers countries, regions, neighbours and places', () => {
    expect(gaz.country('QA')).toEqual(expected(0));
    expect(gaz.country('QB')?.id).toBe(1);
    expect(gaz.country('QC')).toBeUndefined(); // no country record
    expect(gaz.country('ZZ')).toBeUndefined();
    expect(gaz.admin1('QA.01')).toEqual(expected(2));
    expect(gaz.admin1('QB.07')).toBeUndefined();
    expect(gaz.neighbours('QA')).toEqual(['QB', 'QC']);
    expect(gaz.neighbours('QB')).toEqual(['QA']);
    expect(gaz.neighbours('QC')).toEqual([]);
    expect(gaz.attribution).toBe(table.attribution);
    expect(gaz.toPlace(3)).toEqual({ name: 'Port Elm', lat: 41.327, lon: 19.818, precision: 'city', geonameId: 3_183_875, country: 'QA', admin1: 'Northern Reach', featureCode: 'PPLC', population: 418_495 });
    expect(gaz.toPlace(5)).toEqual({ name: 'Grey Steppe', lat: 47, lon: 68, precision: 'region', featureCode: 'RGN' });
    expect(gaz.toPlace(0).precision).toBe('country');
    expect(gaz.toPlace(6).precision).toBe('point');
    expect(gaz.toPlace(2)).not.toHaveProperty('admin1'); // a region is not inside itself
  });

  it('reads the bytes wherever they sit: an ArrayBuffer, or a view at an odd offset', () => {
    const copy = bytes.slice().buffer;
    expect(loadGazetteer(copy).record(4)).toEqual(expected(4));
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    const shifted = loadGazetteer(padded.subarray(3));
    expect(shifted.record(1)).toEqual(expected(1));
    expect(shifted.lookup('дамаск')).toEqual([{ id: 7, kind: 'name' }]);
  });

  it('finds every name and record across many index blocks (64 strings each)', () => {
    // 300 made-up towns, named so that sorted order differs from record order
    const count = 300;
    const town = (i: number) => `${['Ost', 'Wes', 'Nor', 'Sud'][i % 4]}ville ${String((i * 37) % count).padStart(3, '0')}`;
    const big: GazetteerTable = {
      ...table,
      countryRecord: [-1, -1, -1],
      admin1Record: [-1, -1],
      minorAdmin1: [],
      name: Array.from({ length: count }, (_, i) => town(i)),
      lat: Array.from({ length: count }, (_, i) => i * 100 - 15_000),
      lon: Array.from({ length: count }, (_, i) => 50_000 - i * 333),
      fc: Array.from({ length: count }, () => 3),
      cc: Array.from({ length: count }, (_, i) => i % 3),
      a1: Array.from({ length: count }, (_, i) => (i % 5 === 0 ? -1 : i % 2)),
      pop: Array.from({ length: count }, (_, i) => i * 1_000_003),
      gid: Array.from({ length: count }, (_, i) => (i % 7 === 0 ? 0 : 5_000_000 - i * 11)),
      names: Array.from({ length: count }, (_, i) => [town(i).toLowerCase(), i % 2 ? [String(i), `a${(i + 1) % count}`] : [String(i)]] as [string, string[]]),
    };
    const g = loadGazetteer(writeGazetteer(big));
    for (let i = 0; i < count; i++) {
      expect(g.record(i)).toMatchObject({ name: town(i), lat: big.lat[i]! / 1000, lon: big.lon[i]! / 1000, country: ccodes[i % 3], population: big.pop[i], geonameId: big.gid[i] });
      expect(g.lookup(town(i).toLowerCase())).toEqual(i % 2 ? [{ id: i, kind: 'name' }, { id: (i + 1) % count, kind: 'alt' }] : [{ id: i, kind: 'name' }]);
      expect(g.lookup(`${town(i).toLowerCase()}0`)).toEqual([]);
    }
    for (const miss of ['aaa', 'ostville', 'ostville 0000', 'sudville 300', 'zzz']) expect(g.lookup(miss)).toEqual([]);
    expect(g.longestNameFrom('ostville')).toBe(2);
    expect(g.longestNameFrom('ostvill')).toBe(0);
  });

  it('rejects a file of another format, version or length', () => {
    expect(() => loadGazetteer(new TextEncoder().encode('{"format":"dateline-gazetteer","version":3}'))).toThrow(/not a Dateline gazetteer v4 \(another format\)/);
    const v5 = bytes.slice();
    new DataView(v5.buffer).setUint32(4, 5, true);
    expect(() => loadGazetteer(v5)).toThrow(/version 5/);
    expect(() => loadGazetteer(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    expect(() => loadGazetteer(new Uint8Array(10))).toThrow(/not a Dateline gazetteer/);
    expect(() => loadGazetteer('{}' as unknown as Uint8Array)).toThrow(/binary file/);
  });

  it('refuses input it cannot store', () => {
    expect(() => writeGazetteer({ ...table, names: [['x', ['q1']]] })).toThrow(/bad name reference/);
    expect(() => writeGazetteer({ ...table, lat: table.lat.slice(1) })).toThrow(/lat has/);
    expect(() => writeGazetteer({ ...table, names: [['x', []]] })).toThrow(/references of one name/);
    expect(() => writeGazetteer({ ...table, fc: table.fc.map((v, i) => (i ? v : 300)) })).toThrow(/feature code index/);
  });
});
