// The event extractor on hand-built mentions: type, place, date, actors, casualties, merging.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brief, extract, extractAll } from './extract.ts';

const reference = readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8');
const referenceMentions = [
  'Syria', 'Iran', 'Israel', 'Damascus', 'Syrian', 'Iranian', 'Israeli', 'Lebanese',
  { word: 'Tel Aviv', role: 'dateline' as const }, { word: 'Jerusalem', role: 'metonymy' as const }, { word: 'Tehran', role: 'metonymy' as const },
];

describe('the reference article (published 2020-05-06)', () => {
  const events = extract(reference.replace('TEL AVIV', 'Tel Aviv'), '2020-05-06', referenceMentions);

  it('finds the Monday-night air strike in Syria with 14 killed, at country precision', () => {
    const e = events.find((x) => x.type === 'air_strike' && x.date?.start === '2020-05-04');
    expect(e, JSON.stringify(events.map(brief))).toBeDefined();
    expect(brief(e!)).toEqual({ type: 'air_strike', place: 'Syria', date: '2020-05-04', precision: 'part-of-day', killed: [14, 14], attacker: 'Israel' });
    expect(e!.date!.partOfDay).toBe('night');
    expect(e!.place!.precision).toBe('country');
    expect(e!.trigger.text).toBe('raids');
    // "Monday’s attack targeted ..." is the same incident, told again.
    expect(e!.excerpts.some((x) => x.text.startsWith('Monday’s attack targeted'))).toBe(true);
  });

  it('dates the caption’s missile strike on Damascus to the caption’s own day', () => {
    const e = events.find((x) => x.type === 'missile_attack');
    expect(brief(e!)).toMatchObject({ place: 'Damascus', date: '2019-01-21', attacker: 'Israel' });
    expect(e!.actors.claim).toMatch(/said were/);
  });

  it('reports Iran’s withdrawal from Syria on 2020-05-05, marked as the date of the report', () => {
    const e = events.find((x) => x.type === 'withdrawal');
    expect(brief(e!)).toMatchObject({ place: 'Syria', date: '2020-05-05', attacker: 'Iran' });
    expect(e!.date!.basis).toMatch(/date of the report/);
    expect(events.filter((x) => x.type === 'withdrawal')).toHaveLength(1);
  });

  it('puts no event at the dateline or at a metonymic capital', () => {
    for (const e of events) expect(['Tel Aviv', 'Jerusalem', 'Tehran']).not.toContain(e.place?.name);
  });

  it('keeps campaign-level statements ("a spike in strikes", "ongoing strikes") as statements, not events', () => {
    const { events: all, statements } = extractAll(reference.replace('TEL AVIV', 'Tel Aviv'), '2020-05-06', referenceMentions);
    expect(all.filter((x) => x.type === 'air_strike' && !x.date)).toEqual([]);
    const campaign = statements.filter((s) => s.mode === 'historical');
    expect(campaign.map((s) => s.trigger.text)).toEqual(expect.arrayContaining(['strikes']));
    for (const s of campaign) expect(s.reason.length).toBeGreaterThan(5);
  });

  it('numbers events in text order and points every span at its words', () => {
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
    const text = reference.replace('TEL AVIV', 'Tel Aviv');
    for (const e of events) {
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      for (const x of e.excerpts) expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(e.excerpt).toEqual(e.excerpts[0]);
    }
  });
});

