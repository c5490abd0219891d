// The merge stage: one incident, one event. Re-mentions fold in across type words of one family, a
// headline, a coarser or finer place and a date of the report; two incidents on different days or in
// different towns never merge. Invented sentences throughout.
import { describe, expect, it } from 'vitest';
import { datesAgree, placesAgree, typesAgree } from '../../../src/core/events/merge.ts';
import type { Draft } from '../../../src/core/events/draft.ts';
import { PLACES } from './mention-builder.ts';
import { extract, extractAll } from './extract.ts';

const P = ['Aleppo', 'Damascus', 'Syria', 'Kharkiv', 'Ukraine', 'Russian', 'Israeli', 'Belgorod', 'Shebekino'];
const summary = (text: string, published = '2024-06-21') =>
  extract(text, published, P).map((e) => [e.type, e.place?.name ?? null, e.date?.start ?? null, e.excerpts.length]);

describe('typesAgree, placesAgree, datesAgree', () => {
  const t = (type: Draft['type'], specific: boolean) => ({ type, specific });
  it('lets a generic word stand for a specific one of its family, never two specific ones', () => {
    expect(typesAgree(t('killing', false), t('missile_attack', true))).toBe(true);
    expect(typesAgree(t('air_strike', false), t('shelling', true))).toBe(true);
    expect(typesAgree(t('bombing', false), t('drone_strike', true))).toBe(true);
    expect(typesAgree(t('air_strike', true), t('drone_strike', true))).toBe(true);
    expect(typesAgree(t('shelling', true), t('missile_attack', true))).toBe(false);
    expect(typesAgree(t('air_strike', false), t('bombing', true))).toBe(false);
    expect(typesAgree(t('killing', false), t('withdrawal', true))).toBe(false);
  });
  it('takes a place inside another as the same, two towns as two', () => {
    expect(placesAgree(PLACES.Syria!, PLACES.Aleppo!)).toBe(true);
    expect(placesAgree(PLACES.Belgorod!, PLACES.Shebekino!)).toBe(true);
    expect(placesAgree(PLACES.Aleppo!, PLACES.Damascus!)).toBe(false);
    expect(placesAgree(PLACES.Ukraine!, PLACES.Aleppo!)).toBe(false);
    expect(placesAgree(null, PLACES.Aleppo!)).toBe(true);
  });
  it('lets a date of the report fit any day, but keeps two days apart and a week off a day', () => {
    const d = (start: string, end: string, precision: 'day' | 'week', reportDate = false, word = 'strikes') => ({ date: { start, end, precision, text: '', basis: '', span: { start: 0, end: 0 } }, reportDate, trigger: { text: word } }) as Draft;
    expect(datesAgree(d('2024-06-19', '2024-06-19', 'day'), d('2024-06-20', '2024-06-20', 'day', true))).toBe(true);
    expect(datesAgree(d('2024-06-19', '2024-06-19', 'day'), d('2024-06-20', '2024-06-20', 'day'))).toBe(false);
    expect(datesAgree(d('2024-06-17', '2024-06-23', 'week'), d('2024-06-19', '2024-06-19', 'day'))).toBe(false);
    // (One attack dated only to its week holds a day inside it, not one outside.)
    expect(datesAgree(d('2024-06-17', '2024-06-23', 'week', false, 'attack'), d('2024-06-19', '2024-06-19', 'day'))).toBe(true);
    expect(datesAgree(d('2024-06-17', '2024-06-23', 'week', false, 'attack'), d('2024-06-25', '2024-06-25', 'day'))).toBe(false);
  });
});

describe('re-mentions merge', () => {
  it('folds "the strike", "the attack" and a weapon named later into one incident, keeping every excerpt', () => {
    const out = summary('An attack on a market in Aleppo killed six people on Monday. The drone strike also wounded 20. Residents said the attack began at dawn.');
    expect(out).toEqual([['drone_strike', 'Aleppo', '2024-06-17', 3]]);
  });
  it('folds a toll told with "killed" into the shelling it belongs to', () => {
    expect(summary('Shelling hit Kharkiv on Monday. Two people were killed, officials said.')).toEqual([['shelling', 'Kharkiv', '2024-06-17', 2]]);
  });
  it('does not let the date of the report keep the day the incident happened apart', () => {
    const text = 'An air strike on a market in Aleppo left twelve dead, the ministry announced on Sunday. Residents said the jets hit the market on Saturday evening.';
    expect(summary(text)).toEqual([['air_strike', 'Aleppo', '2024-06-15', 2]]);
  });
  it('folds a region-level re-mention of the same type into the town\'s incident', () => {
    expect(summary('A drone hit a house in Shebekino on Wednesday. The drone attack in the Belgorod region also damaged a school.')).toEqual([['drone_strike', 'Shebekino', '2024-06-19', 2]]);
  });
  it('folds a headline into the incident the story tells', () => {
    expect(summary('Drone strike kills two in Kharkiv\n\nA Russian drone hit a car in Kharkiv on Monday, killing two men.')).toEqual([['drone_strike', 'Kharkiv', '2024-06-17', 2]]);
  });
});

