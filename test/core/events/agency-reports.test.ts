// Mechanisms found on agency-style strike reports: a pronoun or definite re-mention with no place of
// its own folds into the incident just told; an undated lead takes the day of its dated re-mention;
// one sentence that shells a place and then storms it tells one incident; a date inside a relative
// clause dates that clause, not the strike; a campaign named in passing is no incident; a past perfect
// in reported speech retells the story's incident; a truncated teaser line is page furniture; a denial
// is negated. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { placesAgree } from '../../../src/core/events/merge.ts';
import type { Place } from '../../../src/core/types.ts';
import { PLACES } from './mention-builder.ts';
import { extractAll } from './extract.ts';

const P = ['Rafah', 'Gaza', 'Kharkiv', 'Kherson', 'Belgorod', 'Bakhmut', 'Avdiivka', 'Plateau', 'Mangu', 'Pakistan', 'Gulf of Aden', 'Red Sea', 'Homs', 'Aleppo', 'Israeli', 'Russian', 'Ukrainian'];
const run = (text: string, published = '2024-05-10') => extractAll(text, published, P);
const view = (text: string, published?: string) => run(text, published).events.map((e) => [e.type, e.place?.name ?? null, e.date?.start ?? null, e.excerpts.length]);

describe('a re-mention with no place of its own', () => {
  it('folds a pronoun-subject retelling into the strike just told, keeping its excerpt', () => {
    expect(view('Israeli jets struck a house in Rafah on Tuesday, killing five people, medics said. The military said it targeted a Hamas commander.'))
      .toEqual([['air_strike', 'Rafah', '2024-05-07', 2]]);
  });
  it('does so across a paragraph break', () => {
    expect(view('Russian missiles struck Kharkiv early on Thursday, killing two, the governor said.\n\nThe army said it targeted an ammunition depot.'))
      .toEqual([['missile_attack', 'Kharkiv', '2024-05-09', 2]]);
  });
  it('keeps apart a retelling that names a place of its own', () => {
    expect(view('Israeli jets struck a house in Rafah on Tuesday, killing five people. The military said it targeted a Hamas commander in Gaza.').map((e) => e[1]))
      .toEqual(['Rafah', 'Gaza']);
  });
  it('keeps apart one told as another ("separately")', () => {
    expect(view('Israeli jets struck a house in Rafah on Tuesday. Separately, the military said it targeted a Hamas commander.')).toHaveLength(2);
  });
  it('keeps apart two attackers both named by name', () => {
    expect(view('Israeli jets struck a house in Rafah on Tuesday. Hamas said it attacked an army post.').length).toBeGreaterThan(1);
  });
});

describe('an undated lead and its dated re-mention', () => {
  it('merge when the re-mention names a village the gazetteer lacks inside the lead\'s region, and the day is kept', () => {
    expect(view('Ukrainian shelling killed two civilians in the Belgorod region, the governor said.\n\nThe attack on the village of Zhuravlyovka on Wednesday also damaged a school, he said.'))
      .toEqual([['shelling', 'Belgorod Oblast', '2024-05-08', 2]]);
  });
  it('merge when the lead gives only the country', () => {
    expect(view('A suicide bomber killed 12 people at a market in northwest Pakistan, police said. The bombing in Bajaur district on Friday was claimed by a militant group.'))
      .toEqual([['bombing', 'Pakistan', '2024-05-10', 2]]);
  });
  it('merge when the town lies in the region the lead names (its first-level division)', () => {
    expect(view('Gunmen killed 12 villagers in Plateau state, police said. The attack on Mangu on Wednesday night was the latest in the area.'))
      .toEqual([['killing', 'Mangu', '2024-05-08', 2]]);
  });
  it('stay apart when both have a day and the days differ', () => {
    expect(view('Ukrainian shelling killed two civilians in the Belgorod region on Monday. The attack on the village of Zhuravlyovka on Wednesday damaged a school.')).toHaveLength(2);
  });
  it('stay apart when the later one is indefinite and unplaced', () => {
    expect(view('Ukrainian shelling killed two civilians in the Belgorod region, the governor said. Drones also hit the village of Zhuravlyovka on Wednesday.')).toHaveLength(2);
  });
});