describe('types, places and actors', () => {
  it('types strikes by the weapon named next to them', () => {
    const text = 'A Russian drone struck Kharkiv on Monday. Russian forces shelled Kharkiv on Tuesday. A missile hit Kyiv on Wednesday.';
    expect(extract(text, '2022-05-12', ['Kharkiv', 'Kyiv', 'Russian']).map((e) => [e.type, e.place?.name, e.date?.start])).toEqual([
      ['drone_strike', 'Kharkiv', '2022-05-09'],
      ['shelling', 'Kharkiv', '2022-05-10'],
      ['missile_attack', 'Kyiv', '2022-05-11'],
    ]);
  });

  it('places "strikes on Iranian targets in Syria" in Syria with attacker Israel and target Iranian', () => {
    const [e] = extract('Israeli strikes on Iranian targets in Syria on Sunday killed nine.', '2020-05-06', ['Israeli', 'Iranian', 'Syria']);
    expect(brief(e!)).toEqual({ type: 'air_strike', place: 'Syria', date: '2020-05-03', precision: 'day', killed: [9, 9], attacker: 'Israel' });
    expect(e!.actors.target).toBe('Iranian targets');
    expect(e!.placeSpan?.text).toBe('Syria');
  });

  it('prefers the governed town over the country named in the same sentence', () => {
    const [e] = extract('Syrian state media said an air strike hit a depot near Aleppo in Syria on Friday.', '2020-05-06', ['Syrian', 'Aleppo', 'Syria']);
    expect(e!.place!.name).toBe('Aleppo');
  });

  it('does not place an event at the origin of a flight or at the attacker', () => {
    const events = extract('Flights from Iran dropped after Israel’s strikes on airports.', '2020-05-06', ['Iran', 'Israel']);
    expect(events).toHaveLength(1);
    expect(events[0]!.place).toBeNull();
    expect(events[0]!.actors.attacker).toBe('Israel');
  });

  it('never puts an event at the target’s nationality (Iranian positions may be anywhere)', () => {
    const [e] = extract('Israeli jets struck Iranian positions on Monday.', '2020-05-06', ['Israeli', 'Iranian']);
    expect(e!.place).toBeNull();
    expect(e!.actors.attacker).toBe('Israel');
  });

  it('keeps an attribution reported as a claim', () => {
    const [e] = extract('Rocket fire hit Aleppo on Monday, an attack blamed on Israel.', '2020-05-06', ['Aleppo', 'Israel']);
    expect(e!.type).toBe('shelling');
    expect(e!.place!.name).toBe('Aleppo');
  });

  it('reads a ground raid as a raid and a killing as a killing', () => {
    const events = extract('Troops raided a house in Aleppo on Monday. Gunmen shot dead a teacher in Damascus on Tuesday.', '2020-05-06', ['Aleppo', 'Damascus']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['raid', 'Aleppo'], ['killing', 'Damascus']]);
  });
});

