// The mode stage, after PLOVER: only asserted incidents become events; tallies, campaigns, habits,
// plans, threats, hypotheticals and negations are kept as statements with their mode and a reason.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractAll } from './extract.ts';

const PLACES = ['Aleppo', 'Damascus', 'Kharkiv', 'Kyiv', 'Syria', 'Ukraine', 'Yemen', 'Sanaa', 'Israel', 'Russian', 'Israeli'];
const run = (text: string, published = '2024-03-06') => extractAll(text, published, PLACES);

describe('historical and aggregate statements are not events', () => {
  it.each([
    'Since 2019 the air force has carried out hundreds of strikes in Yemen.',
    'Jets have struck Aleppo repeatedly since the truce collapsed.',
    'Shelling has killed more than 1,400 people in Kharkiv since the war began.',
    'The United Nations says the conflict has killed thousands of civilians in Syria.',
    'Rights groups have documented more than 30 air strikes on hospitals in Syria this year.',
    'Israeli strikes on Damascus have become more frequent in recent months.',
    'Drone attacks on Kharkiv rose sharply over the past year, officials said.',
    'Russian forces have launched dozens of attacks on Kharkiv in recent weeks.',
    'Air strikes caused nearly half of all civilian casualties in Yemen, the report said.',
    'The coalition has said the rules for strikes in Yemen were tightened.',
    'Kharkiv has been shelled daily from across the border.',
    'The rebels attacked more than 100 villages around Aleppo between 2015 and 2017.',
    'Families who fled Kharkiv described days of shelling before they left.',
    'After weeks of heavy fighting near Aleppo, the front has barely moved.',
    'Damascus and Moscow deny targeting civilians in Aleppo and say they are fighting militants.',
    'The army says it is still fighting terrorist groups.',
    'Israel rarely acknowledges individual strikes in Syria.',
    'The militia seldom claims attacks on Aleppo.',
    'More than 500 people have been killed since fighting erupted in Aleppo.',
    'In January, the air force began striking rebel targets in Yemen.',
  ])('%s', (text) => {
    const { events, statements } = run(text);
    expect(events, JSON.stringify(events.map((e) => e.trigger.text))).toEqual([]);
    expect(statements.some((s) => s.mode === 'historical' && s.reason.length > 0)).toBe(true);
  });

  it('keeps an earlier incident told with its own day or place as an asserted event', () => {
    const { events } = run('The war began when militants attacked a checkpoint near Damascus on Oct. 7, 2023, killing 12 soldiers.');
    expect(events.map((e) => [e.place?.name, e.date?.start])).toEqual([['Damascus', '2023-10-07']]);
  });

  it('keeps the one incident a "since" counts from as an event with its own date', () => {
    const { events } = run('Tensions have risen since an Israeli strike on a consulate in Damascus in January killed seven officers.');
    expect(events.map((e) => [e.type, e.place?.name, e.date?.start, e.date?.end, e.fatalities?.min])).toEqual([['air_strike', 'Damascus', '2024-01-01', '2024-01-31', 7]]);
    // ... not a span of time after an incident told as a plural, nor a campaign from a day (negative).
    expect(run('Tensions have risen since Israeli strikes on Damascus began in January.').events).toEqual([]);
    expect(run('Jets have struck Aleppo since a truce collapsed in January.').events).toEqual([]);
  });

  it('keeps a side fighting a foe at a place of its own, in the present, as a clash there', () => {
    const { events } = run('Government troops are fighting rebels near Aleppo, residents said on Tuesday.');
    expect(events.map((e) => e.place?.name)).toEqual(['Aleppo']);
  });

  it('keeps "hours of fighting" on a day as one clash, and a stretch told with "the" as an incident', () => {
    expect(run('Hours of fighting near Aleppo on Monday killed nine soldiers.').events.map((e) => e.type)).toEqual(['armed_clash']);
    expect(run('Within days of the truce, jets struck Kyiv on Monday.').events.map((e) => e.place?.name)).toEqual(['Kyiv']);
  });

  it('keeps a day\'s strikes, even many of them, as an incident', () => {
    const { events } = run('Dozens of air strikes hit Aleppo on Monday, killing 20 people.');
    expect(events.map((e) => [e.type, e.date?.start, e.fatalities])).toEqual([['air_strike', '2024-03-04', { min: 20, max: 20 }]]);
  });

  it('does not read a scope in another clause as the trigger\'s ("sirens sounded across the region")', () => {
    const { events } = run('The missiles hit Kharkiv at dawn, shortly after sirens sounded across the region.');
    expect(events.map((e) => e.place?.name)).toEqual(['Kharkiv']);
  });

  it('keeps a single killing told in the perfect ("has been killed by gunmen in Aleppo")', () => {
    const { events } = run('A judge has been killed by unidentified gunmen in Aleppo, police said.');
    expect(events.map((e) => e.place?.name)).toEqual(['Aleppo']);
  });

  it('reads "a string of bombings" at a named town as one event there, and across a country as a tally', () => {
    expect(run('A string of car bombs killed 30 people in Aleppo.').events.map((e) => e.place?.name)).toEqual(['Aleppo']);
    const wide = run('A string of car bombs killed 30 people across Syria.');
    expect(wide.events).toEqual([]);
    expect(wide.statements.map((s) => s.mode)).toContain('historical');
  });

  it('does not make a re-mention of a campaign into an incident ("welcomed the strikes")', () => {
    const { events, statements } = run('The air force has carried out hundreds of strikes in Yemen since 2019. Sanaa has welcomed the strikes.');
    expect(events).toEqual([]);
    expect(statements).toHaveLength(2);
  });
});

