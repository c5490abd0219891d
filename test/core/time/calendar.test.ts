// Day arithmetic on YYYY-MM-DD strings across month, year and leap-day boundaries.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidYmd, monthEnd, parseYmd, weekStart, weekday, weekdayOnOrBefore } from '../../../src/core/time/calendar.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';

describe('calendar', () => {
  it('reads a date as split-on-hyphens would, for any string', () => {
    const random = mulberry32(9);
    const pieces = ['2020', '05', '6', '-', '-', '', 'x', ' ', '1e3', '0x1', '.5'];
    for (let n = 0; n < 3000; n++) {
      const value = Array.from({ length: Math.floor(random() * 7) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      const [y, m, d] = value.split('-').map(Number);
      expect(parseYmd(value), JSON.stringify(value)).toEqual({ y, m, d });
    }
    expect(parseYmd('2020-05-06')).toEqual({ y: 2020, m: 5, d: 6 });
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(daysBetween('2019-12-31', '2020-03-01')).toBe(61);
  });
  it('finds the most recent weekday on or before a day', () => {
    expect(weekday('2020-05-06')).toBe(3);
    expect(weekdayOnOrBefore('2020-05-06', 1)).toBe('2020-05-04');
    expect(weekdayOnOrBefore('2020-05-06', 3)).toBe('2020-05-06');
    expect(weekdayOnOrBefore('2020-05-06', 3, true)).toBe('2020-04-29');
    expect(weekdayOnOrBefore('2021-01-01', 4)).toBe('2020-12-31');
  });
  it('knows weeks, month ends and real days', () => {
    expect(weekStart('2020-05-10')).toBe('2020-05-04');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 2, 29)).toBe(true);
  });
});