describe('more constructions', () => {
  it('makes one incident per listed place, with the count on the first', () => {
    const events = extract('Russian missiles hit Kharkiv, Kyiv and Aleppo overnight, killing three.', '2022-10-10', ['Kharkiv', 'Kyiv', 'Aleppo', 'Russian']);
    expect(events.map((e) => [e.type, e.place?.name, e.fatalities?.min ?? null])).toEqual([
      ['missile_attack', 'Kharkiv', 3], ['missile_attack', 'Kyiv', null], ['missile_attack', 'Aleppo', null],
    ]);
  });
  it('names the subject of the sentence as attacker of a nominal trigger', () => {
    const [e] = extract('Russian forces killed six fighters in a raid on a village near Kharkiv on Monday.', '2022-10-12', ['Russian', 'Kharkiv']);
    expect([e!.type, e!.actors.attacker, e!.place?.name, e!.fatalities?.min]).toEqual(['raid', 'Russia', 'Kharkiv', 6]);
  });
  it('names an armed group opening the clause, and reads a country before a noun as the place', () => {
    const text = 'Jihadists kill 23 soldiers in Syria ambush\n\nSuspected jihadists killed 23 soldiers in an ambush near Aleppo on Thursday.';
    const events = extract(text, '2022-09-30', ['Syria', 'Aleppo']);
    expect(events.map((e) => [e.type, e.place?.name, e.actors.attacker, e.excerpts.length])).toEqual([['armed_clash', 'Aleppo', 'jihadists', 2]]);
  });
  it('counts intercepted drones as a drone attack by their nationality', () => {
    const [e] = extract('Air defences shot down 30 Ukrainian drones over Kharkiv overnight.', '2024-03-16', ['Ukrainian', 'Kharkiv']);
    expect([e!.type, e!.actors.attacker, e!.place?.name, e!.date?.partOfDay]).toEqual(['drone_strike', 'Ukraine', 'Kharkiv', 'night']);
  });
  it('reads territory changing hands only with the place as its object', () => {
    expect(extract('Rebels captured the town of Aleppo on Sunday.', '2024-05-06', ['Aleppo']).map((e) => [e.type, e.place?.name, e.actors.attacker])).toEqual([['other', 'Aleppo', 'Rebels']]);
    expect(extract('Police captured the suspect in Aleppo on Sunday.', '2024-05-06', ['Aleppo'])).toEqual([]);
  });
  it('takes a one-word group before a verb trigger as its subject', () => {
    const [e] = extract('Houthis fired two ballistic missiles at a tanker near Sanaa on Tuesday.', '2024-02-01', ['Sanaa']);
    expect([e!.type, e!.actors.attacker]).toEqual(['missile_attack', 'Houthis']);
  });
  it('frames a sentence with its opening place ("In Kharkiv, a man was killed in strikes")', () => {
    const [e] = extract('In Kharkiv, a 64-year-old man was killed and four people were injured in Russian strikes on the region.', '2024-06-05', ['Kharkiv', 'Russian']);
    expect([e!.type, e!.place?.name, e!.fatalities?.min, e!.injured?.min, e!.actors.attacker, e!.actors.target]).toEqual(['air_strike', 'Kharkiv', 1, 4, 'Russia', undefined]);
  });
  it('keeps a headline’s totals and a tally’s date off a specific incident', () => {
    const text = 'Russian attacks kill 3, injure 15 over past day\n\nRussian attacks over the past day killed three people across Ukraine.\n\nRussian forces launched 98 attacks against Kharkiv, injuring two people.';
    const { events, statements } = extractAll(text, '2024-06-05', ['Ukraine', 'Kharkiv', 'Russian']);
    const kharkiv = events.find((e) => e.place?.name === 'Kharkiv')!;
    expect([kharkiv.fatalities, kharkiv.injured]).toEqual([null, { min: 2, max: 2 }]);
    // The tally's day is the story's day, and the incident takes it, saying so.
    expect([kharkiv.date?.start, kharkiv.date?.basis]).toEqual(['2024-06-04', expect.stringMatching(/story/)]);
    // The day's tally across Ukraine sums up incidents the story tells one by one: a statement.
    expect(events.filter((e) => e.place?.name === 'Ukraine')).toEqual([]);
    expect(statements.some((s) => /summary/.test(s.reason))).toBe(true);
  });
  it('keeps abductions and torched homes as other events in a conflict, and nothing outside one', () => {
    expect(extract('Gunmen abducted 20 students from a school in Aleppo on Friday.', '2024-03-09', ['Aleppo']).map((e) => [e.type, e.actors.attacker, e.actors.target])).toEqual([['other', 'Gunmen', 'students']]);
    expect(extract('The firm was kidnapped by bureaucracy in Aleppo.', '2024-03-09', ['Aleppo'])).toEqual([]);
  });
  it('places "the capital" at the dateline city the words name, and nothing else there', () => {
    const text = 'KYIV (Reuters) - A missile attack hit the capital early on Monday. Russian forces also shelled Kharkiv.';
    const events = extract(text, '2023-05-16', [{ word: 'KYIV', role: 'dateline' }, 'Kharkiv', 'Russian']);
    expect(events.map((e) => [e.type, e.place?.name ?? null, e.placeSpan?.text ?? null])).toEqual([
      ['missile_attack', 'Kyiv', 'the capital'], ['shelling', 'Kharkiv', 'Kharkiv'],
    ]);
  });
  it('reads "X’s military carried out an airstrike" as X, and a place as no target', () => {
    const [e] = extract('Syria’s military carried out an airstrike on the city of Aleppo on Tuesday.', '2023-04-12', ['Syria', 'Aleppo']);
    expect([e!.actors.attacker, e!.actors.target, e!.place?.name]).toEqual(['Syria', undefined, 'Aleppo']);
  });
  it('keeps a suspected attribution as a claim, not a suspected target', () => {
    const [a] = extract('Suspected jihadists killed five soldiers in an ambush near Aleppo on Monday.', '2023-04-12', ['Aleppo']);
    expect(a!.actors).toMatchObject({ attacker: 'jihadists', claim: 'suspected' });
    const [b] = extract('Israeli warplanes bombed suspected militant positions near Aleppo on Monday.', '2023-04-12', ['Israeli', 'Aleppo']);
    expect(b!.actors.claim).toBeUndefined();
  });
  it('reads a shooting that killed as a killing, and one that did not as other', () => {
    expect(extract('Gunmen opened fire at a bar in Aleppo on Sunday night, killing 12 people, officials said.', '2023-05-02', ['Aleppo']).map((e) => [e.type, e.fatalities?.min])).toEqual([['killing', 12]]);
    expect(extract('Gunmen opened fire on a checkpoint in Aleppo on Sunday, wounding two.', '2023-05-02', ['Aleppo']).map((e) => [e.type, e.injured?.min])).toEqual([['other', 2]]);
  });
  it('names the speaker who says it struck', () => {
    const [e] = extract('The Israeli army said its jets had struck a depot in Aleppo.', '2022-10-12', ['Israeli', 'Aleppo']);
    expect([e!.type, e!.actors.attacker, e!.place?.name]).toEqual(['air_strike', 'Israel', 'Aleppo']);
  });
  it('attributes a claimed bombing to the group that claimed it', () => {
    const events = extract('A car bomb exploded in Damascus on Saturday, killing 19.\n\nThe Islamic State group claimed responsibility for the blast.', '2023-01-15', ['Damascus']);
    expect(events).toHaveLength(1);
    expect(events[0]!.actors).toMatchObject({ attacker: 'Islamic State group', claim: 'claimed responsibility' });
  });
  it('does not read a superlative comparison as a second incident', () => {
    const events = extract('A car bomb killed 19 in Damascus on Saturday. It was the deadliest attack in the city since 2019.', '2023-01-15', ['Damascus']);
    expect(events).toHaveLength(1);
    expect(events[0]!.fatalities).toEqual({ min: 19, max: 19 });
  });
  it('adds a count told in the next sentence to the incident just told', () => {
    const events = extract('An air strike hit a market in Aleppo on Friday, killing 12. More than 30 people were wounded, medics said.', '2023-01-15', ['Aleppo']);
    expect(events.map((e) => [e.fatalities?.min, e.injured?.min])).toEqual([[12, 30]]);
  });
  it('widens conflicting tolls into a range', () => {
    const events = extract('Air strikes on Aleppo on Friday killed between 70 and 80 people. Officials put the death toll at 82.', '2023-01-15', ['Aleppo']);
    expect(events[0]!.fatalities).toEqual({ min: 70, max: 82 });
  });
  it('drops a bare "attack" with no armed actor or earlier incident in view', () => {
    expect(extract('Critics attacked the plan in Aleppo on Monday.', '2023-01-15', ['Aleppo'])).toEqual([]);
  });
});

