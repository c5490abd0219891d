// One event per place and casualties that add up: an outcome told at a second place is a second event;
// the number of strikes is not the toll; a war-wide total never widens an incident's toll; vague
// quantities are ranges; an updated toll revises the earlier one; a page stamp dates no event.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const P = ['Aleppo', 'Damascus', 'Kharkiv', 'Kyiv', 'Mosul', 'Kirkuk', 'Zaporizhzhia', 'Syria'];
const run = (text: string, published = '2024-06-21') => extract(text, published, P).map((e) => ({
  type: e.type, place: e.place?.name ?? null, date: e.date?.start ?? null, killed: e.fatalities, injured: e.injured ?? null,
}));

describe('one event per place', () => {
  it('splits "killed two in X and wounded nine in Y" into two events of the same attack', () => {
    expect(run('A Russian drone attack on Friday killed two people in Kharkiv and wounded nine in Zaporizhzhia.')).toEqual([
      { type: 'drone_strike', place: 'Kharkiv', date: '2024-06-21', killed: { min: 2, max: 2 }, injured: null },
      { type: 'drone_strike', place: 'Zaporizhzhia', date: '2024-06-21', killed: null, injured: { min: 9, max: 9 } },
    ]);
  });
  it('does not split when the outcome is told at the same place', () => {
    expect(run('Shelling killed two people in Kharkiv and wounded nine in Kharkiv on Monday.')).toHaveLength(1);
  });
  it('makes an injury-only incident with a place of its own an event, and a placeless one a toll', () => {
    expect(run('The war entered its third year. Five soldiers were wounded in Mosul on Friday.')).toEqual([
      { type: 'other', place: 'Mosul', date: '2024-06-21', killed: null, injured: { min: 5, max: 5 } },
    ]);
    expect(run('Shelling hit Kharkiv on Monday. Five people were wounded.')).toEqual([
      { type: 'shelling', place: 'Kharkiv', date: '2024-06-17', killed: null, injured: { min: 5, max: 5 } },
    ]);
  });
});

describe('casualties that add up', () => {
  it('does not take the number of strikes for the toll', () => {
    expect(run('Two airstrikes killed 14 fighters near Aleppo on Sunday.')[0]!.killed).toEqual({ min: 14, max: 14 });
  });
  it('keeps a war-wide total off the incident', () => {
    const out = run('Airstrikes on Aleppo killed 12 civilians on Tuesday, officials said. Some 20,000 people have died in the conflict since 2016.');
    expect(out.map((e) => e.killed)).toEqual([{ min: 12, max: 12 }]);
  });
  it('reads vague quantities as ranges', () => {
    expect(run('Dozens of residents died in airstrikes on Aleppo on Monday.')[0]!.killed).toEqual({ min: 24, max: 99 });
  });
  it('lets an updated toll revise the earlier one, and two plain reports widen', () => {
    expect(run('A car bomb killed five people in Mosul on Monday. The death toll rose to 14 on Tuesday.')[0]!.killed).toEqual({ min: 14, max: 14 });
    expect(run('A car bomb killed five people in Mosul on Monday. Officials said the bombing killed seven.')[0]!.killed).toEqual({ min: 5, max: 7 });
  });
});

describe('a convoy that struck a mine', () => {
  it('is one bombing, not a strike and a bombing', () => {
    expect(run('A convoy struck a mine near Mosul on Monday, wounding two soldiers.').map((e) => e.type)).toEqual(['bombing']);
  });
});

describe('page stamps', () => {
  it('dates no event by an "Updated" or "date" stamp', () => {
    const out = run('Drone strike hits Kyiv\n\nUpdated 19-06-2024 08:15\n\nA Russian drone hit an apartment block in Kyiv on Wednesday night.');
    expect(out.map((e) => e.date)).toEqual(['2024-06-19']);
    expect(run('date 2024-06-20 Drone strike hits apartment block in Kyiv').map((e) => e.date)).toEqual([null]);
  });
});
