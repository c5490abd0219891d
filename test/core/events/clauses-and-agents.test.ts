// Who did it and whose count it is, read from the clause: "a Palestinian rammed his car into ..." (one
// person, not the state), "facilities used by X" (X is no attacker), "wounding eight before he was shot
// dead" (eight is no death toll), "days after at least 17 soldiers were killed" (the earlier attack's
// toll); and where it was not: "near the border with Mali". Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './extract.ts';

describe('a ramming or a stabbing', () => {
  it('is an attack at its place, its attacker the person and not the state', () => {
    const events = extract('A Palestinian rammed his car into pedestrians in Tel Aviv on Tuesday, wounding eight.', '2023-07-04', ['Palestinian', 'Tel Aviv']);
    expect(events.map((e) => [e.type, e.place?.name, e.actors.attacker, e.injured])).toEqual([['other', 'Tel Aviv', 'Palestinian', { min: 8, max: 8 }]]);
  });
  it('is the bombing when a suicide bomber rammed a vehicle (negative)', () => {
    const events = extract('A suicide bomber rammed an explosives-laden vehicle into a convoy in Tel Aviv on Monday, killing nine.', '2023-07-04', ['Tel Aviv']);
    expect(events.map((e) => [e.type, e.fatalities])).toEqual([['bombing', { min: 9, max: 9 }]]);
  });
  it('keeps a nationality before an event noun as the state (negative)', () => {
    expect(extract('An Israeli strike hit Gaza on Monday.', '2023-07-04', ['Israeli', 'Gaza']).map((e) => e.actors.attacker)).toEqual(['Israel']);
  });
  it('counts no death for "wounding eight before he was shot dead"', () => {
    const events = extract('A man stabbed three people in Tel Aviv on Tuesday, wounding eight before he was shot dead.', '2023-07-04', ['Tel Aviv']);
    expect(events.every((e) => e.fatalities === null || e.fatalities.max < 8)).toBe(true);
  });
});

describe('the agent of the target', () => {
  it('is no attacker: "struck two facilities used by the Revolutionary Guard"', () => {
    const events = extract('U.S. jets struck two facilities in Syria used by the Revolutionary Guard on Monday.', '2023-11-22', ['U.S.', 'Syria']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['United States']);
  });
  it('still reads "struck by" as the attacker (negative)', () => {
    const events = extract('A convoy in Syria was struck by Israeli jets on Monday.', '2023-11-22', ['Syria', 'Israeli']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['Israel']);
  });
});

describe('a day\'s strikes on towns and villages', () => {
  it('is a summary, not an incident whose toll the next sentence\'s strike takes', () => {
    const text = 'Russian strikes on towns and villages in the Donetsk region killed seven civilians over the past day. Three people were killed when a bomb hit a building in Kostiantynivka on Friday evening.';
    const events = extract(text, '2024-08-17', ['Donetsk', 'Kostiantynivka']);
    expect(events.map((e) => [e.place?.name, e.fatalities])).toEqual([['Kostiantynivka', { min: 3, max: 3 }]]);
  });
  it('keeps bombs dropped on villages of one area on one day as an incident (negative)', () => {
    const events = extract('Aircraft dropped bombs on villages in the Donetsk region on Saturday, killing five.', '2024-08-17', ['Donetsk']);
    expect(events).toHaveLength(1);
  });
});

describe('the neighbour across a border', () => {
  it('is not where an ambush "near the border with Mali" happened', () => {
    const events = extract('Jihadists killed 29 soldiers in an ambush near the border with Mali on Thursday.', '2023-08-18', ['Mali']);
    expect(events.map((e) => e.place?.name ?? null)).toEqual([null]);
  });
});

