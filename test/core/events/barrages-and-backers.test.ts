// A barrage is one attack; drones shot down are an interception, not the strike told before; the
// country in "the Iran-aligned Houthis" backs the attacker, it is not the attacker; "a day after the
// Houthis launched ..." dates the clause's incident from the sentence's.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('a barrage of drones or missiles', () => {
  it('is one attack, its attacker the group and not its backer', () => {
    const events = extract('The Iran-aligned Houthis launched a barrage of 28 drones at ships in the Red Sea on Friday.', '2024-03-09', ['Iran', 'Red Sea']);
    expect(events.map((e) => [e.type, e.place?.name, e.date?.start, e.actors.attacker])).toEqual([['drone_strike', 'Red Sea', '2024-03-08', 'Houthis']]);
  });
  it('is one attack even with no day of its own, over a sea', () => {
    const events = extract('The Houthis fired a barrage of missiles at ships in the Red Sea.', '2024-03-09', ['Red Sea']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['missile_attack', 'Red Sea']]);
    // (A wave of strikes over a region is still several incidents: negative.)
    expect(extract('A wave of strikes hit the Red Sea coast.', '2024-03-09', ['Red Sea'])).toEqual([]);
  });
  it('keeps a country that acts as the attacker (negative)', () => {
    const events = extract('Iran launched a barrage of missiles at Israel on Friday.', '2024-03-09', ['Iran', 'Israel']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['Iran']);
  });
});

describe('drones shot down', () => {
  it('never retype the strikes told before as a drone strike', () => {
    const text = 'U.S. forces carried out strikes against Houthi targets near Hodeidah on Saturday. All the drones were shot down and no ships were damaged.';
    const events = extract(text, '2024-03-09', ['U.S.', 'Hodeidah']);
    expect(events.map((e) => [e.type, e.trigger.text, e.excerpts.length])).toEqual([['air_strike', 'strikes', 1]]);
  });
});

describe('"a day after" a clause whose subject has a determiner', () => {
  it('dates the clause\'s incident a day before the sentence\'s', () => {
    const text = 'U.S. forces struck Houthi targets near Hodeidah on Saturday. The strikes came a day after the Houthis launched 28 drones at ships in the Red Sea.';
    const events = extract(text, '2024-03-09', ['U.S.', 'Hodeidah', 'Red Sea']);
    const drones = events.find((e) => e.type === 'drone_strike');
    expect([drones?.date?.start, drones?.date?.text]).toEqual(['2024-03-08', 'a day after']);
  });
  it('leaves a noun after "the" as the incident referred to (negative)', () => {
    const text = 'Jets struck Hodeidah on Saturday, a day after the shelling of the port.';
    expect(extract(text, '2024-03-09', ['Hodeidah']).map((e) => e.date?.start)).toEqual(['2024-03-09']);
  });
});

describe('a group named with its country and a descriptor', () => {
  it('is the group, without the descriptor', () => {
    const events = extract("Drones launched by Sudan's paramilitary Rapid Support Forces struck a fuel depot in Aden on Sunday.", '2025-05-04', ['Sudan', 'Aden']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['Rapid Support Forces']);
  });
});

describe('a sea or region as the adjective of a town', () => {
  it('is no scene of "a fuel depot in the Red Sea city"', () => {
    const events = extract('Drones struck a fuel depot in the Red Sea city on Sunday, the army said.', '2025-05-04', ['Red Sea']);
    expect(events.map((e) => [e.type, e.place?.name ?? null])).toEqual([['drone_strike', null]]);
  });
  it('still holds the town its "of" names when the gazetteer lacks it (negative)', () => {
    const events = extract('Missiles hit ships in the Red Sea port of Qusra on Sunday.', '2025-05-04', ['Red Sea']);
    expect(events.map((e) => e.place?.name ?? null)).toEqual(['Red Sea']);
  });
});
