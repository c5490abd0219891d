// Person-name cues: "Defense Minister Naftali Bennett said", "Chiquita Raquel Henry, 19,". The
// surnames found let later bare mentions ("Bennett said") be recognised as the same person.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import { ADMIN1_SUFFIXES, ADMIN2_SUFFIXES, COMMON_WORDS, FUNCTION_WORDS, GENERAL_ENGLISH, GIVEN_NAMES, looksLikeName, MODIFIERS, ORG_HEADS, PERSON_TITLES, SPEECH_VERBS } from './lexicon.ts';

const LOCATIVES = new Set(['in', 'at', 'near', 'outside']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'of', 'from', 'to', 'into', 'toward', 'towards', 'across', 'around', 'through', 'throughout']);

const isTitleWord = (t: Token | undefined) => Boolean(t && (t.shape === 'Title' || t.shape === 'mixed') && t.spaceBefore);

/** An initial inside a name: "D." in "Matthew D. Flores". */
const isInitial = (tokens: Token[], i: number) =>
  tokens[i + 1]?.text === '.' && !tokens[i + 1]!.spaceBefore && (tokens[i]?.text.length ?? 0) <= 2 && /^\p{Lu}$/u.test(tokens[i]!.text);

/** A capitalised word on none of the word lists (only its ending may look institutional). */
const plainWord = (t: Token) => t.shape === 'Title' && !FUNCTION_WORDS.has(t.norm) && !COMMON_WORDS.has(t.norm) && !GENERAL_ENGLISH.has(t.norm) && !ORG_HEADS.has(t.norm) && !MODIFIERS.test(t.norm);

/** A capitalised word that may be a name: "Meredith", "McDonald", "LaBelle". */
const nameShaped = (t: Token | undefined) => Boolean(t && (t.shape === 'Title' || t.shape === 'mixed'));

/**
 * Normalised names of the people the text names: the surnames of full names, and single names
 * the text itself shows to be a person's ("Parker, 8,", "Meredith noted", "Hailey, who was born").
 */