describe('distinct incidents do not merge', () => {
  it('keeps two towns apart, and two days apart', () => {
    expect(summary('Shelling hit Kharkiv on Monday. Shelling hit Aleppo on Monday.').map((e) => e[1])).toEqual(['Kharkiv', 'Aleppo']);
    expect(summary('Shelling hit Kharkiv on Monday. Shelling hit Kharkiv again on Wednesday.').map((e) => e[2])).toEqual(['2024-06-17', '2024-06-19']);
  });
  it('keeps a headline at one town apart from another kind of incident at another town of its country', () => {
    const out = extract('Kharkiv was shelled overnight, two wounded\nRussian jets struck Zaporizhzhia\nExplosions reported in Kherson', '2024-06-21', ['Kharkiv', 'Zaporizhzhia', 'Kherson'])
      .map((e) => [e.type, e.place?.name ?? null, e.date?.start ?? null]);
    expect(out).toContainEqual(['shelling', 'Kharkiv', '2024-06-20']);
    expect(out.map((e) => e[1])).toEqual(['Kharkiv', 'Zaporizhzhia', 'Kherson']);
    // the same kind of incident: the headline names the town readers know
    expect(extract('Drone strike hits Kharkiv\n\nA Russian drone hit a car in Zaporizhzhia on Monday, killing two.', '2024-06-21', ['Kharkiv', 'Zaporizhzhia'])).toHaveLength(1);
  });
  it('keeps "a separate strike" apart', () => {
    expect(summary('Jets struck Aleppo on Monday. A separate strike hit a school in Aleppo.')).toHaveLength(2);
  });
  it('keeps a generic word in a region apart from a specific incident in one of its towns told after it', () => {
    const out = summary('Five people were killed in the Belgorod region, the governor said. Shelling hit a school in Shebekino.');
    expect(out.map((e) => e[0])).toEqual(['killing', 'shelling']);
  });
  it('keeps an interception apart from a hit the same night', () => {
    const text = 'A drone struck a car in Shebekino overnight, killing two. Air defences shot down 11 drones over the Belgorod region overnight.';
    expect(summary(text)).toHaveLength(2);
  });
});

describe('incidents named in passing', () => {
  it('does not make "a day after the shelling" an incident of its own when the story does not tell it', () => {
    const { events, statements } = extractAll('A day after the shelling, troops entered the town.', '2024-06-21', []);
    expect(events).toEqual([]);
    expect(statements.map((s) => s.reason)).toEqual([expect.stringMatching(/in passing/)]);
  });
});

describe('the night\'s wave and its interceptions', () => {
  const text = 'A woman was killed when a drone struck her house in Avdiivka, officials said.\n\n'
    + 'The air force said Russia launched 96 Shahed-type drones and two ballistic missiles overnight. Air defences shot down 72 drones.';
  it('a counted launch with no place is not the village\'s drone strike, and takes no place from it', () => {
    const events = extract(text, '2024-11-30', ['Avdiivka']);
    const village = events.filter((e) => e.place?.name === 'Avdiivka');
    expect(village).toHaveLength(1);
    expect(village[0]!.excerpts).toHaveLength(1);
  });
  it('an interception with no place is placed nowhere', () => {
    const events = extract(text, '2024-11-30', ['Avdiivka']);
    const downed = events.find((e) => /^shot down/.test(e.trigger.text));
    expect(downed?.place ?? null).toBeNull();
  });
  it('but "the drone" told again with no place is still the strike', () => {
    const events = extract('A drone struck a house in Avdiivka on Friday. The drone was launched from the south, officials said.', '2024-11-30', ['Avdiivka']);
    expect(events).toHaveLength(1);
  });
});

