// Person-name cues: "Defense Minister Naftali Bennett said", "Chiquita Raquel Henry, 19,". The
// surnames found let later bare mentions ("Bennett said") be recognised as the same person.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import { FUNCTION_WORDS, ORG_HEADS, PERSON_TITLES, SPEECH_VERBS, ADMIN1_SUFFIXES, ADMIN2_SUFFIXES } from './lexicon.ts';

const isTitleWord = (t: Token | undefined) => Boolean(t && (t.shape === 'Title' || t.shape === 'mixed') && t.spaceBefore);

/** Normalised surnames of the people the text names. */
export function findSurnames(tokens: Token[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    if (!isTitleWord(tokens[i]) && !(i === 0 && tokens[0]?.shape === 'Title')) { i++; continue; }
    let e = i + 1;
    while (e < tokens.length && isTitleWord(tokens[e]) && !tokens[e]!.newlineBefore) e++;
    const run = tokens.slice(i, e);
    i = e;
    // names after a title word: "Minister Naftali Bennett" -> "Naftali Bennett"
    let t = run.findLastIndex((x) => PERSON_TITLES.has(x.norm));
    const titled = t >= 0 || PERSON_TITLES.has(tokens[i - run.length - 1]?.norm ?? '') || PERSON_TITLES.has(tokens[i - run.length - 2]?.norm ?? '');
    const name = run.slice(t + 1);
    if (name.length === 0) continue;
    if (name.some((x) => FUNCTION_WORDS.has(x.norm) || ORG_HEADS.has(x.norm) || ADMIN1_SUFFIXES.has(x.norm) || ADMIN2_SUFFIXES.has(x.norm))) continue;
    const last = name[name.length - 1]!;
    const whole = name.map((x) => x.norm).join(' ');
    if (gaz.isName(whole) && name.length > 1) continue;
    const after = tokens[e];
    const after2 = tokens[e + 1];
    // "Henry, 19," (an age) or "Bennett said"
    const aged = after?.text === ',' && after2?.shape === 'number' && /^\d{1,3}$/.test(after2.text);
    const speaks = Boolean(after && after.shape === 'lower' && SPEECH_VERBS.has(after.norm));
    if ((titled && name.length <= 3) || (name.length >= 2 && name.length <= 3 && (aged || speaks))) {
      out.add(last.norm);
      t = 0;
    }
  }
  return out;
}
