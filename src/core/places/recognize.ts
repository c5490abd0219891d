// Toponym recognition: finds capitalised names that the gazetteer knows (longest match first),
// "X County"/"X Province" forms, abbreviations and demonyms, then vetoes what is not a place:
// people, organisations, common words that happen to be town names.
import type { Section, Span } from '../types.ts';
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import {
  ADMIN1_SUFFIXES, ADMIN2_SUFFIXES, COMMON_WORDS, FUNCTION_WORDS, MEDIA_HEADS, NAME_CONNECTORS, ORG_HEADS, PERSON_TITLES,
  DISEASE_WORDS, FEATURE_WORDS, GENERAL_ENGLISH, GOVERNMENT_SEATS, SPEECH_VERBS, STREET_WORDS,
} from './lexicon.ts';

export interface RawMention {
  start: number;
  end: number;
  /** Normalised name looked up in the gazetteer (without a County/Province suffix). */
  key: string;
  hits: readonly NameHit[];
  /** "X County" (admin2) or "X Province" (admin1) form. */
  suffix?: 'admin2' | 'admin1';
  /** Token index range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  sentenceInitial: boolean;
  inHeadline: boolean;
  /** A tagger, not the gazetteer matcher, proposed the span. */
  fromTagger?: boolean;
}

const MAX_WINDOW = 6;

export function isCap(t: Token): boolean {
  return t.shape === 'Title' || t.shape === 'UPPER' || t.shape === 'mixed';
}

/** Token indices of the first word of each sentence (after any opening quote or bracket). */
export function sentenceStarts(tokens: Token[], sentences: Span[], sections: Section[]): Set<number> {
  const starts = new Set<number>();
  const bounds = [...sentences.map((s) => s.start), ...sections.map((s) => s.start)].sort((a, b) => a - b);
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (b < bounds.length && bounds[b]! <= t.start) {
      // first word token at or after this boundary
      let j = i;
      while (j < tokens.length && tokens[j]!.shape === 'punct') j++;
      if (j < tokens.length) starts.add(j);
      b++;
    }
  }
  // After a colon or an opening quote a new clause starts with a capital, too.
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!.text;
    if (p === ':' || p === '“' || p === '"' || p === '‘' || p === '—' || p === '•') starts.add(i);
  }
  return starts;
}

interface Window {
  /** Token index just past each word of the growing name, and its key. */
  ends: number[];
  keys: string[];
}