export function findSurnames(tokens: Token[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  // how often each capitalised word stands alone (not next to another capitalised word)
  const alone = new Map<string, number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.shape !== 'Title') continue;
    if (isTitleWord(tokens[k - 1]) || isTitleWord(tokens[k + 1])) continue;
    alone.set(t.norm, (alone.get(t.norm) ?? 0) + 1);
  }
  // words the text uses as places: right after "in", "at", "near"... or before ", State" ("Berea, Ky.")
  const locative = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!nameShaped(t) || isTitleWord(tokens[k + 1]) || /^['’]s$/i.test(tokens[k + 1]?.text ?? '')) continue;
    const p = tokens[k - 1]!;
    const q = tokens[k + 2];
    if ((p.shape === 'lower' && LOCATIVES.has(p.norm)) || (tokens[k + 1]?.text === ',' && q && q.shape !== 'lower' && gaz.lookup(q.norm).some((h) => h.kind !== 'alt' && h.kind !== 'demonym' && h.kind !== 'postal' && gaz.record(h.id).cls === 'admin1'))) locative.add(t.norm);
  }
  let i = 0;
  while (i < tokens.length) {
    if (!isTitleWord(tokens[i]) && !(i === 0 && tokens[0]?.shape === 'Title')) { i++; continue; }
    let e = i + 1;
    const run: Token[] = [tokens[i]!];
    for (;;) {
      if (isInitial(tokens, e) && isTitleWord(tokens[e + 2])) { e += 2; continue; }
      if (e < tokens.length && isTitleWord(tokens[e]) && !tokens[e]!.newlineBefore) { run.push(tokens[e]!); e++; continue; }
      break;
    }
    const runStart = i;
    i = e;
    // names after a title word: "Minister Naftali Bennett" -> "Naftali Bennett"
    const t = run.findLastIndex((x) => PERSON_TITLES.has(x.norm));
    // a title right before the run, or before its abbreviation dot ("Gov. Perry")
    const before = tokens[runStart - 1];
    const before2 = tokens[runStart - 2];
    const titled = t >= 0 || PERSON_TITLES.has(before?.norm ?? '') || (before?.text === '.' && PERSON_TITLES.has(before2?.norm ?? ''));
    const name = run.slice(t + 1);
    if (name.length === 0) continue;
    const last = name[name.length - 1]!;
    const after = tokens[e];
    const after2 = tokens[e + 1];
    // "Henry, 19," (an age), "Bennett said", or the surname used alone elsewhere ("Trapani's first film")
    const aged = after?.text === ',' && after2?.shape === 'number' && /^\d{1,3}$/.test(after2.text);
    const speaks = Boolean(after && after.shape === 'lower' && SPEECH_VERBS.has(after.norm));
    // (the weakest cue: a word the text also uses as a place, "Rodeo Gainesville ... a bank in
    // Gainesville", is the place, unless a given name makes the run a person: "Andrew Trapani")
    const reused = (alone.get(last.norm) ?? 0) > 0 && (GIVEN_NAMES.has(name[0]!.norm) || !locative.has(last.norm));
    // the cues first: most capitalised runs have none, and the tests below only rule names out
    // a common given name before one or two name-like words: "Gregory Jones", "Mary Day Coker"
    const given = GIVEN_NAMES.has(name[0]!.norm);
    if (!((titled && name.length <= 3) || (name.length >= 2 && name.length <= 3 && (aged || speaks || reused || given)))) continue;
    // every word must look like a personal name ("Village Malakal" is not a person)
    // (a first name may end like an institutional word: "Hillary", "Valentine", "Marion"; after a
    // title it may be any plain word, even one of the function-word lists: "the Rev. Al Meredith")
    if (name.some((x, k) => !(looksLikeName(x) || (k === 0 && name.length > 1 && (plainWord(x) || (titled && x.shape === 'Title' && !COMMON_WORDS.has(x.norm) && !ORG_HEADS.has(x.norm))))) || ADMIN1_SUFFIXES.has(x.norm) || ADMIN2_SUFFIXES.has(x.norm))) continue;
    // a country is never anyone's surname ("President of Bulgaria"), nor is a demonym ("the
    // deputy Russian foreign minister": a title before an adjective of nationality)
    if (gaz.lookup(last.norm).some((h) => h.kind === 'demonym' || (h.kind === 'name' && gaz.record(h.id).cls === 'country'))) continue;
    if (name.length > 1 && gaz.isName(name.map((x) => x.norm).join(' '))) continue;
    out.add(last.norm);
  }
  // (not a country, region or capital: "Georgia, who", "Moscow noted" are not people)
  for (const n of singleNames(tokens, locative)) {
    if (!gaz.lookup(n).some((h) => h.kind === 'demonym' || (h.kind !== 'alt' && h.kind !== 'postal' && (gaz.record(h.id).cls !== 'city' || gaz.record(h.id).featureCode === 'PPLC')))) out.add(n);
  }
  return out;
}

/** Verbs that follow a person, hardly a town, in news prose ("Meredith noted", "Kristina recalled"). */
const PERSON_VERBS = new Set(`noted explained recalled added stressed testified repeated admitted pleaded wrote laughed smiled
  joked sighed cried shrugged nodded recounted remembered asserted emphasized emphasised conceded contended countered
  replied answered estimated predicted speculated suggested apologized apologised died`.split(/\s+/));

/** Verbs whose object is a person, never a town: "stabbed Welch", "killing Welch and another teen". */
const PERSON_OBJECT_VERBS = new Set(`stabbed stabbing strangled strangling raped murdered murdering killing hugged hugging kissed
  married marrying interviewed sentenced convicted acquitted indicted`.split(/\s+/));