describe('one of many places hit, after "including"', () => {
  it('is below the place that frames the sentence', () => {
    const events = extract('In Belgorod, Ukrainian forces attacked 38 settlements, including the town of Shebekino, killing four people.', '2024-11-30', ['Belgorod', 'Shebekino']);
    expect(events.map((e) => e.place?.name)).toEqual(['Belgorod Oblast']);
  });
  it('but is the place when nothing frames the sentence', () => {
    const events = extract('Ukrainian forces attacked several border villages, including the town of Shebekino, killing four people.', '2024-11-30', ['Shebekino']);
    expect(events.map((e) => e.place?.name)).toEqual(['Shebekino']);
  });
});

describe('an attack dated to last week, told again on its day', () => {
  const text = 'Gunmen killed 12 civilians in an attack on a village near Kherson last week, residents said on Tuesday.\n\n'
    + 'The gunmen arrived on Thursday evening in Dablo, a resident said, and opened fire on people at the market.';
  it('is one attack, dated to the day', () => {
    const events = extract(text, '2024-12-03', ['Kherson']);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2024-11-28');
    expect(events[0]!.excerpts).toHaveLength(2);
  });
  it('but strikes over last week do not swallow a day\'s strike', () => {
    const events = extract('Air strikes hit villages near Kherson last week, officials said.\n\nOn Thursday an air strike hit a market in Kherson, killing four.', '2024-12-03', ['Kherson']);
    expect(events.some((e) => e.date?.start === '2024-11-28')).toBe(true);
    expect(events.every((e) => e.excerpts.length === 1)).toBe(true);
  });
});

