// Vetoes for recognised names: people ("Naftali Bennett", "Gov. Perry"), titles ("The Times of
// Israel"), brands, diseases, streets, and capitalised common words that are also town names.
import type { Span } from '../types.ts';
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import {
  COMMON_ENDING, COMMON_WORDS, DISEASE_WORDS, FEATURE_WORDS, FUNCTION_WORDS, GENERAL_ENGLISH, GIVEN_NAMES, GOVERNMENT_SEATS, ARMED_GROUPS, looksLikeName,
  EPONYM_HEADS, MEDIA_HEADS, ORG_HEADS, PERSON_TITLES, SPEECH_VERBS, STREET_WORDS,
} from './lexicon.ts';
import { isCap } from './recognize.ts';
import type { RawMention } from './recognize.ts';

export interface VetoContext {
  text: string;
  tokens: Token[];
  gaz: Gazetteer;
  starts: Set<number>;
  headline: Span[];
  /** True when the text also uses this normalised word in lower case ("hall" in "city hall"). */
  usedInLowerCase(norm: string): boolean;
  /** Keys of names the text also writes on their own, as a place may stand (mentions.ts). */
  standsAlone: ReadonlySet<string>;
}

/** The run of capitalised tokens around [a, b): "Defense Minister Naftali Bennett". */
function capRun(tokens: Token[], a: number, b: number): [number, number] {
  // bounded: in an all-capitals text the run is the whole text, and only the neighbours matter
  let s = a;
  while (s > 0 && a - s < RUN_REACH && isCap(tokens[s - 1]!) && tokens[s]!.spaceBefore && !tokens[s]!.newlineBefore) s--;
  let e = b;
  while (e < tokens.length && e - b < RUN_REACH && isCap(tokens[e]!) && tokens[e]!.spaceBefore && !tokens[e]!.newlineBefore) e++;
  return [s, e];
}

const RUN_REACH = 8;

/** Street words that name only a street (not "Mall", "Inn", nor "Dr" and "St", which are also titles). */
const STREET_ONLY = /^(street|road|rd|avenue|ave|drive|lane|ln|boulevard|blvd|parkway|pkwy|terrace|pike|turnpike)$/;
/** The plural that ends "X and Y streets". */
const STREETS = /^(streets|roads|avenues|drives|lanes|boulevards|sts|rds|aves)$/;

/** Whom a town's public centres serve: "Grapeland Senior Citizens Center", "Wamego Youth Center". */
const PUBLIC_SERVED = /^(senior|seniors|citizens|youth|veterans|children|family|families|women|teen|teens)$/;

/** The verdict on a small town heading an institution named like a person's ("the Webb Center"). */
export const EPONYM_VETO = 'named after a person or a firm';

const strongClass = (gaz: Gazetteer, hits: readonly NameHit[]) =>
  hits.some((h) => h.kind !== 'alt' && h.kind !== 'postal' && gaz.record(h.id).cls !== 'city');


/** Words that make a run an institution named after a place: "Police", "VFW", "Environmental". */
function institutional(t: Token): boolean {
  return t.shape === 'UPPER' || ORG_HEADS.has(t.norm) || (t.norm.length >= 7 && COMMON_ENDING.test(t.norm));
}

const bigPlace = (gaz: Gazetteer, hits: readonly NameHit[], min = 100_000) =>
  hits.some((h) => h.kind === 'name' && gaz.record(h.id).population >= min);

const LANDFORM_WORDS = /^(valley|mountain|mountains|mount|falls|hill|hills|hall|village|lake|lakes|river|creek|park|island|islands|heights|springs|beach|bay|point|ridge|grove|forest|woods)$/;

const ARABIC_PREFIXES = new Set(['ain', 'ayn', 'tal', 'tall', 'tell', 'deir', 'dayr', 'kafr', 'kfar', 'beit', 'bayt', 'wadi', 'ras', 'bir', 'jabal', 'jebel', 'umm', 'abu', 'khan', 'qasr', 'tel']);
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en)$/;
// where a name written "Al-X" may be "X" (the gazetteer's press spellings drop the article)
const ARABIC_COUNTRIES = new Set(['SY', 'IQ', 'YE', 'LB', 'PS', 'JO', 'SA', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'KW', 'QA', 'BH', 'AE', 'OM', 'MR', 'TD', 'SO', 'IL']);

