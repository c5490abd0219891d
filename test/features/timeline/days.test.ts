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