/** What may follow that object: the clause goes on, not a head noun ("killed Bucha residents"). */
const OBJECT_END = new Set(['.', ',', ';', ':', 'and', 'with', 'after', 'before', 'while', 'when', 'because', 'in', 'at', 'on', 'to', 'for', 'of']);
/** "Patrick is a senior at ...": a person's standing after "is a"/"was a". */
const PERSON_STANDING = new Set(`senior junior sophomore freshman student graduate pupil teenager toddler girl boy man woman
  mother father son daughter grandmother grandfather widow widower veteran retiree`.split(/\s+/));
/** A model year before a make ("a 1992 Toyota Corolla", "their red 1991 Honda"), said of a vehicle. */
const MODEL_YEAR = /^(19[5-9]\d|20[0-4]\d)$/;
const VEHICLE_WORDS = new Set(`driver drivers driving drove driven car cars vehicle vehicles pickup truck sedan suv minivan van
  motorcycle collided collision crash crashed lane lanes highway towed parked stolen broke yield`.split(/\s+/));
const VEHICLE_REACH = 20;

/** A model year before the word and a vehicle word near it: the word is a make, not a town. */
function vehicleMake(tokens: Token[], k: number): boolean {
  const y = tokens[k - 1];
  if (!y || y.shape !== 'number' || !MODEL_YEAR.test(y.text)) return false;
  for (let j = Math.max(0, k - VEHICLE_REACH); j < Math.min(tokens.length, k + VEHICLE_REACH); j++) {
    if (tokens[j]!.shape === 'lower' && VEHICLE_WORDS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * Single capitalised words the text itself marks as a person's name: an age after a comma
 * ("McDonald, 24, of Archer"), a relative "who" ("Hailey, who was born"), a verb that only people
 * do right after ("Meredith noted") or before ("stabbed Welch"), a person's standing ("Patrick is
 * a senior"); and, the same way, a vehicle's make after a model year ("a 1992 Toyota"). Never a
 * word the text also uses as a place ("in Jackson").
 */
function singleNames(tokens: Token[], locative: Set<string>): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!nameShaped(t) || locative.has(t.norm) || FUNCTION_WORDS.has(t.norm) || COMMON_WORDS.has(t.norm) || GENERAL_ENGLISH.has(t.norm) || ORG_HEADS.has(t.norm) || PERSON_TITLES.has(t.norm)) continue;
    // (a make may come with its model: "a 1992 Toyota Corolla")
    if (vehicleMake(tokens, k)) { out.add(t.norm); continue; }
    // a single word: no capitalised neighbour (a full name is findSurnames' business)
    if (isTitleWord(tokens[k + 1]) || (isTitleWord(t) && nameShaped(tokens[k - 1]))) continue;
    // "a man of Roswell, who", "the 20-year-old from Brampton said": the cue is the person's, not the place's
    if (tokens[k - 1]?.shape === 'lower' && PLACE_PREPOSITIONS.has(tokens[k - 1]!.norm)) continue;
    const a = tokens[k + 1];
    const b = tokens[k + 2];
    const c = tokens[k + 3];
    const aged = a?.text === ',' && b?.shape === 'number' && /^\d{1,2}$/.test(b.text) && (c?.text === ',' || c?.text === '.');
    const who = (a?.text === ',' && b?.norm === 'who' && b.shape === 'lower') || (a?.norm === 'who' && a.shape === 'lower');
    const acts = a?.shape === 'lower' && PERSON_VERBS.has(a.norm);
    const p = tokens[k - 1];
    const object = p?.shape === 'lower' && PERSON_OBJECT_VERBS.has(p.norm) && (!a || OBJECT_END.has(a.norm));
    const standing = (a?.norm === 'is' || a?.norm === 'was') && a.shape === 'lower' && (b?.norm === 'a' || b?.norm === 'an') && c?.shape === 'lower' && PERSON_STANDING.has(c.norm);
    if (aged || who || acts || object || standing) out.add(t.norm);
  }
  return out;
}
