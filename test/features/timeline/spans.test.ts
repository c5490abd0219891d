import { expect, test } from 'vitest';
import { packSpans } from '../../../src/features/timeline/spans.ts';

const px = (day: number) => day * 2;

test('spans that do not overlap share a lane; overlapping ones stack', () => {
  const placed = packSpans(
    [
      { start: 0, end: 9 },
      { start: 5, end: 14 },
      { start: 20, end: 29 },
      { start: 6, end: 7 },
    ],
    px,
    3,
  );
  const lane = (start: number, end: number) => placed.find((p) => p.start === start && p.end === end)!.lane;
  expect(lane(0, 9)).toBe(0);
  expect(lane(5, 14)).toBe(1);
  expect(lane(6, 7)).toBe(2);
  // Day 20 starts well after day 9 ends: back in the top lane.
  expect(lane(20, 29)).toBe(0);
});

test('more overlapping spans than lanes reuse the lane that frees first, never a lane that is not there', () => {
  const placed = packSpans(Array.from({ length: 6 }, (_, i) => ({ start: i, end: 30 + i })), px, 3);
  expect(placed).toHaveLength(6);
  expect(Math.max(...placed.map((p) => p.lane))).toBe(2);
  expect(placed.filter((p) => p.lane === 0)).toHaveLength(2);
});

test('two bars in one lane keep a gap between them', () => {
  // Day 10 starts where day 9 ends (pixel 20): too tight, so it goes below.
  const placed = packSpans([{ start: 0, end: 9 }, { start: 10, end: 12 }], px, 2);
  expect(placed.map((p) => p.lane)).toEqual([0, 1]);
});
