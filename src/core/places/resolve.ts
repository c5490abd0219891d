// Toponym resolution: picks one gazetteer record per name and article (one sense per discourse),
// scoring feature class and population, explicit qualifiers ("Paris, Texas"), the countries and
// regions the article mentions, and closeness to the other places it names.
import { normalizeName } from '../text/normalize.ts';
import type { Gazetteer, GazRecord, NameHit } from '../gazetteer/gazetteer.ts';

export interface Scored {
  id: number;
  kind: NameHit['kind'];
  score: number;
  why: string;
}

export interface NameGroup {
  key: string;
  hits: readonly NameHit[];
  /** Records named right after a comma: "Gainesville, Ga." qualifies Gainesville. */
  qualifiers: Set<number>;
  preferAdmin1: boolean;
  /** The name was written with its region word ("Kherson Oblast", "Helmand province"): the region, not its city. */
  suffixed?: boolean;
  /** Some mention of the name is the qualifier after "City, " ("Spokane, Washington"): the state or country, not a city. */
  qualifies?: boolean;
  /** Number of mentions: more mentions weigh more in the article's context. */
  count: number;
}

export interface OwnWeight {
  country: string;
  admin1Key: string;
  w: number;
}

export interface DocContext {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  /** Sums of the two maps' weights, kept so that scoring each candidate need not add them up again. */
  countryTotal: number;
  admin1Total: number;
  anchors: { lat: number; lon: number; weight: number; key: string }[];
  /** What each name itself added, so that a name is never its own evidence. */
  own: Map<string, OwnWeight>;
}

export interface Resolved {
  ranked: Scored[];
  score: number;
}

export interface Pick {
  key: string;
  id: number;
  count: number;
  margin: number;
  /** The margin over the best candidate in another country (the margin when absent). */
  countryMargin?: number;
}

const CITY_BASE = 0.15;
const WATER = new Set(['SEA', 'GULF', 'OCN', 'STRT', 'LK']);
const WATER_WORD = /\b(sea|gulf|ocean|strait|straits|bay|lake)\b/;
const ADMIN1_PRIOR = 0.8;
const ADMIN2_PRIOR = 0.5;
const FACILITY_PRIOR = 0.9;

/** Prior of a record before any context: bigger and higher-ranked places first. */
export function prior(r: GazRecord, kind: NameHit['kind']): number {
  const kindW = kind === 'alt' ? -0.35 : kind === 'variant' ? -0.1 : 0;
  switch (r.cls) {
    case 'country':
      return 0.95 + kindW;
    // a minor unit (an English county, a Jamaican parish) weighs as a town of some 50,000, not as a state
    case 'admin1':
      return (r.minorRank >= 10 ? 0.4 : r.minorRank >= 8 ? 0.5 : ADMIN1_PRIOR) + kindW;
    case 'region':
      return 0.85 + kindW;
    // a county is only ever matched by its whole name ("Hall County"): it competes with counties
    case 'admin2':
      return ADMIN2_PRIOR + kindW;
    // matched only by a name that says what it is ("Bagram air base"): nothing else shares it
    case 'facility':
      return FACILITY_PRIOR + kindW;
    default: {
      const pop = Math.log10(r.population + 1) / 7;
      const rank = r.featureCode === 'PPLC' ? 0.18 : r.featureCode === 'PPLA' ? 0.07 : r.featureCode === 'PPLA2' ? 0.02 : 0;
      return CITY_BASE + 0.55 * Math.min(pop, 1.05) + rank + kindW;
    }
  }
}

/** The words behind prior(). */
function priorWhy(r: GazRecord): string {
  switch (r.cls) {
    case 'country':
      return 'a country';
    case 'admin1':
      return r.minorRank ? 'a minor first-level region' : 'a first-level region';
    case 'region':
      return WATER.has(r.featureCode) ? 'a sea, gulf or strait' : 'a named region';
    case 'admin2':
      return 'a county';
    case 'facility':
      return r.featureCode === 'AIRB' ? 'an air base' : 'an airport';
    default:
      return `population ${thousands(r.population)}`;
  }
}

/**
 * A national capital, and outside the US any regional seat or big city, means the city rather than
 * the region of the same name ("Washington", "Paris", "Aleppo") unless the text says province.
 * This gives the countries whose first-level region shares the name, or null when no city of the
 * name can mean more than its region (no such region, or the name is also a country's).
 */
