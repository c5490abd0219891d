// The cheap tests in front of costly patterns give what the patterns alone give: the leading
// modifier before a date, and the clause a date stands in.
import { describe, expect, it } from 'vitest';
import { LEADING_MODIFIER, leadingModifier } from '../../../src/core/time/date-words.ts';
import { clauseAround } from '../../../src/core/time/chrono-dates.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';

const TOKENS = [
  'early', 'Early', 'late', 'LATE', 'on', 'On', 'of', 'in', 'the', 'hours', 'small', 'at', 'dawn', 'daybreak', 'Midnight', 'overnight',
  'into', 'to', 'soon', 'blatant', 'x', '5', '_', 'é', ',', ';', '.', 'and', ' and ', 'band', 'said', '\n',
];
const SPACES = ['', ' ', ' ', '  ', '\t', '\n', '\u00a0'];

function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => TOKENS[Math.floor(random() * TOKENS.length)]! + SPACES[Math.floor(random() * SPACES.length)]!).join('');
}

describe('date words', () => {
  it('finds the leading modifier wherever the pattern alone finds it', () => {
    const random = mulberry32(13);
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      const before = randomText(random, 1 + Math.floor(random() * 6));
      const want = LEADING_MODIFIER.exec(before);
      const got = leadingModifier(before);
      expect(got && [got.index, got[0]], JSON.stringify(before)).toEqual(want && [want.index, want[0]]);
      if (want) found++;
    }
    // Enough of the strings end in a modifier for the check to mean something.
    expect(found).toBeGreaterThan(300);
  });

  it('cuts the clause around a date where five searches for its marks would', () => {
    const reference = (text: string, start: number, end: number) => {
      const before = text.slice(Math.max(0, start - 80), start);
      const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(' and '), before.lastIndexOf('\n'));
      const after = text.slice(end, end + 40);
      const stop = after.search(/[,;.\n]|\band\b/);
      return before.slice(cut + 1) + text.slice(start, end) + (stop >= 0 ? after.slice(0, stop) : after);
    };
    const random = mulberry32(17);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(random, 5 + Math.floor(random() * 40));
      const start = Math.floor(random() * text.length);
      const end = start + Math.floor(random() * Math.min(15, text.length - start + 1));
      expect(clauseAround(text, start, end), JSON.stringify([text, start, end])).toBe(reference(text, start, end));
    }
  });
});
