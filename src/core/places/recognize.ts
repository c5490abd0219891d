// Toponym recognition: finds the capitalised names the gazetteer knows (longest match first),
// "X County"/"X Province" forms, abbreviations and demonyms. What is not a place is vetoed later
// (veto.ts).
import type { Section, Span } from '../types.ts';
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import { ADMIN1_SUFFIXES, ADMIN2_SUFFIXES, FUNCTION_WORDS, NAME_CONNECTORS, ORG_HEADS, PERSON_TITLES } from './lexicon.ts';
import type { Facility } from './facilities.ts';
import { normalizeName } from '../text/normalize.ts';

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
  /** A named facility (facilities.ts): an airport the gazetteer holds, or one named after the place in `hits`. */
  facility?: Facility;
  /** The gazetteer holds the name in another romanisation only (spellings.ts): `hits` are that spelling's places. */
  spelling?: true;
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
    const prev = tokens[i - 1]!;
    if (prev.shape !== 'punct') continue;
    const p = prev.text;
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

function usable(gaz: Gazetteer, hits: readonly NameHit[], tokens: Token[], i: number, end: number, text: string, key: string): readonly NameHit[] {
  const dotted = tokens[i]!.text.includes('.');
  if (!dotted && hits.every((h) => h.kind === 'name' || h.kind === 'variant' || h.kind === 'demonym')) return hits;
  const surface = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
  const allCaps = /\p{L}/u.test(surface) && surface === surface.toUpperCase();
  // "E.U.", "U.N.": dotted initials are abbreviations or nothing, never a town called "Eu"
  const initials = /^(\p{L}\.){2,}$/u.test(surface);
  const dotAfter = text[tokens[end - 1]!.end] === '.' || surface.endsWith('.');
  return hits.filter((h) => {
    if (initials && h.kind !== 'abbr') return false;
    // "US", "UK" only in capitals; "Tex." only with its dot; postal codes only after "City, "
    // two letters ("BC", "SA") are initials unless dotted, except a country's ("US", "UK")
    if (h.kind === 'abbr') return (allCaps || dotAfter) && (surface.replace(/\./g, '').length > 2 || dotAfter || gaz.record(h.id).cls === 'country' || gaz.record(h.id).cls === 'region');
    if (h.kind === 'postal') return false;
    // "Pat" for Patna, "Far" for Fargo, "Bud" for Budapest: an alternate that only cuts the name
    // short is an abbreviation, a place only with its dot ("Phila."); bare, it is a word or a name
    if (h.kind === 'alt' && !dotAfter && isTruncation(key, gaz.record(h.id).name)) return false;
    // The build keeps alternate names only where they find more than they mislead (places of
    // 100,000+, capitals, and every place in the countries of conflict reporting); an alternate of
    // a small town still needs the article to name its country (dropUnsupportedAlternates).
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
    // No name of more words than this starts with the window's first word: longer keys cannot be
    // in the gazetteer, so they are not looked up (the window itself is kept whole: its extent
    // decides where a "X County" suffix is sought).
    const longest = w.keys.length > 1 ? gaz.longestNameFrom(firstWord(w.keys[w.keys.length - 1]!)) : 1;
    let found: RawMention | null = null;
    for (let k = w.keys.length - 1; k >= 0; k--) {
      const end = w.ends[k]!;
      if (k > 0 && wordCount(w.keys[k]!) > longest) continue;
      const hits = usable(gaz, gaz.lookup(w.keys[k]!), tokens, i, end, text, w.keys[k]!);
      if (hits.length === 0) continue;
      // "Dublin City Council": "X City" before an institution is the town X unless "X City" is itself a town
      if (k > 0 && tokens[end - 1]!.norm === 'city' && tokens[end] && ORG_HEADS.has(tokens[end]!.norm)
        && !hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'city')) continue;
      found = mention(text, tokens, i, end, w.keys[k]!, hits);
      break;
    }
    // "Rapides Parish", "Laurel County": a county form even when the base name is unknown (the
    // window then already holds the suffix word: the form ends there)
    let suffixAt = found ? found.tokEnd : (w.ends[w.ends.length - 1] ?? i + 1);
    // (not from a capitalised function word: "In Kharkiv Oblast" is sought again from "Kharkiv")
    if (!found && !FUNCTION_WORDS.has(t.norm)) {
      const inner = w.ends.findIndex((e, k) => k > 0 && isSuffixWord(tokens[e - 1]!));
      if (inner > 0) suffixAt = w.ends[inner]! - 1;
    }
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
    // "the northern Hama countryside", "rural Damascus", "the countryside of Aleppo": the province around
    // the town (Syrian reporting's word for it), not the town.
    if (found && !found.suffix && countryside(tokens, found.tokStart, found.tokEnd) && hasAdmin1(gaz, found.hits)) found.suffix = 'admin1';
    // "a Washington state farm", "in the state of Washington", "the northwestern province of Idlib": the
    // state or province, where the name has one
    if (found && !found.suffix) {
      const before = tokens[found.tokStart - 1];
      const unit = tokens[found.tokStart - 2];
      const stateOf = before?.norm === 'of' && unit?.shape === 'lower' && (unit.norm === 'state' || ADMIN1_SUFFIXES.has(unit.norm));
      if (((lowerSuffix?.shape === 'lower' && lowerSuffix.norm === 'state') || stateOf || stateCue(tokens, found)) && hasAdmin1(gaz, found.hits)) found.suffix = 'admin1';
    }
    if (found) {
      out.push(found);
      i = found.tokEnd;
    } else i++;
  }
  pluralSuffixes(tokens, out);
  return out;
}

