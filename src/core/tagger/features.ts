// Turns a tokenised text into, for each token that may be part of a place name, the list of
// feature strings the model weighs: shape, affixes, context words, sentence position, and the
// gazetteer's opinion of the name the token sits in. Tokens that cannot be in a name get none.
import type { Token } from './tokens.ts';
import { canContinue, canStart, tokenize } from './tokens.ts';
import type { TaggerLexicon } from './lexicon.ts';
import { lexiconHits } from './lexicon.ts';

/** Which tags a token may take: O only, O or B (a start), O or I, or any. */
export const Allowed = { OnlyO: 0, StartOnly: 1, ContinueOnly: 2, Any: 3 } as const;
export type Allowed = (typeof Allowed)[keyof typeof Allowed];

export interface TokenFeatures {
  tokens: Token[];
  allowed: Allowed[];
  /** Feature strings per token; empty for tokens fixed to O. */
  features: string[][];
}

/** Word shape with runs collapsed: "Tel" -> "Xx", "U.S." -> "X.X.", "AVIV" -> "X", "19" -> "d". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out;
}

const NONE: string[] = [];

function isAllCaps(word: string): boolean {
  return word.length > 1 && /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

// Words this close decide a lot ("in X", "X County", "X said", "Mr. X"); further away, little.
function contextWord(tokens: Token[], j: number): string {
  if (j < 0) return '<s>';
  if (j >= tokens.length) return '</s>';
  const t = tokens[j].text;
  return /^\p{N}+$/u.test(t) ? '<num>' : t.toLowerCase();
}

export function extractFeatures(text: string, lexicon: TaggerLexicon): TokenFeatures {
  const tokens = tokenize(text);
  const n = tokens.length;
  const allowed: Allowed[] = Array.from({ length: n }, () => Allowed.OnlyO);
  const features: string[][] = Array.from({ length: n }, () => NONE);
  const hits = lexiconHits(text, tokens, lexicon);
  // A capitalised word also used in lower case in the same text ("Council", "Hall") is
  // probably a common word, whatever the gazetteer says.
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!canStart(t.text)) lowerSeen.add(t.text);
  const singleClasses = new Map<string, readonly string[] | undefined>();
  // Where else the same capitalised word occurs: "in Lanexa" early on vouches for "Lanexa" later.
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (!canStart(tokens[i].text)) continue;
    const list = occurrences.get(tokens[i].text);
    if (list) list.push(i);
    else occurrences.set(tokens[i].text, [i]);
  }

  // Runs of capitalised words: "United Russia" is one name even if only "Russia" is a place.
  const runStart: number[] = Array.from({ length: n }, () => -1);
  const runEnd: number[] = Array.from({ length: n }, () => -1);
  for (let i = 0; i < n; ) {
    if (!canStart(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && canStart(tokens[j].text)) j++;
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }

  for (let i = 0; i < n; i++) {
    const w = tokens[i].text;
    const start = canStart(w);
    const cont = canContinue(w);
    allowed[i] = start ? Allowed.Any : cont ? Allowed.ContinueOnly : Allowed.OnlyO;
    if (allowed[i] === Allowed.OnlyO) continue;
    const lw = w.toLowerCase();
    const sh = shape(w);
    const pw = contextWord(tokens, i - 1);
    const nw = contextWord(tokens, i + 1);
    const ss = tokens[i].sentenceStart;
    const f: string[] = ['b', 'w=' + lw, 'sh=' + sh, 'p3=' + lw.slice(0, 3), 's3=' + lw.slice(-3), 's4=' + lw.slice(-4)];
    f.push('pw=' + pw, 'ppw=' + contextWord(tokens, i - 2), 'nw=' + nw, 'nnw=' + contextWord(tokens, i + 2));
    f.push('pw+sh=' + pw + '|' + sh, 'nw+sh=' + nw + '|' + sh);
    f.push('psh=' + (i > 0 ? shape(tokens[i - 1].text) : '<s>'), 'nsh=' + (i + 1 < n ? shape(tokens[i + 1].text) : '</s>'));
    if (ss) f.push('ss', 'ss+sh=' + sh);
    if (isAllCaps(w)) f.push('caps');
    if (start && lowerSeen.has(lw)) f.push('lower-elsewhere');
    if (start && i + 1 < n && canStart(tokens[i + 1].text)) f.push('next-cap');
    if (start && i > 0 && canStart(tokens[i - 1].text)) f.push('prev-cap');

    const hit = hits[i];
    if (start) {
      const len = runEnd[i] - runStart[i];
      const pos = len === 1 ? 'S' : i === runStart[i] ? 'B' : i === runEnd[i] - 1 ? 'E' : 'I';
      f.push('run=' + pos + Math.min(len, 4));
      if (hit && len > 1) f.push(hit.length >= len ? 'run-in-gz' : 'run-part-gz');
    }
    if (hit) {
      f.push('gz-pos=' + hit.position, 'gz-len=' + Math.min(hit.length, 4));
      for (const c of hit.classes) {
        f.push('gz=' + c, 'gz+pos=' + c + '|' + hit.position, 'gz+pw=' + c + '|' + pw, 'gz+nw=' + c + '|' + nw);
        if (ss) f.push('gz+ss=' + c);
      }
    } else f.push('gz=none', 'gz-none+pw=' + pw);
    if (start) {
      let single = singleClasses.get(w);
      if (!singleClasses.has(w)) singleClasses.set(w, (single = lexicon.classes(w)));
      if (single) for (const c of single) f.push('gz1=' + c);
    }
    if (start) {
      const others = occurrences.get(w)!;
      if (others.length > 1) {
        const seen = new Set<string>();
        for (const j of others) {
          if (j === i || seen.size >= 8) continue;
          seen.add('dpw=' + contextWord(tokens, j - 1));
          seen.add('dnw=' + contextWord(tokens, j + 1));
        }
        for (const x of seen) f.push(x);
      }
    }
    const nextHit = hits[i + 1];
    if (nextHit && nextHit.position !== 'I') for (const c of nextHit.classes) f.push('ngz=' + c);
    const prevHit = hits[i - 1];
    if (prevHit && !hit) for (const c of prevHit.classes) f.push('pgz=' + c);
    features[i] = f;
  }
  return { tokens, allowed, features };
}