function regionsOfTheName(gaz: Gazetteer, g: NameGroup): Set<string> | null {
  let countries: Set<string> | null = null;
  for (const o of g.hits) {
    const a = gaz.record(o.id);
    if (o.kind === 'name' && a.cls === 'country') return null;
    if (a.cls === 'admin1') (countries ??= new Set()).add(a.country);
  }
  return countries;
}

/** "New York" alone is the city: in the US only a capital or a city of a million outranks its state. */
function bigCity(r: GazRecord): boolean {
  // (a capital or seat of a few hundred people, Hamilton in Bermuda, means no more than its parish)
  if (r.population < 10_000) return false;
  return r.featureCode === 'PPLC' || (r.country !== 'US' && (r.featureCode === 'PPLA' || r.population >= 100_000));
}

/** 1234567 -> "1,234,567" for a population (toLocaleString is slow and locale-dependent). */
function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function contains(outer: GazRecord, inner: GazRecord): boolean {
  if (outer.cls === 'country') return outer.country === inner.country && inner.id !== outer.id;
  if (outer.cls === 'admin1') return outer.admin1Key !== '' && outer.admin1Key === inner.admin1Key && inner.id !== outer.id;
  return false;
}

/**
 * Scores every candidate record of a name in the article's context, best first. With `explain`
 * false the reasons are left empty: the resolver's early passes need only the scores, and building
 * the words for every candidate of every pass cost more than the scoring.
 */
/** True for "New York City" among the records of "new york", which also names a state. */
function cityOfTheStateName(gaz: Gazetteer, g: NameGroup, r: GazRecord): boolean {
  if (r.cls !== 'city' || r.population < 1_000_000 || normalizeName(r.name) !== `${g.key} city`) return false;
  // (a country of the name stays first: "Mexico" is not Mexico City)
  return g.hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'admin1') && !g.hits.some((h) => gaz.record(h.id).cls === 'country');
}

