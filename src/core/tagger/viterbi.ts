// Best BIO tag sequence under per-token tag scores and tag-to-tag transition scores, with the
// structural rules built in: I never follows O or starts a text, and fixed tokens stay O.
import { Allowed } from './features.ts';

export const O = 0;
export const B = 1;
export const I = 2;
export const TAGS = 3;
/** Row of the transition table used for the first token. */
export const START = 3;

function allows(a: number, tag: number): boolean {
  if (tag === O) return true;
  if (a === Allowed.OnlyO) return false;
  if (tag === B) return a === Allowed.Any || a === Allowed.StartOnly;
  return a === Allowed.Any || a === Allowed.ContinueOnly;
}

let scoreScratch = new Float64Array(3072);
let backScratch = new Uint8Array(3072);

/**
 * emission[i*3 + tag] is the score of tag at token i; transition[prev*3 + tag] with prev in
 * O, B, I, START. Returns one tag per token.
 */
export function viterbi(emission: Float64Array, allowed: ArrayLike<number>, transition: Float64Array): Uint8Array {
  const n = allowed.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // Working arrays kept between calls (typed-array allocations cost more than the work here).
  if (scoreScratch.length < n * TAGS) {
    scoreScratch = new Float64Array(n * TAGS * 2);
    backScratch = new Uint8Array(n * TAGS * 2);
  }
  const score = scoreScratch;
  const back = backScratch;
  for (let t = 0; t < TAGS; t++) {
    score[t] = t !== I && allows(allowed[0], t) ? emission[t] + transition[START * TAGS + t] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    if (allowed[i] === Allowed.OnlyO) {
      // Most tokens: O is the only tag, so only its best predecessor is needed (the same
      // comparisons as below, in the same order).
      let best = -Infinity;
      let arg = O;
      for (let p = 0; p < TAGS; p++) {
        const s = score[(i - 1) * TAGS + p] + transition[p * TAGS + O];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * TAGS + O] = best + emission[i * TAGS + O];
      score[i * TAGS + B] = -Infinity;
      score[i * TAGS + I] = -Infinity;
      back[i * TAGS + O] = arg;
      continue;
    }
    for (let t = 0; t < TAGS; t++) {
      if (!allows(allowed[i], t)) {
        score[i * TAGS + t] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = O;
      for (let p = 0; p < TAGS; p++) {
        if (t === I && p === O) continue;
        const s = score[(i - 1) * TAGS + p] + transition[p * TAGS + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * TAGS + t] = best + emission[i * TAGS + t];
      back[i * TAGS + t] = arg;
    }
  }
  let last = O;
  for (let t = 1; t < TAGS; t++) if (score[(n - 1) * TAGS + t] > score[(n - 1) * TAGS + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * TAGS + tags[i]];
  return tags;
}