describe('placesAgree for a first-level division', () => {
  it('holds a town whose admin1 is the region, however far from the region\'s label point', () => {
    const kaduna: Place = { name: 'Kaduna', lat: 10.52, lon: 7.44, precision: 'city', country: 'NG', admin1: 'Kaduna State' };
    expect(placesAgree(PLACES.Plateau!, PLACES.Jos!)).toBe(true);
    expect(placesAgree(PLACES.Plateau!, kaduna)).toBe(false);
  });
});

describe('one sentence, one place, two verbs', () => {
  it('shelling a village and then storming it is one incident', () => {
    expect(view('Russian forces shelled the village of Krynky before storming it on Thursday, an officer said.')).toHaveLength(1);
    expect(view('Russian troops shelled Bakhmut then stormed its outskirts on Friday, the army said.').map((e) => [e[1], e[2]])).toEqual([['Bakhmut', '2024-05-10']]);
    expect(view('Russian shells hit Kherson on Monday. Separately, Russian forces shelled the village of Krynky before storming it on Thursday.')).toHaveLength(2);
  });
  it('two places, two days, stay two', () => {
    expect(view('Russian troops shelled Bakhmut on Monday and stormed Avdiivka on Friday.').map((e) => e[1])).toEqual(['Bakhmut', 'Avdiivka']);
  });
});

describe('a date in a relative clause', () => {
  it('dates the clause, not the strike before it', () => {
    const out = view('Russian artillery hit a school in Kherson, which officials said on Friday had been evacuated last year.');
    expect(out.map((e) => [e[1], e[2]])).toEqual([['Kherson', null]]);
  });
  it('nor as the date of the report', () => {
    const { events } = run('Fighting raged around Avdiivka, which Russian officials said on Friday they had captured.');
    expect(events.map((e) => [e.type, e.place?.name, e.date?.start ?? null])).toEqual([['armed_clash', 'Avdiivka', null]]);
  });
  it('still dates a strike with a day of its own (control)', () => {
    expect(view('Russian artillery hit a school in Kherson on Friday, which officials said had been evacuated.').map((e) => e[2])).toEqual(['2024-05-10']);
  });
});

describe('a campaign named in passing', () => {
  it('is no incident, though the sentence has a day', () => {
    const { events, statements } = run('Houthi rebels fired two missiles at a tanker in the Gulf of Aden on Friday, the U.S. military said, in the group\'s continued attacks on shipping in the Red Sea.');
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['missile_attack', 'Gulf of Aden']]);
    expect(statements.some((s) => s.trigger.text === 'attacks' && s.mode === 'historical')).toBe(true);
  });
  it.each([
    'Repeated strikes on Kharkiv have left the city without power.',
    'The continued attacks on Kherson have emptied its riverside districts.',
  ])('%s', (text) => {
    expect(run(text).events).toEqual([]);
  });
  it('keeps the verb "continued attacks" on a day at a place, and the incident told amid a campaign', () => {
    expect(view('Russian troops continued attacks on Bakhmut on Monday, the army said.').map((e) => e[1])).toEqual(['Bakhmut']);
    const { events } = run('Amid continued attacks on Kherson, a Russian missile struck a school in Kharkiv on Monday.');
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['missile_attack', 'Kharkiv']]);
  });
  it('keeps an offensive carried on, on a day at a place (control)', () => {
    expect(view('The army continued its offensive in Homs on Monday.').map((e) => e[1])).toEqual(['Homs']);
  });
});

describe('a past perfect in reported speech', () => {
  it('retells the story\'s incident, it is no tally', () => {
    const { events, statements } = run('Houthi rebels fired two missiles at a tanker in the Gulf of Aden on Friday, setting it ablaze. A rebel spokesman said on Saturday that they had fired missiles at the tanker because it was British.');
    expect(statements.filter((s) => s.mode === 'historical')).toEqual([]);
    expect(events.map((e) => [e.type, e.place?.name, e.excerpts.length])).toEqual([['missile_attack', 'Gulf of Aden', 2]]);
  });
  it('is still a tally with a habit or a count of its own', () => {
    expect(run('The rebels had fired missiles at ships many times before.').events).toEqual([]);
    expect(run('Since November the rebels have fired missiles at dozens of ships in the Red Sea.').events).toEqual([]);
  });
});