describe('future, hypothetical and negated statements are not events', () => {
  it.each([
    ['The army is planning further attacks on Aleppo, an officer said.', 'future'],
    ['Police foiled a plot to attack Kyiv with a truck bomb.', 'future'],
    ['The rebels agreed to stop attacking convoys near Aleppo.', 'future'],
    ['The minister warned the militia on Monday against launching strikes on Damascus.', 'future'],
    ['He said any attack on Sanaa would be answered.', 'hypothetical'],
    ['The ministry denied a report that recent strikes had killed farmers near Aleppo.', 'negated'],
    ['None of its aircraft had carried out strikes near Aleppo, the coalition said.', 'negated'],
    ['Missiles hit a depot in Kharkiv, though none of the trucks parked nearby were struck.', 'negated'],
    ['The group demanded guarantees that the fighting in Aleppo would end.', 'future'],
    ['Washington has called on Russia to withdraw its troops from Syria.', 'future'],
    ['The rebel commander received permission from Abu Omar to attack army positions in Aleppo.', 'future'],
    ['With the hill under their control, the fighters are in position to strike the airport near Aleppo.', 'future'],
    ['The envoy pressed the militia to stop shelling Aleppo, diplomats said.', 'future'],
    ['Kyiv asked its allies to strike military airfields inside Russia.', 'future'],
    ['The rally marked the anniversary of the killing of a cleric in Damascus.', 'historical'],
    ['It was the deadliest attack on security forces in Aleppo this year.', 'historical'],
    ['It was the second attack on the academy in Kyiv this year.', 'historical'],
    ['Some 2,000 troops remain in Syria to train local forces fighting the remnants of the militia.', 'historical'],
  ])('%s', (text, mode) => {
    const { events, statements } = run(text);
    // The one real incident in the list ("Missiles hit a depot") stays; the negated strike does not.
    expect(events.filter((e) => e.trigger.text !== 'Missiles hit')).toEqual([]);
    expect(statements.map((s) => s.mode)).toContain(mode);
  });

  it('points every statement at its trigger and its sentence', () => {
    const text = 'Jets struck Aleppo on Monday. The rebels threatened to attack Damascus.';
    const { events, statements } = run(text);
    expect(events).toHaveLength(1);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(text.slice(s!.trigger.start, s!.trigger.end)).toBe(s!.trigger.text);
    expect(s!.excerpt.text).toBe('The rebels threatened to attack Damascus.');
  });
});

describe('the same words outside violence', () => {
  it.each([
    'Teachers began a 72-hour strike in Kyiv on Monday to demand better pay.',
    'The unions said the strike in Damascus would continue until wages rose.',
    'Doctors staged a one-day strike in Aleppo on Tuesday.',
    'The ceasefire, struck in Damascus in June, has largely held.',
    'A curling strike in the 80th minute gave the home side a 2-1 victory in Kyiv.',
    'The fans in the stadium in Aleppo exploded when the goal went in.',
    'The union called the plan a direct attack on the poor in Damascus.',
  ])('%s', (text) => {
    expect(run(text).events).toEqual([]);
  });

  it('still reads a strike that killed people at a stadium as violence', () => {
    expect(run('A bomb exploded at a stadium in Aleppo during a football match on Monday, killing five fans.').events.map((e) => e.type)).toEqual(['bombing']);
  });
});
