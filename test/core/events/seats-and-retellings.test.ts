// Leak mechanisms and retellings, on invented sentences: a campaign lends no place to a dated re-mention;
// a body's seat before its reaction is no scene; "artillery range" and an argued blame are no incidents;
// "the bombs struck" retells the bombs; a bare word in a sentence that tells an incident is that incident;
// the body retells the lead's incident; a place in a clause of its own, or an unknown opening place, is
// not the scene of a re-mention.
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './extract.ts';

const P = ['Aleppo', 'Damascus', 'Kharkiv', 'Kyiv', 'Mosul', 'Kirkuk', 'Hama', 'Syria', 'Russia', 'Baghdad', { word: 'KIRKUK', role: 'dateline' as const }, { word: 'KYIV', role: 'dateline' as const }];
const run = (text: string) => extract(text, '2024-06-21', P).map((e) => [e.type, e.place?.name ?? null, e.excerpts.length]);

describe('a campaign lends no place', () => {
  it('does not carry a tally\'s country to a dated re-mention', () => {
    const out = run('Missiles struck a school in Kharkiv on Wednesday, killing two. The city has been struck repeatedly since Russia began its invasion. Inspectors said none of the pipes at the plant were damaged in Wednesday\'s attacks.');
    expect(out.map((e) => e[1])).not.toContain('Russia');
    expect(out.filter((e) => e[1] === 'Kharkiv')).toHaveLength(1);
  });
  it('still carries an incident\'s place to a re-mention (control)', () => {
    expect(run('Missiles struck a school in Kharkiv on Wednesday. The attacks killed two teachers.')).toEqual([['missile_attack', 'Kharkiv', 2]]);
  });
});

describe('the seat of who reacted', () => {
  it('is not the scene of the incident the body condemns', () => {
    const out = run('Troops raided a camp near Hama on Monday, killing two. The government in Damascus condemned the raid as a provocation.');
    expect(out).toEqual([['raid', 'Hama', 2]]);
  });
  it('nor with an adverb or an auxiliary between', () => {
    expect(run('Jets struck a market in Aleppo on Monday. The council in Mosul has strongly denounced the strike.').map((e) => e[1])).toEqual(['Aleppo']);
  });
  it('keeps a place that follows the reaction verb (negative)', () => {
    expect(run('Officials condemned the bombing in Mosul on Monday that killed four.').map((e) => e[1])).toEqual(['Mosul']);
  });
});

describe('words that are no incident', () => {
  it('does not read artillery range, units or positions as shelling', () => {
    expect(run('The rebels, whose positions are within artillery range of Kharkiv, deny it.')).toEqual([]);
    expect(run('Artillery units moved towards Hama on Monday.')).toEqual([]);
  });
  it('still reads artillery that struck as shelling (negative)', () => {
    expect(run('Russian artillery pounded Kharkiv on Monday, killing three.').map((e) => e[0])).toEqual(['shelling']);
  });
  it('reads an argued blame with no day or place of its own as no new incident', () => {
    const { events, statements } = extractAll('Bombs hit a camp in Aleppo on Thursday, killing five. The rebels accused the army of shelling the camp to discredit them.', '2024-06-21', P);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['bombing', 'Aleppo']]);
    expect(statements.some((s) => s.trigger.text === 'shelling')).toBe(true);
  });
  it('keeps an accused incident told with its own place and day (negative)', () => {
    const out = run('Moscow accused Kyiv of shelling Kharkiv on Tuesday, killing three.');
    expect(out.map((e) => [e[0], e[1]])).toEqual([['shelling', 'Kharkiv']]);
  });
  it('sets aside attacks that militants plan', () => {
    expect(run('The army says it hunts militants who plan attacks on Kirkuk.')).toEqual([]);
  });
});