export function rankCandidates(gaz: Gazetteer, g: NameGroup, ctx: DocContext | null, groupKey = '', explain = true, together: ReadonlyMap<number, string> = NO_PAIRS): Scored[] {
  const own = ctx?.own.get(groupKey);
  const ownW = own?.w ?? 0;
  const totalC = ctx ? ctx.countryTotal - ownW : 0;
  const totalA = ctx ? ctx.admin1Total - (own?.admin1Key ? ownW : 0) : 0;
  const seen = new Set<number>();
  const out: Scored[] = [];
  const strong = strongPrior(gaz, g);
  for (const h of g.hits) {
    if (seen.has(h.id)) continue;
    seen.add(h.id);
    const r = gaz.record(h.id);
    let score = prior(r, h.kind);
    const ownPrior = score;
    let qualified = false;
    let regional = false;
    let countryShare = 0;
    let local = 0;
    const why: string[] | null = explain ? [priorWhy(r)] : null;
    if (g.preferAdmin1 && r.cls === 'admin1') { score += g.suffixed ? 3 : 0.6; why?.push('named as a province or region'); }
    if (g.qualifies && (r.cls === 'admin1' || r.cls === 'country')) { score += 0.6; why?.push('names the state or country of the place before it'); }
    // "New York" alone is the city: a state shares the name of its city of a million ("X City"),
    // and the article's words do not make it the state (recognize.ts stateCue, "X state")
    if (!g.preferAdmin1 && !g.qualifies && cityOfTheStateName(gaz, g, r)) { score += 0.7; why?.push(`"${g.key}" alone names the city, not the state`); }
    // "the Red Sea", "the Gulf of Aden": the name says it is water
    if (WATER.has(r.featureCode) && WATER_WORD.test(g.key)) { score += 1; why?.push('the name says it is a body of water'); }
    for (const q of g.qualifiers) {
      if (contains(gaz.record(q), r)) { score += 1.5; qualified = true; why?.push(`qualified by ${gaz.record(q).name}`); break; }
    }
    // a town and a county of the article that lie together (see countyTownPairs in mentions.ts)
    const with_ = together.get(r.id);
    if (with_ !== undefined) { score += TOGETHER_BONUS; why?.push(`lies with ${with_}, which the article names`); }
    if (ctx) {
      const before = score;
      // shares of the article's mentions in the same country / first-level region
      if (r.country && totalC > 0) {
        const share = ((ctx.countries.get(r.country) ?? 0) - (own?.country === r.country ? ownW : 0)) / totalC;
        if (share > 0.001) { score += 0.15 + 0.35 * share; why?.push(`in ${r.country}, which the article mentions`); }
        countryShare = share;
      }
      // a neighbour of the countries the article is about ("Damascus" in a story on Israel and Lebanon)
      if (r.country && totalC > 0 && r.cls !== 'country') {
        let near = 0;
        for (const n of gaz.neighbours(r.country)) near += (ctx.countries.get(n) ?? 0) - (own?.country === n ? ownW : 0);
        const share = near / totalC;
        if (share > 0.001) { score += 0.05 + 0.1 * Math.min(1, share); why?.push('next to a country the article mentions'); }
      }
      if (r.admin1Key && (r.cls === 'city' || r.cls === 'admin2') && totalA > 0) {
        const share = ((ctx.admin1s.get(r.admin1Key) ?? 0) - (own?.admin1Key === r.admin1Key ? ownW : 0)) / totalA;
        if (share > 0.001) { score += 0.3 + 0.4 * share; regional = true; why?.push('in a region the article mentions'); }
      }
      if (r.cls === 'city' && ctx.anchors.length > 0) {
        let near = 0;
        for (const a of ctx.anchors) {
          // 150 km is under 1.4 degrees of latitude: skip the trigonometry for anything farther
          if (a.key === groupKey || Math.abs(a.lat - r.lat) > 1.4) continue;
          if (km(a, r) < 150) near += a.weight;
        }
        if (near > 0) { score += Math.min(0.35, 0.15 * near); why?.push('near other places in the article'); }
        local = near;
      }
      // context favours a record less when the name is only one of its alternates ("New York" for the city)
      // (unless the article is mostly about that place's country: "Palmyra" in a story on Syria)
      if (h.kind === 'alt' && countryShare < 0.5) score = before + (score - before) / 2;
      // A country, a first-level region or a national capital of this name is not displaced by a
      // same-name town on the article's country or state alone ("China" in a Kentucky story is
      // not China, Texas): only a qualifier ("Jordan, Minn.") or other places close by can do it.
      // A national capital yields to a town in a state the article names ("Paris" in a story on
      // East Texas); a country or state does not.
      const bar = regional ? strong.region : strong.any;
      if (bar > ownPrior && (r.cls === 'city' || r.cls === 'admin2') && !qualified && with_ === undefined && local < LOCAL_EVIDENCE && score > bar - 0.05) {
        score = Math.max(before, bar - 0.05);
        why?.push(`not enough to outweigh the ${strongWhy(gaz, g)} of this name`);
      }
    }
    out.push({ id: h.id, kind: h.kind, score, why: why ? why.join('; ') : '' });
  }
  // A city that means more than its same-named region is lifted just above that region, after
  // context, so the region's context cannot win it back (and it is not lifted above other places).
  const regions = g.preferAdmin1 || g.qualifies ? null : regionsOfTheName(gaz, g);
  if (regions) {
    // The best score of a same-named region per country (regions' scores do not change below).
    const top = new Map<string, number>();
    for (const o of out) {
      const a = gaz.record(o.id);
      if (a.cls === 'admin1') top.set(a.country, Math.max(top.get(a.country) ?? ADMIN1_PRIOR, o.score));
    }
    for (const c of out) {
      const r = gaz.record(c.id);
      if (r.cls !== 'city' || !bigCity(r) || !regions.has(r.country)) continue;
      const t = top.get(r.country) ?? ADMIN1_PRIOR;
      if (c.score <= t) { c.score = t + 0.05; if (explain) c.why += '; the city rather than the region of the same name'; }
    }
  }
  out.sort((a, b) => b.score - a.score || gaz.record(b.id).population - gaz.record(a.id).population || a.id - b.id);
  return out;
}

const NO_PAIRS: ReadonlyMap<number, string> = new Map();
const TOGETHER_BONUS = 0.4;

/** Weight of nearby confidently placed places that lets a town displace a stronger namesake. */
const LOCAL_EVIDENCE = 0.3;

/** The records that are a country, a first-level region or a national capital under their own name. */
function isStrong(r: GazRecord, kind: NameHit['kind']): boolean {
  if (kind !== 'name' && kind !== 'abbr') return false;
  return r.cls === 'country' || r.cls === 'admin1' || r.featureCode === 'PPLC';
}

