import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { B, I, O, viterbi } from '../../../src/core/tagger/viterbi.ts';
import { Allowed } from '../../../src/core/tagger/features.ts';

const NO_TRANSITIONS = new Float64Array(12);

describe('viterbi', () => {
  it('takes the best tag per token when transitions are flat', () => {
    const em = Float64Array.of(0, 2, 1, 0, 1, 3, 5, 0, 0);
    expect(Array.from(viterbi(em, [Allowed.Any, Allowed.Any, Allowed.Any], NO_TRANSITIONS))).toEqual([B, I, O]);
  });

  it('never puts I after O or first, and keeps fixed tokens O', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(0, 1, 2, 3)), { minLength: 1, maxLength: 30 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (rows, trans) => {
          const em = Float64Array.from(rows.flatMap((r) => [r[0], r[1], r[2]]));
          const allowed = rows.map((r) => r[3]);
          const tags = viterbi(em, allowed, Float64Array.from(trans));
          for (let i = 0; i < tags.length; i++) {
            if (tags[i] === I) expect(i > 0 && tags[i - 1] !== O).toBe(true);
            if (allowed[i] === Allowed.OnlyO) expect(tags[i]).toBe(O);
            if (allowed[i] === Allowed.ContinueOnly) expect(tags[i]).not.toBe(B);
            if (allowed[i] === Allowed.StartOnly) expect(tags[i]).not.toBe(I);
          }
        },
      ),
    );
  });

  it('finds the best path, not the greedy one', () => {
    // Token 0 prefers B slightly, but leaving B for O or B is heavily penalised and token 1
    // cannot be I: O,O wins.
    const trans = new Float64Array(12);
    trans[B * 3 + O] = -10;
    trans[B * 3 + B] = -10;
    const em = Float64Array.of(0, 1, 0, 0, 0, 0);
    expect(Array.from(viterbi(em, [Allowed.Any, Allowed.StartOnly], trans))).toEqual([O, O]);
  });
});
