// The story's dates: an incident dated relative to another ("a day after the shelling") counts from
// that incident's day; an undated incident in a story about one day takes the story's day, and says so;
// an incident after a change of time ("in September last year") takes nothing. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './extract.ts';

const P = ['Aleppo', 'Damascus', 'Hama', 'Kharkiv', 'Kirkuk', 'Mosul'];
const dates = (text: string, published = '2024-06-21') => extract(text, published, P).map((e) => [e.place?.name ?? null, e.date?.start ?? null, e.date?.basis ?? null]);

describe('dates relative to another incident', () => {
  it('counts "a day after the shelling" from the shelling\'s day', () => {
    const out = dates('Shelling hit Kharkiv on Monday. A day after the shelling, a drone hit a depot in Kirkuk.');
    expect(out).toEqual([['Kharkiv', '2024-06-17', expect.any(String)], ['Kirkuk', '2024-06-18', expect.stringMatching(/1 day after the incident of 2024-06-17/)]]);
  });
  it('counts "two days before the raid" backwards', () => {
    const out = dates('Troops raided a village near Mosul on Thursday. Two days before the raid, gunmen attacked a checkpoint in Kirkuk.');
    expect(out[1]).toEqual(['Kirkuk', '2024-06-18', expect.stringMatching(/2 days before/)]);
  });
});

describe('an incident dated from the clause before it ("D, a week after ...")', () => {
  it('counts back from the date given before "a week after" and forward from one before "two days before"', () => {
    expect(dates('The offensive began on June 15, a week after gunmen attacked a checkpoint in Kirkuk.')).toEqual([['Kirkuk', '2024-06-08', expect.stringMatching(/^7 days before "June 15" \(2024-06-15\): "a week after"$/)]]);
    expect(dates('The truce was signed on June 3, two days before rebels shelled Hama.')).toEqual([['Hama', '2024-06-05', expect.stringMatching(/2 days after/)]]);
  });
  it('dates nothing from an interval that follows no date, or that a new clause parts from the trigger', () => {
    expect(dates('Talks resumed a week after gunmen attacked a checkpoint in Kirkuk.')).toEqual([['Kirkuk', null, null]]);
    expect(dates('The offensive began on June 15, a week after the talks failed, and jets struck Hama.')).toEqual([['Hama', '2024-06-15', expect.any(String)]]);
  });
});

describe('the story\'s date', () => {
  it('carries the day to a follow-up incident told without one', () => {
    const out = dates('Jets struck Aleppo on Tuesday, killing 20 people. A separate strike on a school in Hama killed five.');
    expect(out[1]).toEqual(['Hama', '2024-06-18', expect.stringMatching(/story's date/)]);
  });
  it('carries nothing after a change of time, or to an incident marked "earlier"', () => {
    expect(dates('Militants captured Mosul in September last year. During the fighting, an air strike destroyed a hospital in Kirkuk.')[1]).toEqual(['Kirkuk', null, null]);
    expect(dates('Jets struck Aleppo on Tuesday. Earlier, a drone hit a depot in Hama.')[1]).toEqual(['Hama', null, null]);
  });
  it('carries a day only within two paragraphs, unless the whole story told of one day', () => {
    const far = 'Jets struck Aleppo on Tuesday.\n\nShelling hit Damascus on Monday.\n\nThe war goes on.\n\nThe talks stalled.\n\nA drone hit a depot in Hama.';
    expect(dates(far)[2]).toEqual(['Hama', null, null]);
    const oneDay = 'Jets struck Aleppo on Tuesday.\n\nThe war goes on.\n\nThe talks stalled.\n\nThe talks resumed.\n\nA drone hit a depot in Hama.';
    expect(dates(oneDay)[1]![1]).toBe('2024-06-18');
  });
});

describe('an incident told with the day of its report, at another scene', () => {
  const text = 'On Saturday, a shell fired by the rebels hit a camp for displaced people near Minova, killing three people.\n\n'
    + 'Rwanda said on Monday that the army had shelled its territory near the border town of Rubavu, wounding two civilians.';
  it('is its own incident, and does not take the day of the one before', () => {
    const events = extract(text, '2024-12-03', []);
    expect(events).toHaveLength(2);
    const [camp, border] = events;
    expect(camp!.type).toBe('shelling');
    expect(camp!.date?.start).toBe('2024-11-30');
    expect(border!.date?.start).not.toBe('2024-11-30');
    expect(border!.injured).toEqual({ min: 2, max: 2 });
  });
  it('while a follow-up at the same scene keeps the story\'s day', () => {
    const events = extract('On Saturday, shells hit a camp near Minova, killing three people.\n\nThe shelling of the camp near Minova also wounded seven, officials said on Monday.', '2024-12-03', []);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2024-11-30');
  });
});

describe('the dates of a tally a sentence adds', () => {
  it('"The strikes hit ..., bringing to 29 the number of strikes since the campaign began on Aug. 1" is Monday\'s strikes told again', () => {
    const text = 'US aircraft carried out five strikes on militant positions in Aleppo on Monday, officials said on Tuesday.\n\n'
      + 'The strikes hit a tank and a rocket launcher, bringing to 29 the number of US strikes in Aleppo since the campaign began at the request of the government on Aug. 1.';
    const events = extract(text, '2016-08-10', ['Aleppo']);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2016-08-08');
    expect(events[0]!.excerpts).toHaveLength(2);
  });
});

describe('the capital named by its country\'s adjective, and an earlier attack counted', () => {
  const text = 'MOGADISHU (Reuters) - A suicide bomber killed at least seven police recruits at a training academy in the Somali capital on Thursday, police said.\n\n'
    + 'It was the second attack on the academy this year. In January, a similar bombing there killed 13 people.';
  it('"in the Somali capital" is the dateline\'s capital, and "It was the second attack ... this year" no event', () => {
    const { events, statements } = extractAll(text, '2024-05-16', ['MOGADISHU', 'Somali']);
    expect(events.map((e) => [e.place?.name ?? null, e.date?.start ?? null, e.fatalities?.max ?? null])).toEqual([['Mogadishu', '2024-05-16', 7], ['Mogadishu', '2024-01-01', 13]]);
    expect(statements.some((s) => s.excerpt.text.startsWith('It was the second attack'))).toBe(true);
  });
});

describe('a report date told without "that", at another town', () => {
  const text = 'A drone strike hit a market in Kharkiv on Sunday, killing 24 people, officials said.\n\n'
    + 'Separately, the army said on Monday it had repelled an attack by Russian forces on Kherson, killing dozens of fighters.';
  it('dates the report, not the incident, and the day of the one before does not carry to it', () => {
    const events = extract(text, '2025-02-03', ['Kharkiv', 'Kherson', 'Russian']);
    const kherson = events.find((e) => e.place?.name === 'Kherson');
    expect(kherson?.date?.start).toBe('2025-02-03');
    expect(kherson?.date?.basis).toMatch(/report/);
    expect(events.find((e) => e.place?.name === 'Kharkiv')?.date?.start).toBe('2025-02-02');
  });
});