describe('merging', () => {
  it('merges the same incident told twice and keeps both excerpts', () => {
    const text = 'An air strike hit Aleppo on Monday, killing five. The strike on Aleppo also wounded 12 people, medics said.';
    const events = extract(text, '2020-05-06', ['Aleppo']);
    expect(events).toHaveLength(1);
    expect(events[0]!.excerpts).toHaveLength(2);
    expect(events[0]!.fatalities).toEqual({ min: 5, max: 5 });
    expect(events[0]!.injured).toEqual({ min: 12, max: 12 });
  });

  it('keeps two incidents days apart apart', () => {
    const text = 'Shelling hit Kharkiv on Monday, killing two.\n\nOn Thursday, shelling hit Kharkiv again, killing four.';
    const events = extract(text, '2022-05-13', ['Kharkiv']);
    expect(events.map((e) => [e.date?.start, e.fatalities?.min])).toEqual([['2022-05-09', 2], ['2022-05-12', 4]]);
  });

  it('keeps incidents in different places apart', () => {
    const events = extract('Air strikes hit Aleppo and, separately, an air strike hit Damascus on Monday.', '2020-05-06', ['Aleppo', 'Damascus']);
    expect(events.map((e) => e.place?.name).sort()).toEqual(['Aleppo', 'Damascus']);
  });

  it('numbers events in text order, a headline-only incident first', () => {
    const events = extract('Drone strike hits Aleppo\n\nThe war went on.\n\nShelling hit Damascus on Monday.', '2020-05-06', ['Aleppo', 'Damascus']);
    expect(events.map((e) => [e.id, e.type, e.place?.name])).toEqual([['e1', 'drone_strike', 'Aleppo'], ['e2', 'shelling', 'Damascus']]);
  });

  it('is deterministic', () => {
    const run = () => JSON.stringify(extract(reference, '2020-05-06', referenceMentions));
    expect(run()).toBe(run());
  });
});