describe('where people fled to, and a claim no one made', () => {
  it('the town a witness fled to is not the scene', () => {
    const events = extract('Gunmen opened fire on people at a market on Thursday, a resident who fled to the town of Kherson told reporters.', '2024-12-03', ['Kherson']);
    expect(events.map((e) => e.place?.name ?? null)).toEqual([null]);
  });
  it('"No group has claimed responsibility" names no attacker', () => {
    const events = extract('A bomb exploded at a market in Kherson on Thursday. No group has claimed responsibility for the attack.', '2024-12-03', ['Kherson']);
    expect(events).toHaveLength(1);
    expect(events[0]!.actors.attacker ?? null).toBeNull();
  });
  it('a member who claimed it names his group, and "has since claimed" is one claim, no tally', () => {
    const member = extract('A bomb exploded at a market in Kherson on Thursday. An Azov Brigade commander initially claimed responsibility for the attack.', '2024-12-03', ['Kherson']);
    expect(member.map((e) => e.actors.attacker)).toEqual(['Azov Brigade']);
    const since = extract('A bomb exploded at a market in Kherson on Thursday. The Azov Brigade has since claimed responsibility for the attack.', '2024-12-03', ['Kherson']);
    expect(since.map((e) => [e.actors.attacker, e.excerpts.length])).toEqual([['Azov Brigade', 2]]);
  });
  it('"Nobody has claimed responsibility" is no toll of none', () => {
    const events = extract('A bomb exploded at a market in Kherson on Thursday. Nobody has claimed responsibility for the attack.', '2024-12-03', ['Kherson']);
    expect(events.map((e) => e.fatalities)).toEqual([null]);
    // ... while "nobody was hurt" is (negative).
    expect(extract('A bomb exploded at a market in Kherson on Thursday. Nobody was hurt.', '2024-12-03', ['Kherson']).map((e) => e.fatalities)).toEqual([{ min: 0, max: 0 }]);
  });
  it('"The bomber struck" retells the bombing, and a bare re-mention after an aside is the lead\'s', () => {
    const text = 'A suicide bombing at a mosque in Kherson killed 30 people, officials said on Tuesday.\n\nThe bomber struck on Monday as worshippers gathered for prayers.\n\n'
      + 'The day before, a roadside bomb wounded three soldiers near Mosul.\n\nThe mayor vowed to punish those behind the attack.';
    const events = extract(text, '2024-12-03', ['Kherson', 'Mosul']);
    expect(events.map((e) => [e.type, e.place?.name, e.date?.start, e.excerpts.length])).toEqual([['bombing', 'Kherson', '2024-12-02', 3], ['bombing', 'Mosul', '2024-12-01', 1]]);
    // "B-52 bombers struck" after air strikes stays an air strike (negative).
    expect(extract('Jets struck Mosul on Monday. Later, a bomber struck the outskirts of Mosul.', '2024-12-03', ['Mosul']).map((e) => e.type)).toEqual(['air_strike']);
  });
  it('an incident named in passing in a strike\'s sentence lends it no place, day or merge', () => {
    const text = 'An Israeli air strike on a school in Rafah killed 27 people on Thursday.\n\nThe military said its jets struck classrooms used by fighters who had taken part in the Oct. 7 attack on Israel.';
    const events = extract(text, '2024-06-06', ['Rafah', 'Israel', 'Israeli']);
    expect(events.map((e) => [e.type, e.place?.name ?? null, e.date?.start])).toEqual([['air_strike', 'Rafah', '2024-06-06'], ['air_strike', null, '2024-06-06']]);
    // Alone, the strike has no place or day the words give it (the attack named is not reported).
    const alone = extract('The military said its jets struck classrooms used by fighters who had taken part in the Oct. 7 attack on Israel.', '2024-06-06', ['Israel']);
    expect(alone.map((e) => [e.type, e.place?.name ?? null, e.date?.start ?? null])).toEqual([['air_strike', null, null]]);
  });
  it('a tally\'s count is not the toll of the incident it counts from', () => {
    const events = extract('The Israeli offensive has killed more than 36,000 Palestinians since Hamas gunmen attacked Israel on Oct. 7, killing about 1,200 people.', '2024-06-06', ['Israel', 'Israeli']);
    expect(events.map((e) => [e.date?.start, e.fatalities])).toEqual([['2023-10-07', { min: 1200, max: 1200 }]]);
  });
  it('"fired by Yemen\'s Houthi militia" names the group, "by Turkey" the country', () => {
    expect(extract('A cargo ship was hit by two missiles fired by Yemen\'s Houthi militia near Hodeidah on Sunday.', '2024-02-19', ['Yemen', 'Hodeidah']).map((e) => e.actors.attacker)).toEqual(['Houthi']);
    expect(extract('Shelling by Sudan\'s paramilitary Rapid Support Forces hit a hospital in Aleppo on Monday.', '2024-02-19', ['Aleppo', 'Sudan']).map((e) => e.actors.attacker)).toEqual(['Rapid Support Forces']);
    expect(extract('(Nairobi, April 25, 2024) – Syria\'s armed forces summarily executed 12 men in Aleppo on Monday.', '2024-04-25', ['Aleppo', 'Syria']).map((e) => e.actors.attacker)).toEqual(['Syria']);
    expect(extract('Five soldiers died on Monday in an attack by the Group for the Support of Islam and Muslims (JNIM) on a camp near Aleppo.', '2024-04-25', ['Aleppo']).map((e) => e.actors.attacker)).toEqual(['JNIM']);
    // A name that is whole keeps its words; a place after "by gunmen near" is no attacker (negative).
    expect(extract('A drone strike by the paramilitary Rapid Support Forces (RSF) hit Aleppo on Monday.', '2024-04-25', ['Aleppo']).map((e) => e.actors.attacker)).toEqual(['Rapid Support Forces']);
    expect(extract('A car was attacked by gunmen near Aleppo on Monday.', '2024-04-25', ['Aleppo']).map((e) => e.actors.attacker ?? null)).not.toContain('Aleppo');
    expect(extract('A market in Aleppo was shelled by Turkey on Sunday.', '2024-02-19', ['Aleppo', 'Turkey']).map((e) => e.actors.attacker)).toEqual(['Türkiye']);
  });
  it('"the first missile hit ..., and a second struck" is one attack', () => {
    const events = extract('A Russian missile strike on Kharkiv killed 14 people on Friday.\n\nThe first missile hit a residential area, and a second struck about 20 minutes later as rescuers arrived.', '2024-03-16', ['Kharkiv', 'Russian']);
    expect(events.map((e) => [e.type, e.excerpts.length])).toEqual([['missile_attack', 2]]);
    // ... while "a second strike" told as its own is one (negative).
    const two = extract('A Russian missile strike on Kharkiv killed 14 people on Friday.\n\nOn Saturday, a second strike hit Kharkiv, killing two.', '2024-03-16', ['Kharkiv', 'Russian']);
    expect(two).toHaveLength(2);
  });
  it('a bare re-mention after an aside is the lead\'s, whatever the aside\'s weapon; a denial names no attacker', () => {
    const text = 'Three U.S. service members were killed in a drone attack on a base in Syria on Sunday.\n\nOn Saturday, a rocket hit near a base in Iraq, causing no damage.\n\nIran denied any involvement in the attack.';
    const events = extract(text, '2024-01-28', ['Syria', 'Iraq', 'Iran']);
    expect(events.map((e) => [e.type, e.place?.name, e.fatalities?.min ?? null, e.excerpts.length, e.actors.attacker ?? null])).toEqual([['drone_strike', 'Syria', 3, 2, null], ['shelling', 'Iraq', null, 1, null]]);
  });
  it('a report its own sentence says was corrected places nothing, and a group named for its land is no scene', () => {
    const text = 'A drone attack on a base in Syria killed three soldiers on Sunday.\n\nThe government initially said the attack had taken place in Iraq, but later acknowledged it had hit the base.\n\nThe Islamic Resistance in Iraq claimed the attack.';
    const events = extract(text, '2024-01-28', ['Syria', 'Iraq']);
    expect(events.map((e) => [e.place?.name, e.excerpts.length])).toEqual([['Syria', 2]]);
  });
  it('an investigation into attacks is no report of one', () => {
    const events = extract('Gunmen killed 12 villagers near Aleppo on Monday.\n\nOn Wednesday, the government said it had opened an investigation into "deadly attacks" in the area.', '2024-04-25', ['Aleppo']);
    expect(events.map((e) => [e.type, e.date?.start, e.excerpts.length])).toEqual([['killing', '2024-04-22', 1]]);
  });
  it('while a group that claimed it is named', () => {
    const events = extract('A bomb exploded at a market in Kherson on Thursday. The Azov Brigade claimed responsibility for the attack.', '2024-12-03', ['Kherson']);
    expect(events[0]!.actors.attacker).toBe('Azov Brigade');
  });
});

