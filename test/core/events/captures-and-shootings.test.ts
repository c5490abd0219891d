// Ground taken in every tense and held positions taken in a place; aircraft shot down; "destroyed rebel
// positions" by warplanes; shells that rained down; a blast named after a preposition; a victim shot
// several times is one attack, not a habit. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './extract.ts';

const kinds = (text: string, places: string[], date = '2024-11-18') => extract(text, date, places).map((e) => [e.type, e.place?.name ?? null]);

describe('territory changing hands', () => {
  it('is an event in the gerund and the present, at the place taken', () => {
    expect(kinds('Troops advanced on Tuesday after capturing the key town of Saraqib.', ['Saraqib'])).toEqual([['other', 'Saraqib']]);
    expect(kinds('1917 - The army captures Saraqib from the rebels.', ['Saraqib'])).toEqual([['other', 'Saraqib']]);
  });
  it('puts "a week of fighting" before it at the same place', () => {
    expect(kinds('The army captured Saraqib after a week of fighting.', ['Saraqib'])).toEqual([['other', 'Saraqib'], ['armed_clash', 'Saraqib']]);
  });
  it('is an event when held ground in a place is taken ("captured several army positions in southern Aleppo")', () => {
    expect(kinds('Rebels captured several army positions in southern Aleppo on Monday.', ['Aleppo'])).toEqual([['other', 'Aleppo']]);
    expect(kinds('Government troops captured nine rebel bunkers in Idlib on Thursday after a fierce battle.', ['Idlib'])).toEqual([['other', 'Idlib Governorate']]);
  });
  it('is no event when people are taken there: that is an arrest (negative)', () => {
    expect(kinds('Coast guards captured 15 fishermen in the Red Sea on Monday.', ['Red Sea'])).toEqual([]);
    expect(kinds('The police said they had seized 40 kilograms of drugs in Aleppo on Monday.', ['Aleppo'])).toEqual([]);
  });
});

describe('an aircraft shot down', () => {
  it('is an attack even where no state or armed group is named as such', () => {
    expect(kinds('ISIS shot down a MI-24 gunship on the outskirts of Damascus yesterday.', ['Damascus'])).toEqual([['other', 'Damascus']]);
  });
});

describe('"destroyed rebel positions"', () => {
  it('is an air strike when warplanes did it', () => {
    expect(kinds('On Sunday, Turkish warplanes destroyed key Kurdish rebel positions in northern Iraq.', ['Iraq'])).toEqual([['air_strike', 'Iraq']]);
  });
  it('is no event with no weapon, force or strike in view (negative)', () => {
    expect(kinds('Bulldozers destroyed the abandoned rebel camps in Idlib, the council said.', ['Idlib'])).toEqual([]);
  });
});

describe('shells that rained down', () => {
  it('are a shelling of the place', () => {
    expect(kinds('The truce collapsed on Monday night as shells and bombs rained down on Aleppo.', ['Aleppo'])).toEqual([['shelling', 'Aleppo']]);
  });
});

describe('a blast named after a preposition', () => {
  it('is an explosion: "destroyed in the 2 p.m. (1100 GMT) blast"', () => {
    expect(kinds('In Mosul, the airport lounge was destroyed in the 2 p.m. (1100 GMT) blast, but no one was hurt.', ['Mosul'])).toEqual([['bombing', 'Mosul']]);
  });
  it('is no explosion when "blast" is a verb (negative)', () => {
    expect(kinds('Lawmakers in Baghdad blast the budget as a waste.', ['Baghdad'])).toEqual([]);
  });
});

describe('a victim shot several times', () => {
  it('is one attack, not a habit', () => {
    for (const [text, trigger] of [['The killer shot the mayor several times at point-blank range outside his home in Kirkuk.', 'shot the mayor several times'],
      ['The mayor was shot at least five times at point-blank range in Kirkuk.', 'shot']]) {
      const { events, statements } = extractAll(text!, '2024-11-18', ['Kirkuk']);
      expect(events.map((e) => [e.place?.name, e.trigger.text])).toEqual([['Kirkuk', trigger]]);
      expect(statements).toEqual([]);
    }
  });
  it('is still a habit when people were shot at several times (negative)', () => {
    const { events, statements } = extractAll('Journalists have been shot at several times by troops in Kirkuk.', '2024-11-18', ['Kirkuk']);
    expect(events).toEqual([]);
    expect(statements.map((s) => s.mode)).toEqual(['historical']);
  });
});
