// Transliteration spellings: the same town written by another system of romanisation ("Mokha" for
// Mocha, "Kyaukphyu" for Kyaukpyu, "Arbinda" for Aribinda). A name the gazetteer does not hold is
// tried in the spellings one such change away; see mentions.ts for when, and resolve.ts
// (dropUnsupportedSpellings) for the support a spelling needs.
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import type { RawMention } from './recognize.ts';
import { FUNCTION_WORDS } from './lexicon.ts';

/**
 * Letter groups that romanisations write for one sound, each pair both ways: Arabic kh as ch
 * (German, French) or k, and Somali x for it; ph and p (Burmese aspiration); ou and u (French); dj and j; q and k;
 * ee and i, oo and u; w and ou; y and i; sh and ch; gh and g; dh and d; th and t; the -ah, -eh
 * endings. Single vowels change or drop only inside a word (below).
 */
const SWAPS: readonly (readonly [string, string])[] = [
  ['kh', 'ch'], ['kh', 'k'], ['kh', 'h'], ['ph', 'p'], ['ph', 'f'], ['ou', 'u'], ['dj', 'j'], ['q', 'k'],
  ['ee', 'i'], ['oo', 'u'], ['w', 'ou'], ['y', 'i'], ['sh', 'ch'], ['gh', 'g'], ['dh', 'd'], ['th', 't'],
  ['x', 'kh'], ['x', 'h'], ['ai', 'ay'], ['ei', 'ay'], ['ie', 'i'], ['e', 'i'], ['o', 'u'], ['a', 'e'], ['tch', 'ch'], ['tsch', 'ch'],
];
const VOWELS = 'aeiou';
/** Shorter keys have too many neighbours to take a spelling for the name: "hama" is two changes from everything. */
const MIN_LETTERS = 5;

/**
 * The normalised keys one romanisation change from `key`: a letter group swapped for its
 * counterpart (SWAPS), a doubled letter written once or a single one doubled, a vowel added or
 * dropped between two consonants, a final h after a vowel added or dropped ("-iya", "-iyah").
 * Never the key itself; no duplicates; empty for a key of under MIN_LETTERS letters or one that
 * is not plain Latin letters and spaces.
 */
export function spellingVariants(key: string): string[] {
  if (!/^[a-z ]+$/.test(key) || key.replace(/ /g, '').length < MIN_LETTERS) return [];
  const out = new Set<string>();
  const add = (v: string): void => { if (v !== key && !/(^| ) | $/.test(v)) out.add(v); };
  for (const [a, b] of SWAPS) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      for (let i = key.indexOf(from); i >= 0; i = key.indexOf(from, i + 1)) {
        // (a swap never starts a word: a first letter is how the name is filed and said)
        if (from.length === 1 && to.length === 1 && (i === 0 || key[i - 1] === ' ')) continue;
        add(key.slice(0, i) + to + key.slice(i + from.length));
      }
    }
  }
  const vowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
  const consonant = (c: string | undefined): boolean => c !== undefined && c !== ' ' && !VOWELS.includes(c);
  for (let i = 1; i < key.length; i++) {
    const c = key[i]!;
    const before = key[i - 1];
    const after = key[i + 1];
    if (c === before && c !== ' ') add(key.slice(0, i) + key.slice(i + 1));
    else if (consonant(c) && !'hwy'.includes(c) && vowel(before) && vowel(after)) add(key.slice(0, i) + c + key.slice(i));
    if (consonant(before) && consonant(c)) for (const v of VOWELS) add(key.slice(0, i) + v + key.slice(i));
    if (vowel(c) && consonant(before) && consonant(after)) add(key.slice(0, i) + key.slice(i + 1));
  }
  if (/[aeiou]h$/.test(key)) add(key.slice(0, -1));
  else if (/[aeiou]$/.test(key)) add(`${key}h`);
  return [...out];
}

/** One spelling the gazetteer holds for a name it does not: the key, and the places it names. */
export interface Spelling {
  key: string;
  hits: readonly NameHit[];
}

