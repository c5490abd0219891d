// Words that look like dates and are not: they must produce no DateValue.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/time/dates.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';

const dates = (text: string) => findDates(text, { sections: findSections(text), sentences: findSentences(text), published: '2020-05-06' });

describe('not dates', () => {
  it.each([
    'a threat second only to its nuclear program',
    'The strike killed 14 Iranian militants.',
    'Supporters march on the capital.',
    'Iran may strike back.',
    'the Sunday Times reported',
    'Right now, nobody knows.',
    'The meeting ended at 10 a.m.',
    'It flew 1,000 kilometers from home.',
    'Route 2020 was closed.',
    // Durations, lower-case words that abbreviate weekdays, and intervals counted from another event.
    'Troops and rebels exchanged fire for several hours.',
    'The siege went on for two weeks.',
    'A burnt car sat in the crater.',
    'The sun rose over the ruins.',
    'The raid came six months after the truce collapsed.',
    'Aid arrived a week before the flood hit.',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
  it('keeps the real dates next to those words', () => {
    expect(dates('On Monday they fought for several hours; the talks on Sat. 2 May failed.').map((d) => d.text)).toEqual(['On Monday', 'on Sat. 2 May']);
    expect(dates('The strike came on 2 May, a week after the truce collapsed.').map((d) => d.text)).toEqual(['on 2 May']);
  });
  it('finishes quickly on long pathological input', () => {
    const text = 'Monday Tuesday 2019 overnight the night of '.repeat(2000);
    const t0 = performance.now();
    dates(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
