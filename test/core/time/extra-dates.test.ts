// The gates that let extraDates skip a pattern: every match of a pattern holds its gate, so
// skipping a section without it can never lose a date.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';
import { GATES, DAY_PAIR, NARRATIVE_DAY, NIGHT_OF, OVERNIGHT, YEAR, extraDates } from '../../../src/core/time/extra-dates.ts';

const SAMPLES: Record<keyof typeof GATES, [RegExp, string[]]> = {
  year: [YEAR, ['in 2019', 'DURING 1998', 'mid-2020', 'since 1850', 'Through 2001', 'late 1999', 'by 2030']],
  dayPair: [DAY_PAIR, ['between March 1 and 3', 'on MAY 3 - 4', '3 and 4 June', 'Sept. 9 to 10, 2021', '12 – 13 Dec 2019', 'between jan 5 and 7', 'Aug 1 and 2']],
  nightOf: [NIGHT_OF, ['the night of May 3-4', 'on the NIGHT of 3 to 4 May', 'The night of Jan. 30 into 31, 2020']],
  narrativeDay: [NARRATIVE_DAY, ['the previous day', 'on the Following Day', 'later that DAY', 'the day before', 'earlier that day', 'Hours earlier', 'two hours later', 'several HOURS LATER', 'earlier in the day', 'Later in the Day']],
  overnight: [OVERNIGHT, ['overnight', 'OVERNIGHT', 'Overnight']],
};

describe('extraDates gates', () => {
  for (const [name, [pattern, samples]] of Object.entries(SAMPLES) as [keyof typeof GATES, [RegExp, string[]]][]) {
    it(`every ${name} match holds its gate`, () => {
      for (const sample of samples) {
        const matches = [...`Reports said ${sample}, officials added.`.matchAll(pattern)];
        expect(matches.length, sample).toBeGreaterThan(0);
        for (const m of matches) expect(GATES[name].test(m[0]), `${name}: ${m[0]}`).toBe(true);
      }
    });
  }

  it('every match in random strings of date words, digits and spaces holds its gate', () => {
    const tokens = [
      'in', 'mid-', 'during', 'by', 'of', 'the', 'on', 'night', 'NIGHT', 'overnight', 'day', 'DAY', 'days', 'today', 'previous', 'same',
      'later', 'that', 'before', 'between', 'and', 'AND', 'to', '-', '–', 'into', 'May', 'march', 'Sept.', 'jan', '1', '3', '4', '12',
      '31', '2019', '1850', '2101', ',', '.', '\n', '\t', '\u00a0', 'people', 'the night of', 'the  following', 'later that', 'the day',
      'on the next day', 'the same\tday', 'May 3-4', '30 into 31 Jan', 'Sept 9 – 10',
    ];
    const random = mulberry32(11);
    const hits: Record<string, number> = {};
    for (let n = 0; n < 3000; n++) {
      const words = Array.from({ length: 3 + Math.floor(random() * 8) }, () => tokens[Math.floor(random() * tokens.length)]!);
      const text = words.reduce((t, w) => t + ['', ' ', ' ', '  ', '\n'][Math.floor(random() * 5)]! + w, '');
      for (const [name, [pattern]] of Object.entries(SAMPLES) as [keyof typeof GATES, [RegExp, string[]]][]) {
        if (!pattern.test(text)) continue;
        pattern.lastIndex = 0;
        hits[name] = (hits[name] ?? 0) + 1;
        expect(GATES[name].test(text), `${name}: ${JSON.stringify(text)}`).toBe(true);
      }
    }
    // The strings reach every pattern, so the check above was made for each gate.
    expect(Object.keys(hits).sort()).toEqual(Object.keys(GATES).sort());
  });

  it('a gate fails on text that only comes close to its pattern', () => {
    expect(GATES.year.test('in 1750, 21st century')).toBe(false);
    expect(GATES.dayPair.test('March 1 and the 3rd, March 1-3')).toBe(false);
    expect(GATES.narrativeDay.test('today, Monday, days later, daylong, Day1')).toBe(false);
    expect(GATES.narrativeDay.test('hours-long fighting, hours of shelling, later hours')).toBe(false);
  });

  it('still finds each kind of date through the cue gate', () => {
    const found = extraDates({ text: 'In 2019 and on the night of May 3-4, then the previous day, overnight, between March 1 and 3.', start: 0, end: 94, anchor: { date: '2020-05-06', label: 'published 2020-05-06' } });
    expect(found.map((d) => d.text)).toEqual(['In 2019', 'between March 1 and 3', 'on the night of May 3-4', 'the previous day', 'overnight']);
  });

  it('a section without any cue yields nothing', () => {
    const text = 'Officials said the talks went on without a break.';
    expect(extraDates({ text, start: 0, end: text.length, anchor: { date: '2020-05-06', label: 'published' } })).toEqual([]);
  });
});