/**
 * The gazetteer's spellings one romanisation change from `key` that name a town, district or
 * region (not a country, a demonym, an abbreviation or a postal code: those are not spelled
 * otherwise). Empty when the gazetteer holds `key` itself.
 */
export function spellingsOf(gaz: Gazetteer, key: string): Spelling[] {
  if (gaz.isName(key)) return [];
  const out: Spelling[] = [];
  for (const v of spellingVariants(key)) {
    const hits = gaz.lookup(v).filter((h) => (h.kind === 'name' || h.kind === 'variant' || h.kind === 'alt') && gaz.record(h.id).cls !== 'country');
    if (hits.length) out.push({ key: v, hits });
  }
  return out;
}

/** Words before a name that make it a place: "in Arbinda", "off Mokha", "near Razmak", "shelled Kupyansk". */
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'off', 'around', 'inside', 'at', 'into', 'across', 'through',
  'attacked', 'struck', 'shelled', 'bombed', 'bombarded', 'pounded', 'stormed', 'raided', 'captured', 'recaptured', 'seized', 'besieged', 'entered', 'liberated']);
/** Words before "of" that make the name after it a place: "the outskirts of Kyaukphyu", "the port of Mokha", "north of X". */
const PLACE_OF = new Set(['town', 'village', 'city', 'port', 'district', 'province', 'governorate', 'region', 'area', 'neighbourhood', 'neighborhood', 'outskirts', 'edge', 'suburbs', 'centre', 'center', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** The longest run of capitalised words tried as one name. */
const MAX_WORDS = 3;

/**
 * Mentions of names the gazetteer holds only in another romanisation: a run of one to three
 * capitalised words that no matched name covers (`raw`, vetoed ones included, and `kept`), in a
 * place slot (PLACE_BEFORE, or PLACE_OF then "of"), that ends there (no capitalised word, possessive
 * or hyphen after it), with spellings in the gazetteer (spellingsOf). Each is marked `spelling`,
 * so that it stands only in a country the article names (resolve.ts dropUnsupportedSpellings).
 */
export function spellingMentions(tokens: readonly Token[], gaz: Gazetteer, raw: readonly RawMention[], kept: readonly RawMention[]): RawMention[] {
  const covered = new Uint8Array(tokens.length);
  for (const list of [raw, kept]) for (const m of list) covered.fill(1, m.tokStart, m.tokEnd);
  const out: RawMention[] = [];
  const cache = new Map<string, readonly NameHit[]>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.shape !== 'Title' || covered[i] || !inPlaceSlot(tokens, i)) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_WORDS && tokens[end]!.shape === 'Title' && !covered[end] && !tokens[end]!.newlineBefore) end++;
    const next = tokens[end];
    if (next && !next.newlineBefore && (next.shape === 'Title' || next.shape === 'UPPER' || next.text === '-' || next.text === "'s" || next.text === '’s' || covered[end])) continue;
    let key = tokens[i]!.norm;
    for (let k = i + 1; k < end; k++) key += ` ${tokens[k]!.norm}`;
    if (FUNCTION_WORDS.has(key)) continue;
    let hits = cache.get(key);
    if (!hits) {
      const seen = new Set<number>();
      const all: NameHit[] = [];
      for (const sp of spellingsOf(gaz, key)) for (const h of sp.hits) if (!seen.has(h.id)) { seen.add(h.id); all.push({ id: h.id, kind: 'variant' }); }
      cache.set(key, (hits = all));
    }
    if (hits.length) out.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, key, hits, tokStart: i, tokEnd: end, sentenceInitial: false, inHeadline: false, spelling: true });
    i = end - 1;
  }
  return out;
}

function inPlaceSlot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  if (prev.shape !== 'lower' || tokens[i]!.newlineBefore) return false;
  if (PLACE_BEFORE.has(prev.norm)) return true;
  const before = tokens[i - 2];
  return prev.norm === 'of' && before !== undefined && before.shape === 'lower' && PLACE_OF.has(before.norm);
}