const LANGUAGE_VERBS = /^(speak|speaks|spoke|spoken|speaking|fluent|translated|taught|teaches|learn|learning|learned)$/;

const PRESIDENCY = /^(administration|administrations|presidency)$/;

/**
 * "Florida Highway Patrol", "Meigs County Court", "Douglas County Road 4": a state's or county's
 * agency, court or numbered road names the region, unlike "Dublin Road" a town's street.
 */
function agencyOfRegion(gaz: Gazetteer, m: RawMention, next: Token, nextNext: Token | undefined): boolean {
  const region = m.hits.some((h) => h.kind !== 'alt' && h.kind !== 'postal' && (gaz.record(h.id).cls === 'admin1' || gaz.record(h.id).cls === 'admin2'));
  if (!region) return false;
  if (next.norm === 'court' || next.norm === 'turnpike') return true;
  if (nextNext && isCap(nextNext) && nextNext.spaceBefore && ORG_HEADS.has(nextNext.norm)) return true;
  return next.norm === 'road' && nextNext?.shape === 'number';
}

/** "in Economy", "near Driver": a locative preposition right before makes a place likelier. */
function afterLocative(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return Boolean(p && /^(in|at|near|from|to|outside|toward|towards|into|of)$/.test(p.norm));
}

/**
 * Why a raw name is not a place, or null when it may be one. People ("Naftali Bennett", "Gov.
 * Perry"), titles ("The Times of Israel"), capitalised common words, names glued into a longer
 * proper name that the gazetteer does not know.
 */