describe('retellings', () => {
  it('reads bombs fired from afar that hit as a bombing, and "the bombs struck" as the same one', () => {
    expect(run('Two bombs fired from the hills hit a camp in Aleppo on Thursday, killing five. Aid groups said the bombs struck a row of tents.')).toEqual([['bombing', 'Aleppo', 2]]);
  });
  it('keeps two bombs that hit on different days apart (negative)', () => {
    expect(run('Two bombs fired from the hills hit a camp in Aleppo on Thursday. On Saturday the bombs struck Hama.').map((e) => e[1])).toEqual(['Aleppo', 'Hama']);
  });
  it('folds a bare "strike" that retells the sentence\'s incident into it', () => {
    expect(run('A drone fired a missile at a car near Hama on Monday, in what the army called a strike on a cell.')).toEqual([['drone_strike', 'Hama', 1]]);
  });
  it('keeps a bare strike with a place of its own apart (negative)', () => {
    expect(run('A drone fired a missile at a car near Hama on Monday, and a strike hit Aleppo.').map((e) => e[1])).toEqual(['Hama', 'Aleppo']);
  });
  it('reads the body\'s indefinite retelling of the lead\'s incident as that incident', () => {
    const out = run('KIRKUK — Troops killed three men during a raid near Mosul on Tuesday, one of them in a drone strike on a car.\n\nSoldiers searched houses for hours.\n\nThe third man died when a drone fired a missile at a car near the market.');
    expect(out.filter((e) => e[0] === 'drone_strike')).toEqual([['drone_strike', 'Mosul', 2]]);
  });
  it('keeps an indefinite drone strike apart once the story has told another (negative)', () => {
    const out = run('KIRKUK — A drone strike hit a car near Mosul on Tuesday.\n\nOn Wednesday, a drone strike hit a truck near Hama.\n\nA drone strike killed two shepherds.');
    expect(out.filter((e) => e[0] === 'drone_strike')).toHaveLength(3);
  });
  it('gives a re-mention no place from a clause of its own', () => {
    const out = run('Mortar shells slammed into houses in Hama on Monday, killing three.\n\nThe shelling came as troops tightened their ring around Aleppo.');
    expect(out).toEqual([['shelling', 'Hama', 2]]);
  });
  it('keeps a place the trigger governs across "as well as" (negative)', () => {
    expect(run('Jets struck Hama as well as Aleppo on Monday.').map((e) => e[1])).toContain('Hama');
  });
  it('leaves a sentence opened by a place the gazetteer lacks unplaced, not at the last place told', () => {
    const out = run('A drone attack injured three in Hama on Saturday.\n\nIn Qasr Marid, a drone struck a minibus, killing the driver.');
    expect(out).toEqual([['drone_strike', 'Hama', 1], ['drone_strike', null, 1]]);
  });
  it('reads a known opening place as the scene (negative)', () => {
    expect(run('In Aleppo, a drone struck a minibus on Saturday, killing the driver.')).toEqual([['drone_strike', 'Aleppo', 1]]);
  });
});

describe('re-mentions and their days', () => {
  const Q = ['Aleppo', 'Hama', 'Baghdad', 'Mosul', { word: 'KIRKUK', role: 'dateline' as const }];
  const go = (text: string) => extract(text, '2024-06-21', Q).map((e) => [e.type, e.place?.name ?? null, e.date?.start ?? null, e.excerpts.length]);
  it('reads a medium ("a statement on Telegram") as no unknown scene of a claimed attack', () => {
    expect(go('Rockets struck a base near Mosul on Tuesday night. A little-known group claimed the attack in a statement on Telegram.')).toEqual([['shelling', 'Mosul', '2024-06-18', 2]]);
  });
  it('still leaves an attack at an unknown named place unplaced (negative)', () => {
    expect(go('Rockets struck a base near Mosul on Tuesday night. On Thursday a group attacked a checkpoint on Qasr Marid road.').map((e) => e[1])).toEqual(['Mosul', null]);
  });
  it('merges a re-mention with its own day into the incident of that day, not a later undated one', () => {
    const out = go('Rockets struck a base near Mosul on Tuesday.\n\nA day after the rocket attack, a drone was shot down near Baghdad.\n\nTehran denied any role in Tuesday\'s strike.');
    expect(out).toEqual([['shelling', 'Mosul', '2024-06-18', 3], ['drone_strike', 'Baghdad', '2024-06-19', 1]]);
  });
  it('merges an undated re-mention into the most recent incident it fits (negative)', () => {
    const out = go('Rockets struck a base near Mosul on Tuesday.\n\nA drone hit a depot near Baghdad on Wednesday.\n\nThe strike destroyed two trucks.');
    expect(out.map((e) => [e[0], e[3]])).toEqual([['shelling', 1], ['drone_strike', 2]]);
  });
  it('reads an explosive device that damaged a tower as a bombing', () => {
    expect(go('On Sunday night, an explosive device damaged a telecoms tower outside Hama.').map((e) => e[0])).toEqual(['bombing']);
  });
  it('does not date a definite re-mention by a trailing "a week earlier" of its clause\'s verb', () => {
    const out = go('A motorcycle bomb exploded in Aleppo on Saturday, killing two.\n\nInvestigators said one man had bought the motorcycle used in the attack a week earlier.');
    expect(out).toEqual([['bombing', 'Aleppo', '2024-06-15', 2]]);
  });
});
