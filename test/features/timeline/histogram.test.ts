import { expect, test } from 'vitest';
import type { DateValue } from '../../../src/core/index.ts';
import { binWidth, histogram } from '../../../src/features/timeline/histogram.ts';
import { isoToDay } from '../../../src/features/timeline/days.ts';
import { nextPlaybackWindow } from '../../../src/features/timeline/use-playback.ts';

const dv = (start: string, end = start): DateValue => ({ start, end, precision: start === end ? 'day' : 'week', text: '', basis: 'explicit', span: { start: 0, end: 0 } });

test('daily bins for a short span count each event on its day and ranges in every day they touch', () => {
  const d0 = isoToDay('2020-05-01');
  const bins = histogram([dv('2020-05-04'), dv('2020-05-04'), dv('2020-05-02', '2020-05-03'), null, dv('2019-01-01')], d0, d0 + 6);
  expect(bins).toHaveLength(7);
  expect(bins.map((b) => b.count)).toEqual([0, 1, 1, 2, 0, 0, 0]);
});

test('bin width grows with the span so long timelines stay readable', () => {
  expect(binWidth(30)).toBe(1);
  expect(binWidth(400)).toBe(7);
  expect(binWidth(3000)).toBe(30);
  const d0 = isoToDay('2019-01-01');
  const bins = histogram([dv('2019-01-03'), dv('2020-05-04')], d0, isoToDay('2020-05-10'));
  expect(bins.reduce((s, b) => s + b.count, 0)).toBe(2);
  expect(bins.at(-1)!.end).toBe(isoToDay('2020-05-10') + 1);
});

test('playback slides the window forward keeping its width and stops at the end', () => {
  const next = nextPlaybackWindow({ start: 0, end: 9 }, 0, 100, 1)!;
  expect(next.end - next.start).toBe(9);
  expect(next.start).toBeGreaterThan(0);
  expect(nextPlaybackWindow({ start: 95, end: 99 }, 0, 100, 8)).toEqual({ start: 96, end: 100 });
  expect(nextPlaybackWindow({ start: 90, end: 100 }, 0, 100, 1)).toBeNull();
});

test('playback skips a stretch in which nothing would come into the window or leave it', () => {
  // Events on days 10 and 500; the axis is 0..1000, so a step is about 8 days.
  const days = { starts: [10, 500], ends: [10, 500] };
  // The window 0..20 holds day 10; the next change is day 10 leaving (start passes it), 11
  // days on, more than one step: one jump to just past it.
  expect(nextPlaybackWindow({ start: 0, end: 20 }, 0, 1000, 1, days)).toEqual({ start: 11, end: 31 });
  // Once it is gone, nothing happens until day 500 comes in: jump there in one step.
  expect(nextPlaybackWindow({ start: 11, end: 31 }, 0, 1000, 1, days)).toEqual({ start: 480, end: 500 });
  // After the last event nothing changes any more: straight to the end.
  expect(nextPlaybackWindow({ start: 501, end: 521 }, 0, 1000, 1, days)).toEqual({ start: 980, end: 1000 });
  // A step that does bring an event in is an ordinary step.
  expect(nextPlaybackWindow({ start: 480, end: 495 }, 0, 1000, 1, days)).toEqual({ start: 488, end: 503 });
});

test('a cumulative window keeps its start and grows its end, jumping to the next event', () => {
  const days = { starts: [10, 500], ends: [40, 500] };
  expect(nextPlaybackWindow({ start: 0, end: 20 }, 0, 1000, 1, days, 'cumulative')).toEqual({ start: 0, end: 500 });
  expect(nextPlaybackWindow({ start: 0, end: 0 }, 0, 1000, 1, days, 'cumulative')).toEqual({ start: 0, end: 10 });
  expect(nextPlaybackWindow({ start: 0, end: 1000 }, 0, 1000, 1, days, 'cumulative')).toBeNull();
  // Without events' days it steps evenly, as before.
  expect(nextPlaybackWindow({ start: 0, end: 20 }, 0, 1000, 1, undefined, 'cumulative')).toEqual({ start: 0, end: 28 });
});