describe('re-mentions of a strike told by its scene\'s name, and in the plural', () => {
  const text = 'Israeli air strikes killed 25 people across Gaza on Saturday. In the deadliest strike, a house in the Tuffah neighbourhood east of Gaza was hit, killing 11 members of one family, medics said. '
    + 'Another strike on a tent in Rafah in the south killed four people, they said.\n\n'
    + 'It did not comment on the specific strikes.\n\nLater on Saturday the health ministry said the death toll from the Tuffah strike had risen to 14.';
  it('"the Tuffah strike" is the strike in Tuffah, whatever was told since', () => {
    const events = extract(text, '2025-10-04', ['Gaza', 'Rafah', 'Israeli']);
    const tuffah = events.find((e) => e.fatalities?.max === 14);
    expect(tuffah?.excerpts.map((x) => x.text.slice(0, 20))).toEqual(['In the deadliest str', 'Later on Saturday th']);
    expect(events.find((e) => e.place?.name === 'Rafah')?.fatalities).toEqual({ min: 4, max: 4 });
  });
  it('"the specific strikes" is not the one strike in Rafah', () => {
    const { events, statements } = extractAll(text, '2025-10-04', ['Gaza', 'Rafah', 'Israeli']);
    expect(events.find((e) => e.place?.name === 'Rafah')?.excerpts).toHaveLength(1);
    expect(statements.some((s) => s.excerpt.text.startsWith('It did not comment'))).toBe(true);
  });
});

describe('a report told with "said in a statement on Saturday"', () => {
  it('dates the report, and the strike it retells keeps its day', () => {
    const text = 'A drone strike by the paramilitary Rapid Support Forces hit a mosque in Kherson on Friday, killing 30 people. '
      + 'The strike hit the mosque during dawn prayers, the committee said in a statement on Saturday.';
    const events = extract(text, '2025-09-21', ['Kherson']);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2025-09-19');
    expect(events[0]!.actors.attacker).toBe('Rapid Support Forces');
  });
});

describe('an unknown town told inside an unknown region', () => {
  it('joins the attack on the base it retells', () => {
    const text = 'Militants attacked an army base in the Lower Shabelle region on Saturday, triggering a gunbattle in which 17 people were killed. '
      + 'The militants first detonated a car bomb at the gate of the base in the town of Awdheegle before storming it.';
    expect(extract(text, '2024-08-03', [])).toHaveLength(1);
  });
});

