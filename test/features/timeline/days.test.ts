import { expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, dayToIso, isoToDay } from '../../../src/features/timeline/days.ts';

test('ISO days round-trip and step across month, year and leap-day edges', () => {
  expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
  expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
  expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
  expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
  expect(isoToDay('1970-01-01')).toBe(0);
  fc.assert(fc.property(fc.integer({ min: -30000, max: 60000 }), (d) => {
    expect(isoToDay(dayToIso(d))).toBe(d);
  }));
});

test('days of any year a date can hold, 1 to 9999, round-trip, the years 1-99 included', () => {
  expect(dayToIso(isoToDay('0044-03-15'))).toBe('0044-03-15');
  expect(isoToDay('0100-01-01') - isoToDay('0099-12-31')).toBe(1);
  const first = isoToDay('0001-01-01');
  const last = isoToDay('9999-12-31');
  fc.assert(fc.property(fc.integer({ min: first, max: last }), (d) => {
    expect(isoToDay(dayToIso(d))).toBe(d);
  }), { seed: 9, numRuns: 2000 });
});