/**
 * The best prior among the name's strong records (see isStrong), or 0 when it has none: `any` over
 * all of them, `region` over the countries and first-level regions alone.
 */
function strongPrior(gaz: Gazetteer, g: NameGroup): { any: number; region: number } {
  let any = 0;
  let region = 0;
  // a first-level region named after its own big city (the department of Paris, County Dublin)
  // is that city's shadow, not a strong reading of the name
  let cityCountries: Set<string> | null = null;
  for (const h of g.hits) {
    const r = gaz.record(h.id);
    if (r.cls === 'city' && (r.featureCode === 'PPLC' || r.featureCode === 'PPLA' || r.population >= 100_000)) (cityCountries ??= new Set()).add(r.country);
  }
  for (const h of g.hits) {
    const r = gaz.record(h.id);
    if (!isStrong(r, h.kind) || (r.cls === 'admin1' && cityCountries?.has(r.country))) continue;
    const p = prior(r, h.kind);
    any = Math.max(any, p);
    if (r.cls !== 'city') region = Math.max(region, p);
  }
  return { any, region };
}

function strongWhy(gaz: Gazetteer, g: NameGroup): string {
  let best: GazRecord | null = null;
  for (const h of g.hits) {
    const r = gaz.record(h.id);
    if (isStrong(r, h.kind) && (!best || prior(r, h.kind) > prior(best, 'name'))) best = r;
  }
  if (!best) return 'namesake';
  return best.cls === 'country' ? 'country' : best.cls === 'admin1' ? 'first-level region' : 'national capital';
}

/** The article's context from a first resolution: where its places are. */
export function contextFrom(gaz: Gazetteer, picks: Pick[], prior: Map<string, number> = new Map()): DocContext {
  const countries = new Map<string, number>(prior);
  const admin1s = new Map<string, number>();
  const anchors: DocContext['anchors'] = [];
  const own: DocContext['own'] = new Map();
  for (const p of picks) {
    // uncertain picks add little: a wrong guess must not pull the rest after it
    const r = gaz.record(p.id);
    // a named state or country is evidence; a town is evidence only as far as its own pick is sure
    const w = r.cls === 'city' ? p.count * Math.max(0, Math.min(1, (p.margin - 0.1) * 2)) : p.count * Math.min(1, 0.5 + p.margin);
    const cm = p.countryMargin ?? p.margin;
    const wc = r.cls === 'city' ? p.count * Math.max(0, Math.min(1, (cm - 0.1) * 2)) : p.count * Math.min(1, 0.5 + cm);
    if (r.country) countries.set(r.country, (countries.get(r.country) ?? 0) + wc);
    if (r.admin1Key && (r.cls === 'admin1' || r.cls === 'city')) admin1s.set(r.admin1Key, (admin1s.get(r.admin1Key) ?? 0) + w);
    if (r.cls === 'city' && p.margin > 0.2) anchors.push({ lat: r.lat, lon: r.lon, weight: Math.min(1, p.margin), key: p.key });
    own.set(p.key, { country: r.country, admin1Key: r.cls === 'admin1' || r.cls === 'city' ? r.admin1Key : '', w });
  }
  return { countries, admin1s, countryTotal: sum(countries), admin1Total: sum(admin1s), anchors, own };
}

function sum(weights: Map<string, number>): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  return total;
}

/** Whether `name` is one or more whole words of `key` ("gaza" in "gaza city", not in "gazan"). */
const holdsWord = (key: string, name: string): boolean => ` ${key} `.includes(` ${name} `);

/**
 * The two spellings differ by one letter added, dropped or changed ("grozny" for Groznyy, "damanhour"
 * for Damanhūr): a transliteration of the town's own name. Names of five letters or more, so a short
 * word is not taken for a spelling ("hamas" is two letters from Hamm).
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x === y;
  if (a.length === b.length) return tail(a.slice(i + 1), b.slice(i + 1));
  return a.length > b.length ? tail(a.slice(i + 1), b.slice(i)) : tail(a.slice(i), b.slice(i + 1));
}

/** 0..1 confidence from the winner's lead over the runner-up. */
export function confidence(ranked: Scored[]): number {
  const a = ranked[0]?.score ?? 0;
  const b = ranked[1]?.score ?? a - 1;
  const margin = a - b;
  return Math.round(1000 / (1 + Math.exp(-4 * (margin + 0.1)))) / 1000;
}