describe('a truncated teaser line', () => {
  it('is page furniture, not an event nor a re-mention', () => {
    const text = 'Russian shelling hit Kherson on Monday, killing two.\n\nResidents inspect the site of shelling in the town - ...\n\nThe governor said a school was damaged.';
    expect(view(text)).toEqual([['shelling', 'Kherson', '2024-05-06', 1]]);
    expect(view('Russian shelling hit Kherson on Monday.\n\nDrone strike hits market in Kharkiv as residents…\n\nOfficials said the market was closed.').map((e) => e[1])).toEqual(['Kherson']);
  });
  it('a body sentence that ends a paragraph is kept (control)', () => {
    expect(view('Russian shelling hit Kherson on Monday.\n\nA drone struck a market in Kharkiv on Tuesday.').map((e) => e[1])).toEqual(['Kherson', 'Kharkiv']);
  });
});

describe('denials and fighting', () => {
  it.each([
    'The military denied it had intensified its bombardment of Kherson.',
    'The ministry denied that it had targeted civilians in Kharkiv.',
    'Russia denies that its forces shelled Kherson.',
  ])('negates "%s"', (text) => {
    const { events, statements } = run(text);
    expect(events).toEqual([]);
    expect(statements.some((s) => s.mode === 'negated')).toBe(true);
  });
  it('keeps "fighting also raged" as a clash, unlike "fighting a war"', () => {
    expect(view('Fighting also raged around Avdiivka on Friday, the army said.').map((e) => e[0])).toEqual(['armed_clash']);
    expect(view('Fighting again flared near Bakhmut on Friday, Ukrainian officials said.').map((e) => e[0])).toEqual(['armed_clash']);
    expect(run('The brigade has been fighting a war of attrition near Bakhmut for months.').events).toEqual([]);
  });
});

describe('"also" after a noun subject', () => {
  it('tells another incident than the one before', () => {
    expect(view('Russian shelling hit Kherson on Friday, killing two. Fighting also raged around Avdiivka on Friday, the army said.').map((e) => e[1]))
      .toEqual(['Kherson', 'Avdiivka']);
    expect(view('Rebels attacked an army post in the northern district of Salaheddine late on Tuesday while fighting also erupted in Homs, Syrian sources said.').map((e) => e[1]))
      .toEqual([null, 'Homs']);
  });
});

describe('"also" after a definite noun subject', () => {
  it('adds to the incident told, it is not another', () => {
    expect(view('Russian shells hit a hospital in Kherson on Friday, killing two. The attack also damaged the hospital\'s generator.')).toEqual([['shelling', 'Kherson', '2024-05-10', 2]]);
  });
});

describe('"the village of X" with X unknown to the gazetteer', () => {
  it('is not "the village" pointing back to the last town named', () => {
    const out = view('Russian shells hit Kharkiv on Monday, killing two.\n\nRussian forces shelled the village of Krynky on Thursday, an officer said.');
    expect(out.map((e) => e[1])).toEqual(['Kharkiv', null]);
  });
  it('while "the city" alone still points back (control)', () => {
    expect(view('Russian shells hit Kharkiv on Monday. Two people died when a missile struck the city on Tuesday.').map((e) => e[1])).toEqual(['Kharkiv', 'Kharkiv']);
  });
});

describe('"hit" with an attacker subject and a target object', () => {
  it('is a strike', () => {
    const out = extractAll('Russia also hit energy facilities in the Lviv region, officials said.', '2024-05-10', ['Russia', 'Lviv', 'Kharkiv']).events;
    expect(out.map((e) => [e.type, e.place?.name, e.actors.attacker])).toEqual([['air_strike', 'Lviv Oblast', 'Russia']]);
    const allies = extractAll('On Monday, the allies hit eight rebel sites near Sanaa, the Pentagon said.', '2024-05-10', ['Sanaa']).events;
    expect(allies.map((e) => [e.type, e.place?.name, e.date?.start])).toEqual([['air_strike', 'Sanaa', '2024-05-06']]);
  });
  it('is not a strike without a target noun, or with the subject\'s own targets', () => {
    expect(extractAll('Russia hit back at the sanctions on Monday, officials in Kharkiv said.', '2024-05-10', ['Russia', 'Kharkiv']).events).toEqual([]);
    expect(extractAll('Ukraine hit its export targets in Kharkiv this year.', '2024-05-10', ['Ukraine', 'Kharkiv']).events).toEqual([]);
    expect(extractAll('Power cuts hit homes in Kharkiv on Monday.', '2024-05-10', ['Kharkiv']).events).toEqual([]);
  });
});

