// Temporal expressions: resolution against publication, caption and dateline anchors, precision and basis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/time/dates.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import type { DateValue } from '../../../src/core/types.ts';

const reference = readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8');
const dates = (text: string, published: string) => findDates(text, { sections: findSections(text), sentences: findSentences(text), published });
const one = (text: string, published = '2020-05-06'): DateValue => {
  const found = dates(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};
const brief = (d: DateValue) => [d.text, d.start, d.end, d.precision, d.partOfDay ?? null];

describe('findDates on the reference article (published Wednesday 2020-05-06)', () => {
  const found = dates(reference, '2020-05-06');
  it('resolves every expression with the right anchor', () => {
    expect(found.map(brief)).toEqual([
      ['early on January 21, 2019', '2019-01-21', '2019-01-21', 'part-of-day', 'morning'],
      ['today', '2019-01-21', '2019-01-21', 'day', null],
      ['Tuesday', '2020-05-05', '2020-05-05', 'day', null],
      ['on Monday night', '2020-05-04', '2020-05-04', 'part-of-day', 'night'],
      ['Tuesday', '2020-05-05', '2020-05-05', 'day', null],
      ['Monday', '2020-05-04', '2020-05-04', 'day', null],
    ]);
  });
  it('says why: explicit, caption date, or relative to publication', () => {
    expect(found[0]!.basis).toBe('explicit');
    expect(found[1]!.basis).toBe('relative to caption date 2019-01-21');
    expect(found[3]!.basis).toBe('relative to published 2020-05-06');
  });
  it('points spans at the exact words', () => {
    for (const d of found) expect(reference.slice(d.span.start, d.span.end)).toBe(d.text);
  });
  it('does not take "second only to" or "14 Iranian" for dates', () => {
    expect(found.some((d) => /second|14/.test(d.text))).toBe(false);
  });
});

describe('weekdays in past-tense reporting', () => {
  it.each([
    ['Wednesday', '2020-05-06'],
    ['Thursday', '2020-04-30'],
    ['on Saturday afternoon', '2020-05-02'],
    ['last Wednesday', '2020-04-29'],
    ['Monday', '2020-05-04'],
  ])('%s in an article published Wednesday 2020-05-06 is %s', (words, day) => {
    const d = one(`Troops attacked the town ${words}.`);
    expect(d.start).toBe(day);
  });
  it('allows a future weekday only when its own clause speaks of the future', () => {
    expect(one('Talks will resume on Thursday.').start).toBe('2020-05-07');
    expect(one('Jets struck the town on Thursday and officials said they will continue.').start).toBe('2020-04-30');
  });
});

describe('precision', () => {
  it.each([
    ['last month', 'month', '2020-04-01', '2020-04-30'],
    ['this month', 'month', '2020-05-01', '2020-05-06'],
    ['this week', 'week', '2020-05-04', '2020-05-06'],
    ['last week', 'week', '2020-04-27', '2020-05-03'],
    ['in 2019', 'year', '2019-01-01', '2019-12-31'],
    ['last year', 'year', '2019-01-01', '2019-12-31'],
    ['in June', 'month', '2019-06-01', '2019-06-30'],
    ['on March 3', 'day', '2020-03-03', '2020-03-03'],
    ['yesterday', 'day', '2020-05-05', '2020-05-05'],
    ['two days ago', 'day', '2020-05-04', '2020-05-04'],
  ])('%s -> %s %s..%s', (words, precision, start, end) => {
    const d = one(`The army shelled the area ${words}.`);
    expect([d.precision, d.start, d.end]).toEqual([precision, start, end]);
  });
  it('keeps part of day from modifiers chrono leaves out', () => {
    expect(brief(one('Rockets hit the base early Tuesday.'))).toEqual(['early Tuesday', '2020-05-05', '2020-05-05', 'part-of-day', 'morning']);
    expect(brief(one('Shelling began in the early hours of Monday.'))).toEqual(['in the early hours of Monday', '2020-05-04', '2020-05-04', 'part-of-day', 'night']);
    expect(brief(one('Last night a drone struck a depot.'))).toEqual(['Last night', '2020-05-05', '2020-05-05', 'part-of-day', 'night']);
  });
  it('reads "overnight" as the night that ended on the anchor day', () => {
    expect(brief(one('Russian forces shelled Kharkiv overnight, the governor said.'))).toEqual(['overnight', '2020-05-05', '2020-05-06', 'part-of-day', 'night']);
  });
  it('reads "the night of May 3-4" as one night across two days', () => {
    expect(brief(one('A raid on the night of May 3-4 killed two.'))).toEqual(['on the night of May 3-4', '2020-05-03', '2020-05-04', 'part-of-day', 'night']);
  });
  it('keeps explicit ranges', () => {
    expect(brief(one('Clashes from March 3 to March 5 killed 20.'))).toEqual(['March 3 to March 5', '2020-03-03', '2020-03-05', 'day', null]);
  });
});

describe('ranges and parts of day chrono leaves half-read (published Wednesday 2023-03-08)', () => {
  it.each([
    ['It happened on the morning of March 3.', 'morning of March 3', '2023-03-03', '2023-03-03', 'part-of-day'],
    ['Clashes between March 1 and 3 killed ten.', 'between March 1 and 3', '2023-03-01', '2023-03-03', 'day'],
    ['Shelling on 3 and 4 March killed ten.', '3 and 4 March', '2023-03-03', '2023-03-04', 'day'],
    ['Fighting from Friday to Sunday killed ten.', 'Friday to Sunday', '2023-03-03', '2023-03-05', 'day'],
    ['The town was captured in mid-2021.', 'mid-2021', '2021-01-01', '2021-12-31', 'year'],
    ['Drones attacked on Sunday night into Monday.', 'on Sunday night into Monday', '2023-03-05', '2023-03-06', 'part-of-day'],
    ['Rockets hit around 3 a.m. on Monday.', '3 a.m. on Monday', '2023-03-06', '2023-03-06', 'part-of-day'],
  ])('%s', (text, words, start, end, precision) => {
    const d = one(text, '2023-03-08');
    expect([d.text, d.start, d.end, d.precision]).toEqual([words, start, end, precision]);
  });
});

describe('anchors', () => {
  it('anchors the body to the dateline day', () => {
    const text = 'Feb. 28 (YPA) - Turkish drones struck a village on Monday, killing two.';
    const found = dates(text, '2021-03-02');
    expect(found.map(brief)).toEqual([
      ['Feb. 28', '2021-02-28', '2021-02-28', 'day', null],
      ['on Monday', '2021-02-22', '2021-02-22', 'day', null],
    ]);
    expect(found[1]!.basis).toBe('relative to dateline date 2021-02-28');
  });
  it('counts "two days later" from the previous date in the story', () => {
    const found = dates('Jets struck the town on Monday. Two days later, shelling resumed.', '2020-05-08');
    expect(found.map((d) => d.start)).toEqual(['2020-05-04', '2020-05-06']);
    expect(found[1]!.basis).toMatch(/^relative to "on Monday"/);
  });
  it('counts "the previous day" from the last event date, not from the date of the telling', () => {
    const found = dates('Jihadists attacked a convoy on Thursday, sources told AFP on Friday. The previous day, gunmen raided a village.', '2022-09-30');
    expect(found.map((d) => [d.text, d.start])).toEqual([['on Thursday', '2022-09-29'], ['on Friday', '2022-09-30'], ['The previous day', '2022-09-28']]);
  });
  it('counts "the same day" from the incident, not from "said in a statement on Monday"', () => {
    const found = dates('Gunmen killed 12 people on Sunday, the diocese said in a statement on Monday. On the same day, a mosque was attacked.', '2024-02-27');
    expect(found.map((d) => [d.text, d.start])).toEqual([['on Sunday', '2024-02-25'], ['on Monday', '2024-02-26'], ['On the same day', '2024-02-25']]);
    const telegram = dates('A drone hit a depot on Friday, the governor said on Telegram on Saturday. The next day, a second depot burned.', '2024-01-21');
    expect(telegram.map((d) => [d.text, d.start])).toEqual([['on Friday', '2024-01-19'], ['on Saturday', '2024-01-20'], ['The next day', '2024-01-20']]);
  });
  it('reads "earlier in the day" and "hours later" as the story\'s day, not the next one', () => {
    const found = dates('A drone strike hit a car on Tuesday. Rockets were fired earlier in the day. Hours later, artillery shelled two villages.', '2024-02-06');
    expect(found.map((d) => [d.text, d.start])).toEqual([['on Tuesday', '2024-02-06'], ['earlier in the day', '2024-02-06'], ['Hours later', '2024-02-06']]);
  });
  it('still dates by a weekday right after a statement that names no medium', () => {
    const found = dates('Troops raided the camp on Sunday, the army said in a long account of the fighting on Monday. The next day, they withdrew.', '2024-02-27');
    expect(found.map((d) => [d.text, d.start])).toEqual([['on Sunday', '2024-02-25'], ['on Monday', '2024-02-26'], ['The next day', '2024-02-27']]);
  });
  it('reads "In April last year" as that April, and "in June this year" up to the publication day', () => {
    const found = dates('In April last year, an air strike killed 160. In June this year, shelling hit the town. In May of last year, jets struck.', '2024-06-13');
    expect(found.map((d) => [d.text, d.start, d.end, d.precision])).toEqual([
      ['April last year', '2023-04-01', '2023-04-30', 'month'],
      ['June this year', '2024-06-01', '2024-06-13', 'month'],
      ['May of last year', '2023-05-01', '2023-05-31', 'month'],
    ]);
    // (A month and a year in different clauses stay apart.)
    expect(dates('Jets struck in April; last year, shelling hit the town.', '2024-06-13').map((d) => d.text)).toEqual(['April', 'last year']);
  });
  it('joins "on Monday and Tuesday" into one range', () => {
    expect(dates('Clashes on Monday and Tuesday killed 27.', '2023-08-17').map(brief)).toEqual([['on Monday and Tuesday', '2023-08-14', '2023-08-15', 'day', null]]);
  });
  it('leaves "a day after" undated when nothing earlier gives the day, rather than dating it after publication', () => {
    expect(dates('The attack came a day after a strike on the city.', '2023-06-29')).toEqual([]);
  });
  it('leaves a file photo’s weekday undated rather than dating it to this week', () => {
    const text = 'Strikes hit Gaza\n\nFILE PHOTO: Smoke rises over Gaza on Tuesday. REUTERS/Jane Doe\n\nThe army said it struck on Wednesday.';
    expect(dates(text, '2020-05-06').map((d) => d.text)).toEqual(['on Wednesday']);
  });
  it('does not shift publication-relative words in an undated caption', () => {
    const text = 'Strikes hit Gaza\n\nA picture taken on Tuesday shows smoke over the city.\n\nThe army said it struck.';
    expect(dates(text, '2020-05-06').map((d) => d.start)).toEqual(['2020-05-05']);
  });
});

describe('spans up to the publication day', () => {
  it('reads "over the past seven days" as the week before, not the day it began', () => {
    expect(brief(one('In all, 29 people died over the past seven days, officials said.', '2025-03-10'))).toEqual(['past seven days', '2025-03-03', '2025-03-10', 'week', null]);
  });
  it('reads "in the past 24 hours" and "the past two days" as short spans ending on the day', () => {
    expect(one('Shelling went on in the past 24 hours.', '2025-03-10')).toMatchObject({ start: '2025-03-09', end: '2025-03-10' });
    expect(one('Strikes over the past two days killed five.', '2025-03-10')).toMatchObject({ start: '2025-03-08', end: '2025-03-10', precision: 'day' });
  });
  it('leaves "seven days ago" a day', () => {
    expect(one('The strike came seven days ago.', '2025-03-10')).toMatchObject({ start: '2025-03-03', end: '2025-03-03' });
  });
});

describe('parser slips', () => {
  it('keeps every digit after "about" ("about 12 days ago" is 12 days, not 2)', () => {
    expect(one('The attack happened about 12 days ago.', '2023-04-04')).toMatchObject({ start: '2023-03-23', end: '2023-03-23' });
    expect(one('It was about 20 days ago.', '2023-04-04')).toMatchObject({ start: '2023-03-15' });
    expect(one('It was about 5 days ago.', '2023-04-04')).toMatchObject({ start: '2023-03-30' });
  });
  it('reads an ambiguous numeric stamp as the publication day when one reading is it', () => {
    expect(one('Last updated 04-10-2023 08:15', '2023-10-04')).toMatchObject({ start: '2023-10-04' });
    // Month-first stays when it is the day (or the reading not after it).
    expect(one('Posted 10/04/2023', '2023-10-04')).toMatchObject({ start: '2023-10-04' });
    expect(one('The raid on 03/05/2023 killed two.', '2023-03-06')).toMatchObject({ start: '2023-03-05' });
  });
  it('does not take a count before a weekday for a day of the month ("rose to 14 on Tuesday")', () => {
    expect(brief(one('The death toll rose to 14 on Tuesday.', '2024-06-21'))).toEqual(['on Tuesday', '2024-06-18', '2024-06-18', 'day', null]);
  });
});