/** Grows a name from token i: words joined by hyphens, "St."-style dots, and lower-case connectors. */
function windowFrom(tokens: Token[], i: number, maxWords: number): Window {
  const ends: number[] = [];
  const keys: string[] = [];
  let key = '';
  let j = i;
  let words = 0;
  while (j < tokens.length && words < maxWords) {
    const t = tokens[j]!;
    if (t.shape === 'punct' || t.shape === 'number') break;
    if (j > i && t.newlineBefore) break;
    key = key ? `${key} ${t.norm}` : t.norm;
    words++;
    j++;
    if (isCap(tokens[j - 1]!)) { ends.push(j); keys.push(key); }
    else if (!NAME_CONNECTORS.has(t.norm)) break;
    // "People's Republic of China": a possessive inside a name
    const poss = tokens[j];
    if (poss && /^['’]s$/.test(poss.text) && !poss.spaceBefore && tokens[j + 1] && isCap(tokens[j + 1]!) && j + 1 < tokens.length) {
      key += 's';
      j++;
      continue;
    }
    // a hyphen or an abbreviation's dot may join two words ("Deir ez-Zor", "St. Louis")
    const next = tokens[j];
    if (next && next.shape === 'punct' && !next.spaceBefore) {
      const after = tokens[j + 1];
      const joinable = next.text === '-' || next.text === '‐' || (next.text === '.' && t.text.length <= 3 && isCap(t));
      if (joinable && after && after.shape !== 'punct' && after.shape !== 'number') j++;
      else break;
    }
  }
  return { ends, keys };
}

function usable(gaz: Gazetteer, hits: readonly NameHit[], tokens: Token[], i: number, end: number, text: string): readonly NameHit[] {
  if (hits.every((h) => h.kind === 'name' || h.kind === 'demonym')) return hits;
  const surface = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
  const allCaps = /\p{L}/u.test(surface) && surface === surface.toUpperCase();
  const dotAfter = text[tokens[end - 1]!.end] === '.' || surface.endsWith('.');
  return hits.filter((h) => {
    // "US", "UK" only in capitals; "Tex." only with its dot; postal codes only after "City, "
    if (h.kind === 'abbr') return allCaps || dotAfter;
    if (h.kind === 'postal') return false;
    // alternate names of small places add more false matches than they find ("Max" for Matam)
    if (h.kind === 'alt') { const r = gaz.record(h.id); return r.cls !== 'city' || r.population >= 100_000; }
    return true;
  });
}

/** Every gazetteer name in the text, longest first, plus "X County"-type forms; no vetoes yet. */
export function matchNames(text: string, tokens: Token[], gaz: Gazetteer): RawMention[] {
  const out: RawMention[] = [];
  const maxWords = Math.min(gaz.maxNameTokens, MAX_WINDOW);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCap(t)) { i++; continue; }
    const w = windowFrom(tokens, i, maxWords);
    let found: RawMention | null = null;
    for (let k = w.keys.length - 1; k >= 0; k--) {
      const end = w.ends[k]!;
      const hits = usable(gaz, gaz.lookup(w.keys[k]!), tokens, i, end, text);
      if (hits.length === 0) continue;
      found = mention(text, tokens, i, end, w.keys[k]!, hits);
      break;
    }
    // "Rapides Parish", "Laurel County": a county form even when the base name is unknown
    const suffixAt = found ? found.tokEnd : (w.ends[w.ends.length - 1] ?? i + 1);
    const suffixTok = tokens[suffixAt];
    if (suffixTok && isCap(suffixTok) && (ADMIN2_SUFFIXES.has(suffixTok.norm) || ADMIN1_SUFFIXES.has(suffixTok.norm))) {
      // the base is the matched name, or else the last one to three capitalised words before the suffix
      let baseStart = found ? found.tokStart : suffixAt;
      if (!found) while (baseStart > i && suffixAt - baseStart < 3 && isCap(tokens[baseStart - 1]!) && tokens[baseStart]!.spaceBefore) baseStart--;
      const baseKey = found ? found.key : tokens.slice(baseStart, suffixAt).map((t) => t.norm).join(' ');
      const whole = baseKey ? gaz.lookup(`${baseKey} ${suffixTok.norm}`) : [];
      const baseOk = baseKey && !FUNCTION_WORDS.has(baseKey) && !ORG_HEADS.has(baseKey) && !PERSON_TITLES.has(tokens[baseStart]!.norm);
      if (baseOk && baseStart < suffixAt) {
        const suffix = ADMIN2_SUFFIXES.has(suffixTok.norm) ? 'admin2' : 'admin1';
        const hits = whole.length ? whole : found ? found.hits : gaz.lookup(baseKey);
        found = { ...mention(text, tokens, baseStart, suffixAt + 1, baseKey, hits), suffix };
      }
    }
    // "the Donetsk region", "Idlib province": a lower-case suffix names the region but stays outside the span
    const lowerSuffix = found && !found.suffix ? tokens[found.tokEnd] : undefined;
    if (found && lowerSuffix && lowerSuffix.shape === 'lower' && ADMIN1_SUFFIXES.has(lowerSuffix.norm)) found.suffix = 'admin1';
    if (found) {
      out.push(found);
      i = found.tokEnd;
    } else i++;
  }
  return out;
}

function mention(text: string, tokens: Token[], i: number, end: number, key: string, hits: readonly NameHit[]): RawMention {
  const last = tokens[end - 1]!;
  // keep an abbreviation's dot in the span ("Tenn.") as reporters and annotators write it
  const dot = text[last.end] === '.' && /^\p{Lu}\p{Ll}[\p{L}.]{0,3}$/u.test(last.text) && hits.some((h) => h.kind === 'abbr');
  return {
    start: tokens[i]!.start, end: last.end + (dot ? 1 : 0), key, hits, tokStart: i, tokEnd: end,
    sentenceInitial: false, inHeadline: false,
  };
}

export interface VetoContext {
  text: string;
  tokens: Token[];
  gaz: Gazetteer;
  starts: Set<number>;
  headline: Span[];
  /** Normalised words the text also uses in lower case ("hall" in "city hall"). */
  lowerWords: Set<string>;
}

/** The run of capitalised tokens around [a, b): "Defense Minister Naftali Bennett". */
function capRun(tokens: Token[], a: number, b: number): [number, number] {
  let s = a;
  while (s > 0 && isCap(tokens[s - 1]!) && tokens[s]!.spaceBefore && !tokens[s]!.newlineBefore) s--;
  let e = b;
  while (e < tokens.length && isCap(tokens[e]!) && tokens[e]!.spaceBefore && !tokens[e]!.newlineBefore) e++;
  return [s, e];
}

const strongClass = (gaz: Gazetteer, hits: readonly NameHit[]) =>
  hits.some((h) => h.kind !== 'alt' && h.kind !== 'postal' && gaz.record(h.id).cls !== 'city');


const MODIFIERS = /^(north|south|east|west|northern|southern|eastern|western|central|greater|downtown|upstate|metro|metropolitan|new|old|upper|lower)$/;
// Endings of institutional adjectives and nouns: "Environmental", "Performing", "Services", "Development"
const COMMON_ENDING = /(al|ic|ive|ary|ory|ment|tion|sion|ing|ers|ies|ity|ance|ence|ship|ism|ist|ists)$/;