describe('a statement read on television', () => {
  it('dates the report, so the quote merges into the incident of its own day', () => {
    const text = 'Jihadists killed 29 soldiers in an ambush in Niger on Thursday.\n\n"The unit was the target of a complex attack in Niger," the ministry said in a statement read on state television on Friday.';
    const events = extract(text, '2023-08-18', ['Niger']);
    expect(events.map((e) => [e.date?.start, e.excerpts.length])).toEqual([['2023-08-17', 2]]);
  });
});

describe('a count past "days after"', () => {
  it('is the earlier attack\'s, not the one "the attack" retells', () => {
    const text = 'Jihadists killed 29 soldiers in an ambush in Niger on Thursday. The attack came days after at least 17 soldiers were killed in Niger in an attack blamed on the Islamic State group.';
    const { events } = extractAll(text, '2023-08-18', ['Niger']);
    expect(events[0]!.fatalities).toEqual({ min: 29, max: 29 });
  });
});

describe('a war toll told as "have killed thousands"', () => {
  it('is a tally, not an armed clash', () => {
    const text = 'Soldiers fought gunmen in Mangu on Sunday. Clashes between herders and farmers over land have killed thousands in Plateau state in recent years.';
    const { events, statements } = extractAll(text, '2024-04-02', ['Plateau', 'Mangu']);
    expect(events.map((e) => [e.place?.name, e.excerpts.length, e.fatalities])).toEqual([['Mangu', 1, null]]);
    expect(statements.map((s) => [s.trigger.text, s.mode])).toContainEqual(['Clashes', 'historical']);
  });
  it('keeps clashes that killed a counted few on a day (negative)', () => {
    expect(extract('Clashes between herders and farmers killed 12 in Plateau state on Sunday.', '2024-04-02', ['Plateau'])).toHaveLength(1);
  });
});

describe('overnight attacks on several villages', () => {
  it('are summed up by the raid on the villages told next, "late on Sunday", in a report of Monday', () => {
    const text = 'Gunmen killed 40 people in overnight attacks on several villages in Mangu, a local official said on Monday.\n\nThe attackers stormed the villages of Mushu and Hurti in Mangu late on Sunday, shooting residents.';
    const events = extract(text, '2024-04-02', ['Mangu']);
    expect(events.map((e) => [e.type, e.date?.start])).toEqual([['raid', '2024-03-31']]);
  });
});

describe('a group that died', () => {
  it('is no attacker of the drone that hit it', () => {
    const events = extract('Two fighters died when a drone hit their truck in Mali on Monday, the army said.', '2019-03-06', ['Mali']);
    expect(events.map((e) => e.actors.attacker ?? null)).toEqual([null]);
  });
  it('still names a group that killed (negative)', () => {
    const events = extract('Suspected jihadists killed 23 soldiers in an ambush in Mali on Monday.', '2019-03-06', ['Mali']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['jihadists']);
  });
});

describe('a group named after a place', () => {
  it('is no scene: "fighting between the army and Fano militiamen"', () => {
    const events = extract('Fighting between the army and Hama militiamen erupted on Sunday.', '2024-03-18', ['Hama']);
    expect(events.map((e) => e.place?.name ?? null)).toEqual([null]);
  });
  it('keeps a place before other words as the scene (negative)', () => {
    expect(extract('Heavy fighting erupted in Hama on Sunday between troops and rebels.', '2024-03-18', ['Hama']).map((e) => e.place?.name)).toEqual(['Hama']);
  });
});

describe('forces that open the sentence, acting, during a raid', () => {
  it('did the raid', () => {
    const events = extract('In the occupied territory, Israeli troops killed two Palestinians during a raid in Gaza on Monday.', '2024-09-10', ['Israeli', 'Gaza']);
    expect(events.map((e) => e.actors.attacker)).toEqual(['Israel']);
  });
  it('are no attacker when the sentence tells them hurt (negative)', () => {
    const events = extract('Two Israeli soldiers were wounded in a raid in Gaza on Monday.', '2024-09-10', ['Israeli', 'Gaza']);
    expect(events.map((e) => e.actors.attacker ?? null)).toEqual([null]);
  });
});
