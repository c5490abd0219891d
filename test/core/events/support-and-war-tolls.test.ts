// Words around an incident that are no incident of their own: a support named in passing ("backed by
// U.S. airstrikes"), a year-long offensive, a war's toll told in the perfect; and the same strike told
// by the army with "its aircraft".
import { describe, expect, it } from 'vitest';
import { brief, extract, extractAll } from './extract.ts';

describe('a support named in passing', () => {
  it('is no airstrike, and its country is no scene of the action it backs', () => {
    const text = 'The government, backed by African Union forces and U.S. airstrikes, launched an offensive against al-Shabaab last year.';
    const { events, statements } = extractAll(text, '2024-02-12', ['U.S.']);
    expect(events).toEqual([]);
    expect(statements.map((s) => [s.trigger.text, s.mode])).toEqual(expect.arrayContaining([['airstrikes', 'historical'], ['offensive', 'historical']]));
  });
  it('gives the action it backs no scene at the supporting country', () => {
    const events = extract('The government, backed by U.S. airstrikes, launched an offensive against al-Shabaab on Monday.', '2024-02-12', ['U.S.']);
    expect(events.map((e) => [e.type, e.place?.name ?? null])).toEqual([['armed_clash', null]]);
    // ... nor another incident told beside them: "after U.S. airstrikes", "amid U.S. airstrikes".
    const after = extract('Somali troops launched an offensive on Monday after U.S. airstrikes.', '2024-02-12', ['U.S.']);
    expect(after.map((e) => [e.type, e.place?.name ?? null])).toEqual([['armed_clash', null], ['air_strike', null]]);
    // (A country before its own noun stays that noun's to judge: "Jilib" is the scene of "U.S. airstrikes" there.)
    expect(extract('U.S. airstrikes hit Jilib on Monday.', '2024-02-12', ['U.S.', 'Jilib']).map((e) => e.place?.name)).toEqual(['Jilib']);
  });
  it('keeps the action it backs when that has a day', () => {
    const events = extract('Troops backed by air strikes stormed Jilib on Monday.', '2024-02-12', ['Jilib']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['raid', 'Jilib']]);
  });
  it('still reads airstrikes after "by" with a verb between as their own (negative)', () => {
    const events = extract('Soldiers backed by tanks advanced, and U.S. airstrikes hit Jilib on Monday.', '2024-02-12', ['U.S.', 'Jilib']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['air_strike', 'Jilib']]);
  });
});

describe('an offensive dated only to its year', () => {
  it('is a campaign, but one launched on a day or in a month is an incident', () => {
    expect(extract('The army launched an offensive near Jilib in 2023.', '2024-02-12', ['Jilib'])).toEqual([]);
    expect(extract('The army launched an offensive near Jilib on Monday.', '2024-02-12', ['Jilib']).map((e) => e.type)).toEqual(['armed_clash']);
    expect(extract('Last month, the army launched an offensive near Jilib.', '2024-02-12', ['Jilib']).map((e) => e.type)).toEqual(['armed_clash']);
  });
});

describe('a war toll in the perfect', () => {
  it('is no part of the strike told before, and does not widen its toll', () => {
    const text = 'An Israeli drone strike on a car in southern Lebanon killed a commander on Tuesday. Israel and Hezbollah have exchanged fire since October. More than 200 people have been killed in Lebanon, most of them fighters.';
    const events = extract(text, '2024-02-06', ['Lebanon']);
    expect(events).toHaveLength(1);
    expect(events[0]!.fatalities).toEqual({ min: 1, max: 1 });
    expect(events[0]!.excerpts.map((x) => x.text)).not.toContain('More than 200 people have been killed in Lebanon, most of them fighters.');
  });
  it('keeps a count that died in an incident, or a small one (negative)', () => {
    expect(extract('More than 100 people have been killed in the strike on Aleppo.', '2024-02-06', ['Aleppo']).map(brief).map((b) => b.place)).toEqual(['Aleppo']);
    expect(extract('Twelve people have been killed in Aleppo, medics said on Tuesday.', '2024-02-06', ['Aleppo'])).toHaveLength(1);
  });
});

describe("the army's own account of a drone strike", () => {
  it('merges "its aircraft had struck" in a named area into the drone strike told before', () => {
    const text = 'An Israeli drone strike on a car in southern Lebanon killed a commander on Tuesday. The Israeli military said its aircraft had struck a militant in the area of Nabatieh.';
    const events = extract(text, '2024-02-06', ['Lebanon', 'Israeli', 'Nabatieh']);
    expect(events.map((e) => [e.type, e.place?.name, e.excerpts.length])).toEqual([['drone_strike', 'Nabatieh', 2]]);
  });
  it('keeps warplanes apart from a drone strike (negative)', () => {
    const text = 'An Israeli drone strike on a car in southern Lebanon killed a commander on Tuesday. Israeli warplanes struck a building in the area of Nabatieh.';
    expect(extract(text, '2024-02-06', ['Lebanon', 'Israeli', 'Nabatieh'])).toHaveLength(2);
  });
});

describe('a day told before the next sentence opens on an hour', () => {
  it('dates the first sentence by its day', () => {
    const events = extract('Jets struck Jilib on Sunday. At 10 p.m. a drone hit Aleppo.', '2024-02-12', ['Jilib', 'Aleppo']);
    expect(events.map((e) => [e.place?.name, e.date?.start ?? null])[0]).toEqual(['Jilib', '2024-02-11']);
    expect(events[0]!.date?.text).toBe('on Sunday');
  });
});