// "the Belgorod, Kursk and Bryansk regions", "Idlib and Hama provinces": a plural suffix after a list
// of names makes every name of the list its region.
const PLURAL_ADMIN1 = /^(?:regions|provinces|governorates|oblasts|prefectures|states)$/;

function pluralSuffixes(tokens: Token[], out: RawMention[]): void {
  for (let k = 0; k < out.length; k++) {
    const after = tokens[out[k]!.tokEnd];
    if (!after || after.shape !== 'lower' || !PLURAL_ADMIN1.test(after.norm) || out[k]!.suffix) continue;
    let j = k;
    // (Joined only by commas and "and": "Belgorod, Kursk and", "Idlib and".)
    while (j > 0 && !out[j - 1]!.suffix && tokens.slice(out[j - 1]!.tokEnd, out[j]!.tokStart).every((t) => t.norm === ',' || t.norm === 'and')
      && out[j - 1]!.tokEnd < out[j]!.tokStart) j--;
    if (j === k) continue;
    for (let x = j; x <= k; x++) out[x]!.suffix = 'admin1';
  }
}

/** "pat" of "Patna": a one-word key that is the start of the record's longer one-word name. */
function isTruncation(key: string, name: string): boolean {
  if (key.includes(' ') || name.length < key.length + 2) return false;
  const n = normalizeName(name);
  return !n.includes(' ') && n.startsWith(key);
}

const STATE_OFFICES = /^(governor|governors|gov|legislature|legislators|lawmakers|assembly|senate|senator|senators|statehouse)$/;

/**
 * "upstate New York", "New York's governor", "the New York legislature", "Governor of New York":
 * words that make a name shared by a state and its big city the state.
 */
function stateCue(tokens: Token[], m: RawMention): boolean {
  const before = tokens[m.tokStart - 1];
  if (before && /^(upstate|downstate)$/.test(before.norm)) return true;
  if (before?.norm === 'of' && STATE_OFFICES.test(tokens[m.tokStart - 2]?.norm ?? '')) return true;
  let j = m.tokEnd;
  if (tokens[j] && /^['’]s?$/.test(tokens[j]!.text)) j++;
  return STATE_OFFICES.test(tokens[j]?.norm ?? '');
}

function hasAdmin1(gaz: Gazetteer, hits: readonly NameHit[]): boolean {
  return hits.some((h) => h.kind === 'name' && gaz.record(h.id).cls === 'admin1');
}

function isSuffixWord(t: Token): boolean {
  return isCap(t) && (ADMIN2_SUFFIXES.has(t.norm) || ADMIN1_SUFFIXES.has(t.norm));
}

function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

function wordCount(key: string): number {
  let n = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) n++;
  return n;
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

// ("the northern Hama countryside", "rural Damascus", "the countryside of the Aleppo ...")
function countryside(tokens: Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after?.shape === 'lower' && after.norm === 'countryside') return true;
  const before = tokens[start - 1];
  if (before?.shape === 'lower' && before.norm === 'rural') return true;
  const b2 = tokens[start - 2];
  const b3 = tokens[start - 3];
  return (before?.norm === 'of' && b2?.norm === 'countryside') || (before?.norm === 'the' && b2?.norm === 'of' && b3?.norm === 'countryside');
}