const TOWN_PART = new Set(['neighbourhood', 'neighborhood', 'district', 'quarter', 'suburb', 'area', 'camp']);
const LOCALITY = new Set(['village', 'township', 'subdistrict', 'locality', 'hamlet']);
const COMPASS = new Set(['centre', 'center', 'central', 'nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'haut', 'hauts', 'bas']);

export function veto(m: RawMention, ctx: VetoContext, surnames: Set<string>): string | null {
  const { tokens, gaz } = ctx;
  const first = tokens[m.tokStart]!;
  const prev = tokens[m.tokStart - 1];
  const prev2 = tokens[m.tokStart - 2];
  const single = m.tokEnd - m.tokStart === 1 && !m.suffix;
  const demonymOnly = m.hits.every((h) => h.kind === 'demonym');
  const inTitle = m.sentenceInitial || m.inHeadline;

  const surface = ctx.text.slice(m.start, m.end);
  const acronym = /^[\p{Lu}.]+$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface);
  const abbrHit = acronym && m.hits.some((h) => h.kind === 'abbr');
  if (single && FUNCTION_WORDS.has(m.key) && !abbrHit) return 'function word';
  if (single && surface.length === 1) return 'a single letter';
  // "around 3:00 A.M. (Damascus Time)", "at 10 p.m. Moscow time": a clock, not a place.
  const following = tokens[m.tokEnd];
  if (following?.norm === 'time' && (prev?.text === '(' || tokens[m.tokEnd + 1]?.text === ')' || /\d|\b[ap]\.?m\.?\s*$/i.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)))) return 'a time zone';
  // "500 B.C.", "20 N.S.": dotted initials after a number are an era or a unit, not a province
  if (/^(\p{Lu}\.){2,3}$/u.test(surface) && prev?.shape === 'number') return 'an abbreviation after a number';
  // "The City Council": "the" and a common word
  if (m.key.startsWith('the ') && m.tokEnd - m.tokStart === 2 && (COMMON_WORDS.has(m.key.slice(4)) || GENERAL_ENGLISH.has(m.key.slice(4)))) return 'a common word';
  // "I'll", "We're": contractions
  if (/['’](ll|d|re|ve|m|t)$/i.test(surface)) return 'a contraction';
  if (GOVERNMENT_SEATS.has(m.key)) return 'a seat of government standing for it';
  // "gunmen from al-Shabab": the group, not the Iranian village Shabab
  if (ARMED_GROUPS.has(m.key)) return 'an armed group';
  // "KBR", "NBC": a short all-capital word that only a town shares is an acronym
  if (acronym && !abbrHit && surface.replace(/\./g, '').length <= 4 && !strongClass(gaz, m.hits) && !m.inHeadline) return 'acronym';
  // "Wal-Mart", "Coca-Cola": the second half of a hyphenated word
  // ("D-Columbus", "R-Texas" name a legislator's party and home: the place stays)
  // (but "Paris-Henry County": two places joined)
  if (prev && prev.text === '-' && !prev.spaceBefore && !first.spaceBefore && prev2 && prev2.shape !== 'punct' && prev2.shape !== 'lower' && prev2.text.length > 1 && !gaz.isName(prev2.norm)) return 'part of a hyphenated word';
  const next = tokens[m.tokEnd];
  const nextNext = tokens[m.tokEnd + 1];
  // "Centre-Nord", "Sud-Ouest", "North-East": two compass words joined are one region's name (the
  // gazetteer would have matched it whole), not the regions "Centre" and "Nord" of another country.
  if ((m.tokEnd - m.tokStart === 1 || (m.suffix && m.tokEnd - m.tokStart === 2)) && COMPASS.has(m.key) && ((prev?.text === '-' && !prev.spaceBefore && !first.spaceBefore && prev2 && COMPASS.has(prev2.norm))
    || (next?.text === '-' && !next.spaceBefore && nextNext && !nextNext.spaceBefore && COMPASS.has(nextNext.norm)))) return 'part of a compound region name';
  // "Mary Loveless", "Paul Mifsud": a common given name before a name-like word is a person, unless
  // it is also a country, a US state or a city of a million
  if (single && GIVEN_NAMES.has(m.key) && next && next.spaceBefore && (next.shape === 'Title' || next.shape === 'mixed') && looksLikeName(next)
    && !m.hits.some((h) => { const r = gaz.record(h.id); return r.cls === 'country' || (r.cls === 'admin1' && r.country === 'US') || r.population >= 1_000_000; })) return 'a given name';
  // "Dublin Road", "St. Louis Street": a street or building named after the place
  if (!m.suffix && next && isCap(next) && STREET_WORDS.has(next.norm) && !(next.norm === 'st' && nextNext?.text === '.' && tokens[m.tokEnd + 2] && isCap(tokens[m.tokEnd + 2]!))
    && !agencyOfRegion(gaz, m, next, nextNext)) return 'street or building name';
  // "Van Dorn Street": the first word of a street's two-word name
  if (single && !m.suffix && next?.shape === 'Title' && next.spaceBefore && !gaz.lookup(next.norm).some((h) => h.kind === 'name') && nextNext && isCap(nextNext) && STREET_WORDS.has(nextNext.norm) && STREET_ONLY.test(nextNext.norm)) return 'street or building name';
  // "the corner of Lakeview and Harrison streets": coordinated names of streets
  if (single && !m.suffix && ((next?.norm === 'and' && nextNext && isCap(nextNext) && STREETS.test(tokens[m.tokEnd + 2]?.norm ?? ''))
    || (prev?.norm === 'and' && prev2 && isCap(prev2) && next && STREETS.test(next.norm)))) return 'street or building name';
  // "St. Patrick's Day": places called "St. X" are matched whole by the gazetteer, so what is left is a saint
  if (prev?.text === '.' && prev2?.norm === 'st') return 'a saint or holiday name';
  if (next && /^['’]s$/i.test(next.text) && nextNext?.norm === 'day') return 'a holiday name';
  // "the Dnipro river", "Blue Ridge Mountains": a natural feature the gazetteer lacks, not the town of its name
  if (next && FEATURE_WORDS.has(next.norm) && !m.suffix) return 'a natural feature the gazetteer does not hold';
  // "US$460", "NZ$": a currency
  if (ctx.text[m.end] === '$') return 'a currency';
  // "Agence France-Presse", "Coca-Cola": the first half of a hyphenated proper name the gazetteer does not know
  if (next && next.text === '-' && !next.spaceBefore && nextNext && !nextNext.spaceBefore && isCap(nextNext) && !gaz.isName(nextNext.norm)) return 'part of a hyphenated name';
  // "New York Times", "China Daily", "Washington Post": a newspaper's title
  if (next && isCap(next) && MEDIA_HEADS.has(next.norm) && !m.suffix) return 'part of a newspaper title';
  // "West Nile virus", "Marburg fever", "Spanish flu": a disease named after a place
  if (next && DISEASE_WORDS.has(next.norm)) return 'part of a disease name';
  // "Ain al-Asad", "Tal Tamr": a one-word Arabic prefix before the rest of a name the gazetteer
  // does not hold is the start of that name, not the French department or the Austrian village
  if (single && ARABIC_PREFIXES.has(m.key) && next && next.spaceBefore && (isCap(next) || ARABIC_ARTICLE.test(next.norm))) return 'first word of a longer Arabic name';
  // "Al-Rai": what follows an Arabic article the gazetteer does not know with it is no other place called "Rai"
  if (prev?.text === '-' && !prev.spaceBefore && !first.spaceBefore && prev2 && ARABIC_ARTICLE.test(prev2.norm) && isCap(prev2) && !m.hits.some((h) => ARABIC_COUNTRIES.has(gaz.record(h.id).country))) return 'the rest of an Arabic name the gazetteer does not hold';
  // "Baker said": a one-word town name acting as a speaker is a person
  if (single && next && next.shape === 'lower' && SPEECH_VERBS.has(next.norm) && !afterLocative(tokens, m.tokStart) && m.hits.every((h) => gaz.record(h.id).cls === 'city' && gaz.record(h.id).featureCode !== 'PPLC')) return 'a speaker, so a person';
  // "Columbus Council", "Berea police", "in Rochester": the place, even where someone bears its name
  if (single && surnames.has(m.key) && ((next && /^['’]s?$/.test(next.text)) || !((next && ORG_HEADS.has(next.norm)) || /^(in|at|near|outside)$/.test(prev?.norm ?? '')))) return 'surname of a person named earlier';
  // "the Obama administration": a president's name, not the town
  if (single && next?.shape === 'lower' && PRESIDENCY.test(next.norm) && m.hits.every((h) => gaz.record(h.id).cls === 'city' && gaz.record(h.id).featureCode !== 'PPLC')) return "a president's name";
  // "Stevens & Wilkinson": a firm named after its partners (not "Paris & London", two big places)
  if (single && (next?.text === '&' ? nextNext : prev?.text === '&' ? prev2 : undefined)?.shape === 'Title' && m.hits.every((h) => gaz.record(h.id).cls === 'city') && !bigPlace(gaz, m.hits)) return "part of a firm's name";
  // Title before the name: "Gov. Perry", "Minister Bennett", "President Lincoln"
  let p = m.tokStart - 1;
  if (tokens[p]?.text === '.') p--;
  if (p >= 0 && PERSON_TITLES.has(tokens[p]!.norm) && isCap(tokens[p]!) && !demonymOnly) return 'person title before the name';
  // "The Times of Israel", "Voice of America"
  if (prev?.norm === 'of' && prev2 && MEDIA_HEADS.has(prev2.norm) && isCap(prev2)) return 'part of a newspaper title';
  if (single && COMMON_WORDS.has(m.key) && !m.hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'country')) return 'common word';
  // at a sentence start or in a title a frequent English word is the word ("Are", "Shaping", "Economy")
  if (single && inTitle && (GENERAL_ENGLISH.has(m.key) || /(ing|ly)$/.test(m.key)) && !strongClass(gaz, m.hits) && !bigPlace(gaz, m.hits, 1_000_000)) return 'common word at a sentence start';
  if (single && GENERAL_ENGLISH.has(m.key) && !strongClass(gaz, m.hits) && !bigPlace(gaz, m.hits) && !afterLocative(tokens, m.tokStart)) return 'common English word';
  // sentence-initial or headline capitals: a word the text also writes in lower case is a common word
  if (single && inTitle && !strongClass(gaz, m.hits) && ctx.usedInLowerCase(m.key)) return 'common word at a sentence start';
  // "spoke only French", "aired in English and Spanish": a language, not the country
  if (single && m.hits.some((h) => h.kind === 'demonym') && (LANGUAGE_VERBS.test(prev?.norm ?? '') || (/^(only|mostly|little|some|no|fluent|good|broken)$/.test(prev?.norm ?? '') && LANGUAGE_VERBS.test(prev2?.norm ?? ''))
    // ("English and Spanish": coordinated with the language English)
    || (/^(and|or)$/.test(prev?.norm ?? '') && prev2?.norm === 'english') || (prev?.norm === 'in' && (!next || (next.shape === 'punct' && next.text !== '-') || next.norm === 'and' || next.norm === 'or')))) return 'a language';
  if (demonymOnly) return null;
  // "United Russia": a party named after the country (real countries called "United ..." are matched whole)
  if (prev?.text === 'United' && m.hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'country')) return "part of an organisation's name";
  // "Corrections Corporation of America", "Future Farmers of America": an organisation of the country
  if (m.key === 'america' && prev?.norm === 'of' && prev2 && isCap(prev2) && !FUNCTION_WORDS.has(prev2.norm) && !m.inHeadline) return "part of an organisation's name";
  // Inside a longer capitalised run the gazetteer does not know as a whole: a place next to
  // institutional words stays a place ("Gainesville Environmental Services", "United Bank Charleston
  // Market"); next to words that look like personal names it is part of a name ("Andrew Trapani").
  const [rs, re] = capRun(tokens, m.tokStart, m.tokEnd);
  if (rs < m.tokStart || re > m.tokEnd) {
    const before = tokens.slice(rs, m.tokStart);
    const after = tokens.slice(m.tokEnd, re);
    const lastBefore = before[before.length - 1];
    // "the Giza Bahriya neighbourhood", "the Al-Rashidiyah Sharqi district": a town part named with more
    // words than the place's name is that part's name, whatever the place is (not Giza in Egypt).
    if (after.length > 0 && !m.suffix && tokens[re] && TOWN_PART.has(tokens[re]!.norm) && tokens[re]!.shape === 'lower' && (before.length === 0) && prev?.norm === 'the') return 'part of a town part\'s name';
    // "in Adan Yabaal district", "at Let Yet Kone village": a name the gazetteer does not know, whose first
    // word alone is some other place (Adan in Yemen), followed by the kind of place it is.
    if (after.length > 0 && after.length <= 2 && !m.suffix && before.length === 0 && tokens[re] && tokens[re]!.shape === 'lower'
      && (TOWN_PART.has(tokens[re]!.norm) || LOCALITY.has(tokens[re]!.norm)) && prev && /^(in|at|near|of|from|outside)$/.test(prev.norm)
      && !after.some((t) => gaz.isName(t.norm))) return 'part of a longer place name the gazetteer lacks';
    if (lastBefore && PERSON_TITLES.has(lastBefore.norm)) return 'person title before the name';
    // a country's or state's name stays a place next to other names ("Israel Defense Forces",
    // "Georgia Bulldogs"); measured: restricting this to countries loses more than it gains
    const strong = strongClass(gaz, m.hits);
    // "the Webb Center", "Thompson Funeral Home", "Belk Foundation", "Turner Construction": the kinds
    // of institution and firm that are named after people, named after a small town the text never
    // names on its own; "the Dublin Community Center" in a text that says "in Dublin" stays, and so
    // does a public body's ("Ludlow Town Hall", "Cookeville Regional Medical Center")
    const head = after.findIndex((t) => EPONYM_HEADS.has(t.norm));
    if (head >= 0 && !m.suffix && !strong && !bigPlace(gaz, m.hits) && !ctx.standsAlone.has(m.key) && !after.slice(0, head).some((t) => institutional(t) || PUBLIC_SERVED.test(t.norm))) return EPONYM_VETO;
    if (after.length > 0 && !m.suffix) {
      // "Georgia Smith ... Smith said": the next word is used alone later, so a person
      if (surnames.has(after[0]!.norm)) return 'first name of a person';
      const afterKey = after.map((t) => t.norm).join(' ');
      // an institution's head word anywhere in the run makes it one named after the place
      // ("Mansfield Law Enforcement Center", "Nashville Film Festival Director")
      // (not after a landform word: "Santa Clara Valley Water District" is a longer place's name)
      const namedAfter = institutional(after[0]!)
        || (!GIVEN_NAMES.has(m.key) && !LANDFORM_WORDS.test(after[0]!.norm) && after.slice(1).some((t) => ORG_HEADS.has(t.norm)));
      if (!strong && !namedAfter && !strongClass(gaz, gaz.lookup(afterKey))) return 'part of a longer proper name';
    }
    if (lastBefore && !strong && looksLikeName(lastBefore) && m.hits.every((h) => h.kind !== 'abbr')) return 'part of a longer proper name';
    if (after.length > 0 && ORG_HEADS.has(after[0]!.norm) && m.hits.every((h) => h.kind === 'alt') && !inTitle) return 'alternate name inside an organisation';
  }
  return null;
}