describe('"its attack" told with the other side in between', () => {
  const text = 'Hezbollah fired dozens of rockets at Israel on Sunday, wounding two people, hours after Israeli jets struck launchers in Lebanon.\n\n'
    + 'Hezbollah said its attack was the first phase of its response to the killing of its commander in Beirut last month.';
  it('is the attacker\'s own incident, and the cause\'s place and date stay the cause\'s', () => {
    const events = extract(text, '2024-08-25', ['Israel', 'Lebanon', 'Israeli', 'Beirut']);
    const rockets = events.find((e) => e.actors.attacker === 'Hezbollah');
    expect(rockets?.excerpts).toHaveLength(2);
    expect(rockets?.date?.start).toBe('2024-08-25');
    expect(events.filter((e) => e.actors.attacker === 'Israel').every((e) => e.excerpts.length === 1)).toBe(true);
    expect(events.find((e) => e.type === 'killing')).toMatchObject({ place: { name: 'Beirut' }, date: { start: '2024-07-01' } });
  });
});

describe('debris of an intercepted rocket', () => {
  it('that damaged a house is a shelling at its place', () => {
    expect(extract('Debris from an intercepted rocket damaged a house in Kharkiv on Sunday, police said.', '2024-08-25', ['Kharkiv']).map((e) => [e.type, e.place?.name])).toEqual([['shelling', 'Kharkiv']]);
  });
});

describe('the bombs of an air strike, told in a district the gazetteer lacks', () => {
  it('"Two bombs hit a building in the Kholodnohirskyi district" is the glide-bomb strike on the city', () => {
    const text = 'Russian glide bombs struck a residential area of Kharkiv on Saturday, killing three people.\n\n'
      + 'Two bombs hit a five-storey apartment building in the Kholodnohirskyi district, the mayor said.';
    const events = extract(text, '2024-06-22', ['Kharkiv', 'Russian']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'air_strike', place: { name: 'Kharkiv' } });
    expect(events[0]!.excerpts).toHaveLength(2);
  });
  it('but a car bomb after an air strike is a bombing, and a district named on another day is apart', () => {
    const text = 'Russian glide bombs struck a residential area of Kharkiv on Saturday.\n\n'
      + 'A car bomb hit a building in the Kholodnohirskyi district on Monday, the mayor said.';
    const events = extract(text, '2024-06-26', ['Kharkiv', 'Russian']);
    expect(events.map((e) => e.type).sort()).toEqual(['air_strike', 'bombing']);
  });
});

describe('a killing in "late January" told again on its day', () => {
  it('"killed 20 civilians in the village of X in late January" and "on Jan. 27 ... executed them" are one', () => {
    const text = 'Soldiers killed at least 20 civilians in the village of Welingara near Kherson in late January, a rights group said on Tuesday.\n\n'
      + 'Witnesses said the soldiers arrived by helicopter on Jan. 27, rounded up men in the village and executed them near a well.';
    const events = extract(text, '2024-03-05', ['Kherson']);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2024-01-27');
    expect(events[0]!.fatalities).toEqual({ min: 20, max: 20 });
  });
  it('but a killing in January is not an air strike in March', () => {
    const events = extract('Soldiers killed 20 civilians near Kherson in late January. On March 2 an air strike hit a market near Kherson.', '2024-03-05', ['Kherson']);
    expect(events).toHaveLength(2);
  });
});

describe('a lead dated by its report, and the raid told after it', () => {
  it('"killed 25 and kidnapped dozens in an attack on a village in Zamfara state, police said on Monday" / "stormed Kadawa village late on Saturday" are one raid', () => {
    const text = 'Armed bandits killed at least 25 people and kidnapped dozens more in an attack on a village in Zamfara, police said on Monday.\n\n'
      + 'The gunmen, riding on motorcycles, stormed Kadawa village late on Saturday, shooting residents and setting houses on fire.';
    const events = extract(text, '2024-05-13', ['Zamfara']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'raid', fatalities: { min: 25, max: 25 } });
    expect(events[0]!.date?.start).toBe('2024-05-11');
  });
  it('but a raid told on a day after the report is another', () => {
    const text = 'Armed bandits kidnapped dozens in an attack on a village in Zamfara, police said on Monday.\n\n'
      + 'On Wednesday, gunmen stormed Kadawa village, shooting residents.';
    expect(extract(text, '2024-05-16', ['Zamfara'])).toHaveLength(2);
  });
});
