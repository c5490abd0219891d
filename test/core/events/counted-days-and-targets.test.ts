// "two days after militants killed seven soldiers in an attack on a post" dates that attack two days
// before the sentence's; "the weekend attack on the post" retells it, not the strikes told since; the
// strikes "in Khost and Paktika provinces" share one date; the victims before "in air strikes" are no
// attacker, nor is an article. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const Q = ['Pakistan', 'Afghanistan', 'Khost', 'Paktika'];
const TEXT = 'Pakistan carried out air strikes on hideouts inside Afghanistan on Monday, its foreign ministry said, two days after militants killed seven soldiers in an attack on a military post.\n\n'
  + 'Kabul said eight people were killed in the strikes in Khost and Paktika provinces.\n\n'
  + 'Pakistan\'s army said the weekend attack on the post was carried out by a suicide bomber.';

describe('an attack told "two days after" a dated strike', () => {
  const events = extract(TEXT, '2024-03-18', Q);
  it('is dated two days before it, and its re-mention joins it', () => {
    const attack = events.find((e) => e.fatalities?.min === 7);
    expect([attack?.date?.start, attack?.place?.name ?? null, attack?.excerpts.length]).toEqual(['2024-03-16', null, 2]);
  });
  it('gives both places of "the strikes in Khost and Paktika" the strikes\' day', () => {
    const strikes = events.filter((e) => e.type === 'air_strike').map((e) => [e.place?.name, e.date?.start]);
    expect(strikes).toEqual([['Khost', '2024-03-18'], ['Paktika', '2024-03-18']]);
  });
  it('names no article as an attacker', () => {
    expect(events.map((e) => e.actors.attacker ?? '')).not.toContain('a');
  });
});

describe('the victims before "in air strikes"', () => {
  it('are no attacker', () => {
    const events = extract('Turkish forces killed 13 PKK militants in air strikes in Khost on Friday.', '2024-06-15', ['Khost']);
    expect(events.map((e) => e.actors.attacker ?? null)).toEqual([null]);
    // ... while the force that did it is ("Turkish forces" read as the country).
    expect(extract('Turkish forces killed 13 PKK militants in air strikes in Khost on Friday.', '2024-06-15', ['Khost', 'Turkish']).map((e) => e.actors.attacker)).toEqual(['Türkiye']);
  });
});

describe('a participle after a comma', () => {
  it('tells how the incident before it went on: one raid, not a raid and a shelling', () => {
    const events = extract('The paramilitary group stormed a camp in Sudan, home to 500,000 people, on Friday and Saturday, shelling homes and setting the market on fire.', '2025-04-13', ['Sudan']);
    expect(events.map((e) => e.type)).toEqual(['raid']);
  });
  it('keeps a noun after a comma that opens its own clause apart (negative)', () => {
    const events = extract('Troops stormed a camp in Sudan on Friday, shelling was reported in Khost on Saturday.', '2025-04-13', ['Sudan', 'Khost']);
    expect(events).toHaveLength(2);
  });
  it('reads an aerial assault as air strikes', () => {
    const events = extract('Jets continued their aerial assault in Sudan on Monday.', '2025-04-13', ['Sudan']);
    expect(events.map((e) => e.type)).toEqual(['air_strike']);
  });
});

describe('an assault on a named site and the storming of it', () => {
  it('are one raid, whatever the report\'s day', () => {
    const text = 'Paramilitaries killed more than 100 people in a two-day assault on the Zamzam displacement camp in Sudan, the United Nations said on Sunday.\n\nThe group stormed the camp on Friday and Saturday, witnesses said.';
    const events = extract(text, '2025-04-13', ['Sudan']);
    expect(events.map((e) => [e.type, e.date?.start, e.excerpts.length])).toEqual([['raid', '2025-04-11', 2]]);
  });
  it('keeps an assault on another site apart (negative)', () => {
    const text = 'Paramilitaries killed more than 100 people in a two-day assault on the Zamzam displacement camp in Sudan, the United Nations said on Sunday.\n\nThe group stormed a village near Khost on Friday, witnesses said.';
    expect(extract(text, '2025-04-13', ['Sudan', 'Khost'])).toHaveLength(2);
  });
});