/** A capitalised word that could be a personal name: no common, institutional or place word. */
function looksLikeName(t: Token): boolean {
  if (t.shape === 'UPPER') return false;
  const n = t.norm;
  if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || GENERAL_ENGLISH.has(n) || ORG_HEADS.has(n) || MODIFIERS.test(n)) return false;
  return !(n.length >= 7 && COMMON_ENDING.test(n));
}

/** Words that make a run an institution named after a place: "Police", "VFW", "Environmental". */
function institutional(t: Token): boolean {
  return t.shape === 'UPPER' || ORG_HEADS.has(t.norm) || (t.norm.length >= 7 && COMMON_ENDING.test(t.norm));
}

const bigPlace = (gaz: Gazetteer, hits: readonly NameHit[], min = 100_000) =>
  hits.some((h) => h.kind === 'name' && gaz.record(h.id).population >= min);

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
  // "The City Council": "the" and a common word
  if (m.key.startsWith('the ') && m.tokEnd - m.tokStart === 2 && (COMMON_WORDS.has(m.key.slice(4)) || GENERAL_ENGLISH.has(m.key.slice(4)))) return 'a common word';
  // "I'll", "We're": contractions
  if (/['’](ll|d|re|ve|m|t)$/i.test(surface)) return 'a contraction';
  if (GOVERNMENT_SEATS.has(m.key)) return 'a seat of government standing for it';
  // "KBR", "NBC": a short all-capital word that only a town shares is an acronym
  if (acronym && !abbrHit && surface.replace(/\./g, '').length <= 4 && !strongClass(gaz, m.hits) && !m.inHeadline) return 'acronym';
  // "Wal-Mart", "Coca-Cola": the second half of a hyphenated word
  // ("D-Columbus", "R-Texas" name a legislator's party and home: the place stays)
  if (prev && prev.text === '-' && !prev.spaceBefore && !first.spaceBefore && prev2 && prev2.shape !== 'punct' && prev2.shape !== 'lower' && prev2.text.length > 1) return 'part of a hyphenated word';
  const next = tokens[m.tokEnd];
  const nextNext = tokens[m.tokEnd + 1];
  // "Dublin Road", "St. Louis Street": a street or building named after the place
  if (!m.suffix && next && isCap(next) && STREET_WORDS.has(next.norm) && !(next.norm === 'st' && nextNext?.text === '.' && tokens[m.tokEnd + 2] && isCap(tokens[m.tokEnd + 2]!))) return 'street or building name';
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
  // "Baker said": a one-word town name acting as a speaker is a person
  if (single && next && next.shape === 'lower' && SPEECH_VERBS.has(next.norm) && m.hits.every((h) => gaz.record(h.id).cls === 'city' && gaz.record(h.id).featureCode !== 'PPLC')) return 'a speaker, so a person';
  if (single && surnames.has(m.key)) return 'surname of a person named earlier';
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
  if (single && inTitle && ctx.lowerWords.has(m.key) && !strongClass(gaz, m.hits)) return 'common word at a sentence start';
  if (demonymOnly) return null;
  // Inside a longer capitalised run the gazetteer does not know as a whole: a place next to
  // institutional words stays a place ("Gainesville Environmental Services", "United Bank Charleston
  // Market"); next to words that look like personal names it is part of a name ("Andrew Trapani").
  const [rs, re] = capRun(tokens, m.tokStart, m.tokEnd);
  if (rs < m.tokStart || re > m.tokEnd) {
    const before = tokens.slice(rs, m.tokStart);
    const after = tokens.slice(m.tokEnd, re);
    const lastBefore = before[before.length - 1];
    if (lastBefore && PERSON_TITLES.has(lastBefore.norm)) return 'person title before the name';
    // a country's or state's name stays a place next to other names ("Israel Defense Forces",
    // "Georgia Bulldogs"); measured: restricting this to countries loses more than it gains
    const strong = strongClass(gaz, m.hits);
    if (after.length > 0 && !m.suffix) {
      // "Georgia Smith ... Smith said": the next word is used alone later, so a person
      if (surnames.has(after[0]!.norm)) return 'first name of a person';
      const afterKey = after.map((t) => t.norm).join(' ');
      if (!strong && !institutional(after[0]!) && !strongClass(gaz, gaz.lookup(afterKey))) return 'part of a longer proper name';
    }
    if (lastBefore && !strong && looksLikeName(lastBefore) && m.hits.every((h) => h.kind !== 'abbr')) return 'part of a longer proper name';
    if (after.length > 0 && ORG_HEADS.has(after[0]!.norm) && m.hits.every((h) => h.kind === 'alt') && !inTitle) return 'alternate name inside an organisation';
  }
  return null;
}