describe('street battles', () => {
  it('are a clash', () => {
    expect(view('Street battles raged in Bakhmut on Friday between Ukrainian and Russian troops.').map((e) => [e[0], e[1]])).toEqual([['armed_clash', 'Bakhmut']]);
    expect(view('Battles raged near Avdiivka on Friday, Ukrainian officials said.').map((e) => [e[0], e[1]])).toEqual([['armed_clash', 'Avdiivka']]);
  });
  it('are not legal or budget battles', () => {
    expect(run('The family fought legal battles in Kharkiv for years.').events).toEqual([]);
    expect(run('Battles over the budget dominated the council in Kharkiv on Monday.').events).toEqual([]);
  });
});

describe('a pronoun subject of a bare "struck"', () => {
  it('takes the kind of the incident just told', () => {
    const out = view('Russian shells hit a school in Kherson on Monday, killing two. It was struck again on Wednesday, officials said.');
    expect(out.map((e) => [e[0], e[1], e[2]])).toEqual([['shelling', 'Kherson', '2024-05-06'], ['shelling', 'Kherson', '2024-05-08']]);
  });
  it('while a noun subject keeps the strike from the air (control)', () => {
    expect(view('Russian shells hit a school in Kherson on Monday. Jets struck a depot in Kharkiv on Wednesday.').map((e) => e[0])).toEqual(['shelling', 'air_strike']);
  });
});

describe('"attack" naming a kind of aircraft', () => {
  it('is no attack: a downed attack jet is no strike at the place it fell', () => {
    const out = run('A Russian attack jet was shot down near Bakhmut on Thursday, the Ukrainian military said.').events;
    expect(out.map((e) => e.type)).not.toContain('air_strike');
  });
  it('while "an attack on" still is (control)', () => {
    expect(view('A Russian attack on Bakhmut on Thursday killed two soldiers.').map((e) => e[1])).toEqual(['Bakhmut']);
  });
});

describe('fighting a raid set off', () => {
  it('is part of the raid', () => {
    expect(view('Israeli troops raided a camp near Gaza on Monday, sparking gunfights with militants, medics said.').map((e) => [e[0], e[1]])).toEqual([['raid', 'Gaza']]);
  });
  it('but fire a strike prompted elsewhere or of another kind is another incident', () => {
    expect(view('Israeli jets struck Rafah on Monday, prompting rocket fire from militants.')).toHaveLength(2);
  });
});

describe('"began launching"', () => {
  it('is an incident under way, not one to come', () => {
    expect(view('Russian forces began launching missiles at Kharkiv on Thursday, the governor said.').map((e) => [e[0], e[1]])).toEqual([['missile_attack', 'Kharkiv']]);
    expect(view('Russian forces began launching glide bombs at Kharkiv on Thursday, the governor said.').map((e) => [e[0], e[1]])).toEqual([['air_strike', 'Kharkiv']]);
  });
  it('but planning to launch them is not (control)', () => {
    expect(run('Russian forces are planning to begin launching missiles at Kharkiv, the governor said.').events).toEqual([]);
  });
});

describe('two attacks coordinated by "and"', () => {
  it('stay two, unless the second verb takes the first one\'s place as a pronoun', () => {
    expect(view('A suicide bombing and shelling killed nine people in Kherson on Wednesday.').map((e) => e[0])).toEqual(['bombing', 'shelling']);
    expect(view('Russian troops shelled Bakhmut on Friday and stormed it, the army said.')).toHaveLength(1);
  });
});
