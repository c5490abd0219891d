// The word cues that let extraDates skip a pattern: every match of a pattern holds one of its cues,
// so skipping a section without them can never lose a date.
import { describe, expect, it } from 'vitest';
import { CUES, DAY_PAIR, NARRATIVE_DAY, NIGHT_OF, OVERNIGHT, YEAR, extraDates } from '../../../src/core/time/extra-dates.ts';

const SAMPLES: Record<keyof typeof CUES, [RegExp, string[]]> = {
  year: [YEAR, ['in 2019', 'DURING 1998', 'mid-2020', 'since 1850', 'Through 2001', 'late 1999', 'by 2030']],
  dayPair: [DAY_PAIR, ['between March 1 and 3', 'on MAY 3 - 4', '3 and 4 June', 'Sept. 9 to 10, 2021', '12 – 13 Dec 2019', 'between jan 5 and 7', 'Aug 1 and 2']],
  nightOf: [NIGHT_OF, ['the night of May 3-4', 'on the NIGHT of 3 to 4 May', 'The night of Jan. 30 into 31, 2020']],
  narrativeDay: [NARRATIVE_DAY, ['the previous day', 'on the Following Day', 'later that DAY', 'the day before', 'earlier that day']],
  overnight: [OVERNIGHT, ['overnight', 'OVERNIGHT', 'Overnight']],
};

describe('extraDates cues', () => {
  for (const [name, [pattern, samples]] of Object.entries(SAMPLES) as [keyof typeof CUES, [RegExp, string[]]][]) {
    it(`every ${name} match holds one of its cues`, () => {
      for (const sample of samples) {
        const matches = [...`Reports said ${sample}, officials added.`.matchAll(pattern)];
        expect(matches.length, sample).toBeGreaterThan(0);
        for (const m of matches) expect(CUES[name].some((cue) => m[0].toLowerCase().includes(cue)), `${name}: ${m[0]}`).toBe(true);
      }
    });
  }

  it('still finds each kind of date through the cue gate', () => {
    const found = extraDates({ text: 'In 2019 and on the night of May 3-4, then the previous day, overnight, between March 1 and 3.', start: 0, end: 94, anchor: { date: '2020-05-06', label: 'published 2020-05-06' } });
    expect(found.map((d) => d.text)).toEqual(['In 2019', 'between March 1 and 3', 'on the night of May 3-4', 'the previous day', 'overnight']);
  });

  it('a section without any cue yields nothing', () => {
    const text = 'Officials said the talks went on without a break.';
    expect(extraDates({ text, start: 0, end: text.length, anchor: { date: '2020-05-06', label: 'published' } })).toEqual([]);
  });
});
