import { expect, test } from 'vitest';
import { spanKey, uniqueSpans } from '../../src/shared/model/spans.ts';

test('a span given twice is kept once, in first-seen order; spans that only share a start are both kept', () => {
  const a = { start: 0, end: 40, text: 'a' };
  const b = { start: 41, end: 90, text: 'b' };
  const c = { start: 0, end: 20, text: 'c' };
  expect(uniqueSpans([b, a, { ...a }, b, c])).toEqual([b, a, c]);
  expect(uniqueSpans([])).toEqual([]);
  // The keys of a unique list are unique, even where two spans start together.
  const keys = uniqueSpans([a, c, a]).map(spanKey);
  expect(new Set(keys).size).toBe(keys.length);
});