/**
 * A small town in a country the article never names, nor any neighbour of, is no likely reading of a
 * name in an article that is about one other country: "Soro" in a report on Burkina Faso is not Sorø,
 * Denmark (a village the gazetteer lacks). Such candidates are dropped, and a name left with none is no
 * place. An article with no clear country (a US local story names states, not the country) is left as is.
 */
export function dropStrangers(gaz: Gazetteer, res: Map<string, Resolved>, ctx: DocContext): void {
  if (ctx.countryTotal <= 0) return;
  let top = '';
  let topW = 0;
  for (const [c, w] of ctx.countries) if (w > topW) { top = c; topW = w; }
  if (topW / ctx.countryTotal < 0.6) return;
  const stranger = (s: Scored, own: OwnWeight | undefined): boolean => {
    const rec = gaz.record(s.id);
    if (rec.cls !== 'city' || rec.population >= STRANGER_POPULATION || !rec.country || rec.country === top) return false;
    if ((ctx.countries.get(rec.country) ?? 0) - (own?.country === rec.country ? own.w : 0) > 0.01) return false;
    for (const n of gaz.neighbours(rec.country)) if ((ctx.countries.get(n) ?? 0) > 0.01) return false;
    return true;
  };
  for (const [k, r] of res) {
    const own = ctx.own.get(k);
    if (!r.ranked[0] || !stranger(r.ranked[0], own)) continue;
    const ranked = r.ranked.filter((s) => !stranger(s, own));
    if (ranked.length === 0) res.delete(k);
    else res.set(k, { ranked, score: confidence(ranked) });
  }
}
const STRANGER_POPULATION = 50_000;

/**
 * A name the gazetteer holds only in another romanisation ("Mokha" for Mocha, spellings.ts) is one
 * of those places only in a country the article names some other way: a spelling one change from
 * many names is a likeness, not evidence, until the article's own places say where it is. Its
 * other candidates go, and a name with none left is no place.
 */
export function dropUnsupportedSpellings(gaz: Gazetteer, res: Map<string, Resolved>, ctx: DocContext, keys: ReadonlySet<string>): void {
  for (const k of keys) {
    const r = res.get(k);
    if (!r) continue;
    // (such names add nothing to the context: mentions.ts leaves them out of its picks)
    const ranked = r.ranked.filter((s) => {
      const cc = gaz.record(s.id).country;
      return cc !== '' && (ctx.countries.get(cc) ?? 0) > 0.01;
    });
    if (ranked.length === 0) res.delete(k);
    else if (ranked.length < r.ranked.length) res.set(k, { ranked, score: confidence(ranked) });
  }
}

/**
 * An alternate name of a town under a million people ("Hamas" is also Hamm, Germany) counts only
 * when the article names that town's country some other way; otherwise the next candidate stands,
 * and a name with no candidate left is no place. An alternate that holds the town's own name as
 * a word ("Gaza City" for Gaza, "Kuwait City") is the town's name said in full, not a chance
 * likeness, and needs no support; nor does one a letter from the town's own name ("Grozny" for
 * Groznyy), a spelling of it.
 */
export function dropUnsupportedAlternates(gaz: Gazetteer, res: Map<string, Resolved>, ctx: DocContext): void {
  // A plain function, not a closure per name: closures made in a loop cost more than the test.
  const unsupported = (s: Scored, own: OwnWeight | undefined, key: string): boolean => {
    if (s.kind !== 'alt') return false;
    const rec = gaz.record(s.id);
    if (rec.cls !== 'city' || rec.population >= 1_000_000) return false;
    // (group keys carry a prefix before "|": "admin2|...", "|gaza city")
    const name = key.slice(key.lastIndexOf('|') + 1);
    const townName = normalizeName(rec.name);
    if (name.includes(' ') && holdsWord(name, townName)) return false;
    if (oneLetterApart(name, townName)) return false;
    return (ctx.countries.get(rec.country) ?? 0) - (own?.country === rec.country ? own.w : 0) <= 0.01;
  };
  for (const [k, r] of res) {
    const own = ctx.own.get(k);
    if (!r.ranked[0] || !unsupported(r.ranked[0], own, k)) continue;
    const ranked = r.ranked.filter((s) => !unsupported(s, own, k));
    if (ranked.length === 0) res.delete(k);
    else res.set(k, { ranked, score: confidence(ranked) });
  }
}
