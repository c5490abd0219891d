// A DateValue holds YYYY-MM-DD days of the years 0001-9999 and nothing else: dates the words put
// outside ("3000 years ago", "in 99999 months") are left out with a warning that says why, never
// written as "-980-01-01" or "10020-01-01" (which the app's own import then refused), and day
// arithmetic in the years 1-99 is not read as 1901-1999.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPublished, InvalidDateError } from '../../../src/core/index.ts';
import { addDays, daysBetween, isCalendarDay, monthEnd, weekday } from '../../../src/core/time/calendar.ts';
import { analyze } from '../../helpers/engine.ts';


function allDays(text: string, published: string) {
  const a = analyze(text, { published });
  const days = [...a.dates.flatMap((d) => [d.start, d.end]), ...a.events.flatMap((e) => (e.date ? [e.date.start, e.date.end] : []))];
  return { a, days };
}

describe('dates a DateValue cannot hold', () => {
  it.each([
    ['Shelling hit Homs 3000 years ago, the archaeologists joked.', '3000 years ago'],
    ['The city was founded 2020 years ago and shelled on Monday.', '2020 years ago'],
    ['A raid in Gaza 1000000 days ago was recalled.', '1000000 days ago'],
    ['The strike on Aleppo will be remembered in 99999 months.', 'in 99999 months'],
    ['Troops withdrew from Idlib 99999 months ago.', '99999 months ago'],
  ])('%s', (text, words) => {
    const { a, days } = allDays(text, '2020-05-06');
    for (const d of days) expect(isCalendarDay(d), d).toBe(true);
    expect(a.dates.some((d) => d.text.includes(words))).toBe(false);
    expect(a.warnings.join(' ')).toContain(`"${words}"`);
    expect(a.warnings.join(' ')).toMatch(/left out: Dateline holds dates from the year 1 to 9999 only/);
  });

  it('keeps ordinary dates, and dates near the ends of the range, untouched and without a warning', () => {
    const { a } = allDays('Israeli jets struck Damascus on Monday night and in 2019.', '2020-05-06');
    expect(a.dates.map((d) => [d.start, d.end])).toEqual([['2020-05-04', '2020-05-04'], ['2019-01-01', '2019-12-31']]);
    expect(a.warnings.filter((w) => w.includes('left out'))).toEqual([]);
    expect(allDays('A strike hit Homs yesterday.', '0001-01-02').days).toContain('0001-01-01');
    expect(allDays('A strike hit Homs yesterday.', '9999-12-31').days).toContain('9999-12-30');
  });

  it('leaves out what counting from the first or last day would push outside', () => {
    const early = allDays('A strike hit Homs yesterday.', '0001-01-01');
    expect(early.a.dates).toEqual([]);
    expect(early.a.warnings.join(' ')).toContain('"yesterday"');
    const late = allDays('A strike hit Homs on 31 December 9999. The next day a raid hit Gaza.', '9999-12-31');
    for (const d of late.days) expect(isCalendarDay(d), d).toBe(true);
    expect(late.a.warnings.join(' ')).toContain('"The next day"');
  });

  it('never writes a malformed day, whatever number of years, months, weeks or days back or ahead', () => {
    const unit = fc.constantFrom('years', 'months', 'weeks', 'days');
    const when = fc.constantFrom('ago', 'later', 'from now', 'earlier');
    const published = fc.integer({ min: 1, max: 9999 }).map((y) => `${String(y).padStart(4, '0')}-06-15`);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), unit, when, published, (n, u, w, p) => {
        for (const d of allDays(`Shelling hit Homs ${n} ${u} ${w}.`, p).days) expect(isCalendarDay(d), `${n} ${u} ${w} from ${p}: ${d}`).toBe(true);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});

describe('the calendar in the years 1 to 99', () => {
  it('counts days there, not in 1901-1999', () => {
    expect(addDays('0050-02-28', 1)).toBe('0050-03-01');
    expect(addDays('0001-01-01', 365)).toBe('0002-01-01');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(monthEnd('0004-02-10')).toBe('0004-02-29');
    // 0001-01-01 was a Monday in the proleptic Gregorian calendar.
    expect(weekday('0001-01-01')).toBe(1);
  });

  it('accepts publication dates there and refuses the year 0 and five-digit years', () => {
    expect(checkPublished('0044-03-15')).toBe('0044-03-15');
    expect(checkPublished(' 0001-01-01 ')).toBe('0001-01-01');
    for (const bad of ['0000-01-01', '10000-01-01', '-980-01-01', '0000-6313-01', '2021-02-29']) expect(() => checkPublished(bad)).toThrow(InvalidDateError);
    expect(isCalendarDay('9999-12-31')).toBe(true);
    expect(isCalendarDay('0000-12-31')).toBe(false);
  });
});
