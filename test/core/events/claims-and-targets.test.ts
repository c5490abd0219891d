// A date after "claimed the attack" is the claim's, and a strike told by the military target it
// destroyed is a strike. Sentences of our own, both ways.
import { describe, expect, it } from 'vitest';
import { brief, extract, extractAll } from './extract.ts';

describe('a claim, a denial or a condemnation dates itself, not the incident', () => {
  it('keeps the incident on its own day when a group claims it on a later day', () => {
    const text = 'A drone boat rammed a cargo ship in the Red Sea on Sunday, killing one sailor. '
      + 'The Houthis claimed the attack on Monday evening.';
    const events = extract(text, '2024-07-24', ['Red Sea']).map(brief);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ place: 'Red Sea', date: '2024-07-21' });
  });

  it('does the same for a condemnation', () => {
    const text = 'An air strike hit a market in Idlib on Saturday, killing nine people. '
      + 'The United Nations condemned the strike on Tuesday.';
    const events = extract(text, '2024-07-24', ['Idlib']).map(brief);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2024-07-20');
  });

  it('still dates an incident whose own day follows it', () => {
    const text = 'An air strike on Idlib on Monday killed four people.';
    expect(extract(text, '2024-07-24', ['Idlib']).map(brief)[0]!.date).toBe('2024-07-22');
  });
});

describe('a strike told by the military target it destroyed', () => {
  it('is an event at the place near the target, typed from the story', () => {
    const text = 'US warplanes struck targets in Sanaa on Monday. '
      + 'On Tuesday, US forces destroyed a Houthi radar site near Hodeidah.';
    const events = extract(text, '2024-07-24', ['Sanaa', 'Hodeidah']).map(brief);
    const hodeidah = events.find((e) => e.place === 'Hodeidah');
    expect(hodeidah).toMatchObject({ type: 'air_strike', date: '2024-07-23' });
  });

  it('is no event when nothing military was destroyed, or nothing in the story is armed', () => {
    expect(extract('Floods destroyed three bridges near Hodeidah on Tuesday.', '2024-07-24', ['Hodeidah'])).toEqual([]);
    expect(extract('The company destroyed old fuel storage tanks near Hodeidah on Tuesday.', '2024-07-24', ['Hodeidah'])).toEqual([]);
  });
});

describe('a district the gazetteer lacks, in a story told from the city its incidents are in', () => {
  const lead = 'KYIV (Reuters) - A drone strike hit Kyiv on Wednesday, killing two people.\n\n';
  it('is a part of the dateline city, its words the district\'s', () => {
    const text = `${lead}Rockets fell on homes in the Obolonskyi district on Tuesday evening, killing three.`;
    const events = extract(text, '2024-07-24', [{ word: 'KYIV', role: 'dateline' }, 'Kyiv']);
    const rockets = events.find((e) => e.date?.start === '2024-07-23');
    expect(rockets?.place?.name).toBe('Kyiv');
    expect(rockets?.placeSpan?.text).toBe('Obolonskyi district');
  });

  it('stays unplaced when the story\'s incidents are in another town, or the district has a town of its own', () => {
    const elsewhere = 'KYIV (Reuters) - A drone strike hit Kharkiv on Wednesday, killing two people.\n\n'
      + 'Rockets fell on homes in the Saltivskyi district on Tuesday evening, killing three.';
    const rockets = extract(elsewhere, '2024-07-24', [{ word: 'KYIV', role: 'dateline' }, 'Kharkiv']).find((e) => e.date?.start === '2024-07-23');
    expect(rockets?.place ?? null).toBeNull();
    const named = `${lead}Rockets fell on homes in the Saltivskyi district of Kharkiv on Tuesday evening, killing three.`;
    const there = extract(named, '2024-07-24', [{ word: 'KYIV', role: 'dateline' }, 'Kyiv', 'Kharkiv']).find((e) => e.date?.start === '2024-07-23');
    expect(there?.place?.name).toMatch(/Kharkiv$/);
  });
});

describe('re-mentions after an incident told aside', () => {
  it('go back to the lead, and one attack told with missiles and drones takes both words', () => {
    const text = 'Russia pounded Kyiv with missiles and drones overnight, killing 12 people.\n\n'
      + 'A ballistic missile struck an apartment block in Kyiv shortly after 1 a.m.\n\n'
      + 'In the eastern city of Kharkiv, a drone strike on Wednesday evening wounded five people.\n\n'
      + 'The president cut short a visit abroad after the attack.';
    const events = extract(text, '2025-04-24', ['Kyiv', 'Kharkiv']);
    expect(events.map((e) => e.place?.name)).toEqual(['Kyiv', 'Kharkiv']);
    const kyiv = events[0]!;
    expect(kyiv.excerpts.map((x) => x.text.slice(0, 12))).toEqual(['Russia pound', 'A ballistic ', 'The presiden']);
    expect(events[1]!.excerpts).toHaveLength(1);
  });

  it('stay with the incident told aside when they follow it in its paragraph', () => {
    const text = 'Russia pounded Kyiv with missiles and drones overnight, killing 12 people.\n\n'
      + 'In the eastern city of Kharkiv, a drone strike on Wednesday evening wounded five people. The attack damaged a school.';
    const events = extract(text, '2025-04-24', ['Kyiv', 'Kharkiv']);
    expect(events.find((e) => e.place?.name === 'Kharkiv')?.excerpts).toHaveLength(2);
  });
});

describe('a capital acting for its state is the same attacker as the state', () => {
  const lead = 'KYIV (Reuters) - Russia pounded Kyiv with missiles overnight, killing 12 people.\n\n'
    + 'In the eastern city of Kharkiv, a drone strike on Wednesday evening wounded five people.\n\n';
  it('joins the capital\'s claim to the lead the state carried out, not to the side incident', () => {
    const text = `${lead}Moscow said its forces had struck military facilities with precision weapons.`;
    const events = extract(text, '2024-04-25', [{ word: 'KYIV', role: 'dateline' }, 'Kyiv', 'Kharkiv', 'Russia', { word: 'Moscow', role: 'metonymy' }]);
    const kyiv = events.find((e) => e.place?.name === 'Kyiv');
    const kharkiv = events.find((e) => e.place?.name === 'Kharkiv');
    expect(kyiv?.excerpts.some((x) => x.text.startsWith('Moscow said'))).toBe(true);
    expect(kharkiv?.excerpts.some((x) => x.text.startsWith('Moscow said'))).toBe(false);
    expect(kyiv?.actors.attacker).toBe('Russia');
  });

  it('stays its own attacker when the story never names its country, or it is another state\'s capital', () => {
    const alone = 'Moscow said its forces had struck military facilities in Kharkiv on Wednesday.';
    expect(extract(alone, '2024-04-25', ['Kharkiv', { word: 'Moscow', role: 'metonymy' }]).map(brief)[0]?.attacker).toBe('Moscow');
    const other = 'Russia struck Kharkiv on Wednesday. Damascus said its forces had struck rebels near Idlib on Wednesday.';
    const events = extract(other, '2024-04-25', ['Kharkiv', 'Idlib', 'Russia', { word: 'Damascus', role: 'metonymy' }]).map(brief);
    expect(events.find((e) => e.place === 'Idlib Governorate')?.attacker).toBe('Damascus');
  });
});

describe('a re-mention that joins no incident told', () => {
  const story = 'Israeli airstrikes killed at least 20 people across Gaza overnight, health officials said on Saturday.\n\n'
    + 'One strike hit a tent in Rafah, killing five people. Another strike on a house in Bureij killed seven.\n\n';
  it('is no event of its own when it says no place, day or toll, and the reason is kept', () => {
    const { events, statements } = extractAll(`${story}It did not comment on the other strikes.`, '2024-11-30', ['Gaza', 'Rafah', 'Bureij']);
    expect(events.some((e) => e.excerpts.some((x) => x.text.includes('did not comment')))).toBe(false);
    expect(events.map((e) => e.place?.name).sort()).toEqual(['Bureij', 'Rafah']);
    expect(statements.find((s) => s.excerpt.text.includes('did not comment'))?.reason).toMatch(/re-mention/);
  });

  it('is an event when it names its own place or toll', () => {
    const placed = extractAll(`${story}The other strikes hit homes in Gaza City on Saturday, killing three.`, '2024-11-30', ['Gaza', 'Rafah', 'Bureij']).events;
    expect(placed.some((e) => e.excerpts.some((x) => x.text.startsWith('The other strikes')))).toBe(true);
  });
});

describe('the dateline\'s day is the filing\'s', () => {
  const dateline = 'JOS, Jan 14 (Reuters) - ';
  it('dates the lead only as a report, so the body\'s own day of the incident wins and the two merge', () => {
    const text = `${dateline}Gunmen killed at least 15 villagers in an attack in Plateau, local officials said on Sunday.\n\n`
      + 'The attackers arrived on motorcycles on Saturday afternoon in Kwall and opened fire on residents.';
    const events = extract(text, '2024-01-14', [{ word: 'JOS', role: 'dateline' }, 'Plateau']);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.start).toBe('2024-01-13');
    expect(events[0]!.excerpts).toHaveLength(2);
  });

  it('still dates a lead that has no other date, saying it is the report\'s', () => {
    const events = extract(`${dateline}Gunmen killed 15 villagers in Mangu.`, '2024-01-14', [{ word: 'JOS', role: 'dateline' }, 'Mangu']);
    expect(events[0]!.date?.start).toBe('2024-01-14');
    expect(events[0]!.date?.basis).toMatch(/date of the report/);
  });

  it('never makes a town after a preposition the attacker', () => {
    const events = extract('Gunmen arrived on Saturday in Mangu and opened fire on residents, killing five.', '2024-01-14', ['Mangu']);
    expect(events[0]!.actors.attacker).not.toBe('Mangu');
    const unknown = extract(`${dateline}The assailants arrived on Saturday in Kwall and opened fire on residents, killing five.`, '2024-01-14', [{ word: 'JOS', role: 'dateline' }]);
    expect(unknown[0]?.actors.attacker).not.toBe('Kwall');
  });
});

describe('an attack told again by its target', () => {
  const lead = 'Militants attacked a military base in southern Yemen on Tuesday, killing 12 soldiers, an officer said.\n\n';
  it('joins the attack when a later sentence names "the base" at a scene the gazetteer lacks', () => {
    const text = `${lead}The fighters detonated a car bomb at the main gate of the base in Wadi Harib, in the hills east of the Abyan coast, before storming it.`;
    const events = extract(text, '2024-03-06', ['Yemen']);
    expect(events).toHaveLength(1);
    expect(events[0]!.excerpts.map((x) => x.text.slice(0, 14))).toEqual(expect.arrayContaining(['Militants atta', 'The fighters d']));
  });

  it('stays apart when the later sentence names another target there', () => {
    const text = `${lead}The fighters detonated a car bomb at a market in Wadi Harib on Tuesday.`;
    const events = extract(text, '2024-03-06', ['Yemen']);
    expect(events.some((e) => e.excerpts.length === 2)).toBe(false);
  });
});

describe('attacks told across several named regions, then one by one', () => {
  const lead = 'Gunmen killed at least 27 people in attacks on villages in Zamfara and Sokoto states on Saturday, police said.\n\n';
  it('keeps the incidents and reads the lead as their summary', () => {
    const text = `${lead}In Maru, gunmen on motorcycles went from house to house on Saturday, killing 19 people.\n\n`
      + 'Another gang attacked villages near Goronyo on Saturday, killing eight people.';
    const { events, statements } = extractAll(text, '2024-01-14', ['Zamfara', 'Sokoto', 'Maru', 'Goronyo']);
    expect(events.map((e) => e.place?.name).sort()).toEqual(['Goronyo', 'Maru']);
    expect(statements.filter((s) => s.reason.startsWith('a summary')).length).toBeGreaterThan(0);
  });

  it('keeps the lead as an event when the story tells none of its incidents', () => {
    const events = extract(lead, '2024-01-14', ['Zamfara', 'Sokoto']);
    expect(events.length).toBeGreaterThan(0);
  });

  it('places "In Zamfara\'s Maru local government area, ..." in the region when the unit is unknown', () => {
    const events = extract("In Zamfara's Maru local government area, gunmen arrived on Friday and went from house to house, killing 19 people.", '2024-01-14', ['Zamfara']);
    expect(events).toHaveLength(1);
    expect(events[0]!.place).toMatchObject({ precision: 'region', admin1: 'Zamfara State' });
  });
});

describe('an incident told in a clause of its own after "a day after"', () => {
  const text = 'Jets struck a village in Idlib on Tuesday, killing 30 people.\n\n'
    + 'The strike came a day after rebels attacked a police station in the nearby town of Kfar Ruma, killing five policemen.';
  it('is its own incident, dated from the one it follows, with its own toll', () => {
    const events = extract(text, '2024-02-28', ['Idlib']);
    const strike = events.find((e) => e.type === 'air_strike');
    const attack = events.find((e) => e.trigger.text === 'attacked');
    expect(strike?.fatalities).toEqual({ min: 30, max: 30 });
    expect(attack?.date?.start).toBe('2024-02-26');
    expect(attack?.fatalities).toEqual({ min: 5, max: 5 });
  });

  it('with an indefinite subject ("a day after a suicide bomber attacked") is its own, not of the day told before', () => {
    const text = 'Troops killed nine militants in a raid near Herat on Sunday, the army said, a day after a suicide bomber attacked a police post in the same province, killing three officers.\n\n'
      + 'The suicide attack on Saturday targeted a checkpoint on the main road, police said. Four other officers were wounded.';
    const events = extract(text, '2024-12-02', ['Herat']);
    const raid = events.find((e) => e.type === 'raid');
    const bombing = events.filter((e) => e.type === 'bombing');
    expect(raid).toMatchObject({ fatalities: { min: 9, max: 9 } });
    expect(raid?.date?.start).toBe('2024-12-01');
    expect(bombing).toHaveLength(1);
    expect(bombing[0]!.date?.start).toBe('2024-11-30');
    expect(bombing[0]!.fatalities).toEqual({ min: 3, max: 3 });
    expect(bombing[0]!.injured).toEqual({ min: 4, max: 4 });
  });

  it('"hours after an airstrike hit a school" tells the strike in the clause, not the sentence\'s incident', () => {
    const events = extract('Gunmen stormed a market in Herat on Monday, hours after an airstrike hit a school near the city, killing four children.', '2024-12-03', ['Herat']);
    const strike = events.find((e) => e.type === 'air_strike');
    const raid = events.find((e) => e.type === 'raid');
    expect(strike?.fatalities).toEqual({ min: 4, max: 4 });
    expect(raid?.fatalities ?? null).toBeNull();
  });

  it('but "a day after a deadly attack" with no verb of its own is no clause', () => {
    const events = extract('Gunmen stormed a market in Herat on Monday, a day after a deadly attack on a mosque.', '2024-12-03', ['Herat']);
    expect(events.map((e) => e.date?.start)).not.toContain('2024-12-01');
  });

  it('but "a day after the shelling" names an incident in passing', () => {
    const events = extract('Shells hit Kharkiv on Tuesday, a day after the shelling of Kyiv.', '2024-02-28', ['Kharkiv', 'Kyiv']);
    expect(events.map((e) => e.place?.name)).toEqual(['Kharkiv']);
  });
});

describe('the fighting a raid\'s dead died in, and more dead told with "also"', () => {
  it('is the raid, and the added dead add up', () => {
    const text = 'Troops raided a militant hideout near Herat on Monday and killed six insurgents in an exchange of fire. Two soldiers were also killed, the army said.';
    const events = extract(text, '2024-07-15', ['Herat']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'raid', fatalities: { min: 8, max: 8 } });
  });

  it('"the exchange of fire" told in a sentence of its own is the raid\'s fighting', () => {
    const text = 'Troops killed nine militants in a raid near Herat on Sunday, the army said. Two soldiers were wounded in the exchange of fire.';
    const events = extract(text, '2024-12-02', ['Herat']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'raid', injured: { min: 2, max: 2 } });
    expect(events[0]!.excerpts).toHaveLength(2);
  });

  it('but fighting told with "a" is an incident of its own', () => {
    const events = extract('Troops raided a hideout near Herat on Sunday. A clash broke out in Kherson on Sunday, wounding two.', '2024-12-02', ['Herat', 'Kherson']);
    expect(events.map((e) => e.type).sort()).toEqual(['armed_clash', 'raid']);
  });

  it('keeps fighting of its own as a clash, and a plain second report of the toll as a range', () => {
    const clash = extract('Troops raided a hideout near Herat on Monday. Clashes broke out in Kherson on Monday, killing three.', '2024-07-15', ['Herat', 'Kherson']);
    expect(clash.map((e) => e.type).sort()).toEqual(['armed_clash', 'raid']);
    const widened = extract('Troops raided a hideout near Herat on Monday and killed six insurgents. Five insurgents were killed, the army said.', '2024-07-15', ['Herat']);
    expect(widened[0]!.fatalities).toEqual({ min: 5, max: 6 });
  });
});

describe('the lead at a region, elaborated at a village the gazetteer lacks', () => {
  it('is one strike when the next paragraph tells the same kind on the same day', () => {
    const text = 'An air strike on a village in Idlib on Tuesday killed at least 30 people.\n\n'
      + 'Two fighter jets bombed Kfar Ruma village shortly after noon, a resident said.';
    expect(extract(text, '2024-02-28', ['Idlib'])).toHaveLength(1);
  });

  it('stays apart for another kind of incident or a later paragraph', () => {
    const other = 'An air strike on a village in Idlib on Tuesday killed at least 30 people.\n\n'
      + 'Rebels shelled Kfar Ruma village on Tuesday, a resident said.';
    expect(extract(other, '2024-02-28', ['Idlib']).length).toBe(2);
  });
});

describe('a war told in the present, and a war-wide toll', () => {
  it('reads "says it is fighting \\"terrorists\\"" as no incident and a toll of thousands as no incident\'s', () => {
    const text = 'An air strike on a village in Idlib on Tuesday killed at least 30 people.\n\n'
      + 'The military says it is fighting "terrorists". More than 4,000 civilians have been killed by the security forces since then.';
    const events = extract(text, '2024-02-28', ['Idlib']);
    expect(events).toHaveLength(1);
    expect(events[0]!.fatalities).toEqual({ min: 30, max: 30 });
  });
});

describe('a weapon named as the target', () => {
  it('does not type the strike that hit it', () => {
    const struck = extract('Forces struck a Houthi missile launcher near Hodeidah on Tuesday.', '2024-01-31', ['Hodeidah']);
    expect(struck.map((e) => e.type)).toEqual(['air_strike']);
    const jets = extract('Israeli jets struck a rocket launcher near Idlib on Tuesday.', '2024-01-31', ['Idlib']);
    expect(jets.map((e) => e.type)).toEqual(['air_strike']);
  });

  it('when weapons are listed before one target noun ("rocket and missile storage facilities")', () => {
    const struck = extract('The strikes hit command centres, rocket and missile storage facilities near Hodeidah on Tuesday, officials said.', '2024-01-31', ['Hodeidah']);
    expect(struck.map((e) => e.type)).toEqual(['air_strike']);
  });

  it('when the weapon word falls where the clause read for the type ends ("radar sites and drone storage facilities")', () => {
    const struck = extract('U.S. forces struck Houthi radar sites and drone storage facilities near Hodeidah on Tuesday.', '2024-01-31', ['Hodeidah']);
    expect(struck.map((e) => e.type)).toEqual(['air_strike']);
  });

  it('still types a strike by the weapon that did it', () => {
    expect(extract('Missiles struck an army base near Hodeidah on Tuesday.', '2024-01-31', ['Hodeidah']).map((e) => e.type)).toEqual(['missile_attack']);
    expect(extract('Russian forces struck Kharkiv with drones on Tuesday.', '2024-01-31', ['Kharkiv']).map((e) => e.type)).toEqual(['drone_strike']);
  });
});

describe('drones launched in a wave, glide bombs and the bombs told again', () => {
  const zap = 'Russian glide bombs hit the city of Zaporizhzhia on Monday evening, wounding 11 people. The bombs damaged an apartment block.\n\n';
  const wave = 'Russia launched 45 drones at Ukraine overnight, of which 30 were shot down, the air force said.';
  it('reads a launched wave as a drone attack, "were shot down" as no shooting, and keeps it apart from glide bombs', () => {
    const events = extract(`${zap}${wave}`, '2024-11-05', ['Zaporizhzhia', 'Ukraine', 'Russian', 'Russia']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['air_strike', 'Zaporizhzhia'], ['drone_strike', 'Ukraine']]);
    expect(events[0]!.excerpts.some((x) => x.text.startsWith('The bombs damaged'))).toBe(true);
  });

  it('still joins an air strike and the drone strike that retells it', () => {
    const events = extract('An Israeli air strike hit a car in Gaza on Monday. The drone strike killed five people.', '2024-11-05', ['Gaza', 'Israeli']);
    expect(events).toHaveLength(1);
  });

  it('gives "the bombs struck" to the bombing, not to a shelling only named in a blame', () => {
    const text = 'Two bombs hit a camp in Gaza on Thursday, killing five people. The group accused the army of shelling the camp. '
      + 'Aid groups said the bombs struck a row of shelters.';
    const events = extract(text, '2024-02-16', ['Gaza']);
    expect(events.map((e) => e.type)).toEqual(['bombing']);
    expect(events[0]!.excerpts.some((x) => x.text.startsWith('Aid groups'))).toBe(true);
  });
});

describe('a caption above the lead, a group named as a target, and a guessed place', () => {
  it('keeps a caption of the story\'s own incident', () => {
    const text = 'Strike hits school in Gaza\n\nSmoke rises over Rafah after an Israeli airstrike on Saturday. (AP Photo/Fatima Shbair)\n\n'
      + 'GAZA (AP) — An Israeli airstrike hit a school in Gaza on Saturday, killing 15 people.';
    const events = extract(text, '2024-03-09', ['Gaza', 'Rafah', 'Israeli']);
    expect(events.some((e) => e.excerpts.some((x) => x.text.startsWith('Smoke rises')))).toBe(true);
    // (and the headline sums up the strike the caption and the lead tell: one event, not two)
    expect(events.filter((e) => e.excerpts.some((x) => x.text.startsWith('Strike hits')))).toHaveLength(1);
    expect(events.filter((e) => e.excerpts.some((x) => x.text.startsWith('GAZA'))).every((e) => e.excerpts.some((x) => x.text.startsWith('Strike hits')))).toBe(true);
  });

  it('reads "a strike on Hamas militants" as no unknown scene, so the army\'s account joins the strike', () => {
    const text = 'An Israeli airstrike hit a school in Gaza on Saturday, killing 15 people. '
      + 'The Israeli military said it had carried out a "precise strike" on Hamas militants inside the school.';
    expect(extract(text, '2024-03-09', ['Gaza', 'Israeli'])).toHaveLength(1);
  });

  it('lets a re-mention join a shooting at a place the gazetteer lacks, without lending it a guessed place', () => {
    const text = 'An Israeli airstrike hit a school in Gaza on Saturday, killing 15 people.\n\n'
      + 'Separately, troops shot and killed two men near the Netzarim corridor late Friday. The military said soldiers fired at suspects who approached.';
    const events = extract(text, '2024-03-09', ['Gaza', 'Israeli']);
    const shooting = events.find((e) => e.type === 'killing');
    expect(shooting?.place ?? null).toBeNull();
    expect(shooting?.excerpts.some((x) => x.text.startsWith('The military said'))).toBe(true);
    expect(events.find((e) => e.type === 'air_strike')?.excerpts).toHaveLength(1);
  });
});

describe('strikes on several towns, told one by one', () => {
  const lead = 'Israeli strikes on several towns in southern Lebanon killed at least eight people on Thursday, officials said.\n\n';
  it('reads the lead and a day\'s tally across a region as summaries, and "another hit" as one more strike', () => {
    const text = `${lead}One strike hit a civil defence centre in Tyre, killing three rescuers, while another hit a house in Rafah, killing two. `
      + 'Strikes were also reported in Kfar Kila and Bureij.\n\n'
      + 'The military said it had struck about 200 targets across southern Lebanon over the past day.';
    const { events, statements } = extractAll(text, '2024-10-03', ['Lebanon', 'Tyre', 'Rafah', 'Bureij', 'Israeli']);
    expect(events.map((e) => e.place?.name).sort()).toEqual(['Bureij', 'Rafah', 'Tyre']);
    expect(statements.some((s) => s.reason.startsWith('a summary') && s.excerpt.text.startsWith('Israeli strikes on several'))).toBe(true);
    expect(statements.some((s) => s.excerpt.text.startsWith('The military said it had struck about 200'))).toBe(true);
    expect(events.some((e) => e.excerpts.some((x) => x.text.startsWith('The military said')))).toBe(false);
  });

  it('keeps a strike on one named town as an incident', () => {
    const events = extract('Israeli strikes on the town of Tyre killed eight people on Thursday.', '2024-10-03', ['Tyre', 'Israeli']);
    expect(events.map((e) => e.place?.name)).toEqual(['Tyre']);
  });
});

describe('a village attacked, told again as "the village"', () => {
  it('is one raid: the lead, the witnesses\' "stormed the village", and the attacker\'s own account', () => {
    const text = 'Fighters killed more than 100 people in an attack on a village in Idlib on Wednesday, activists said.\n\n'
      + 'A local committee said the fighters stormed the village twice with heavy weapons.\n\n'
      + 'The group said in a statement that it had attacked three army camps near the village and fought militias there.';
    const events = extract(text, '2024-06-06', ['Idlib']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'raid', fatalities: { min: 100, max: 100 } });
  });

  it('keeps a raid on another village of the story apart', () => {
    const text = 'Fighters killed more than 100 people in an attack on a village in Idlib on Wednesday, activists said.\n\n'
      + 'On Thursday, troops stormed a village near Aleppo.';
    expect(extract(text, '2024-06-06', ['Idlib', 'Aleppo']).length).toBe(2);
  });
});

describe('people abducted in a raid', () => {
  it('is one incident, a raid', () => {
    const events = extract('Gunmen abducted at least 87 people in a raid on a village near Jos late on Sunday, residents said.', '2024-03-12', ['Jos']);
    expect(events.map((e) => e.type)).toEqual(['raid']);
  });

  it('but an abduction during the raid named in passing stays the abduction', () => {
    const events = extract('Gunmen abducted 20 people near Jos on Sunday. Two more were abducted during the raid, police said.', '2024-03-12', ['Jos']);
    expect(events).toHaveLength(1);
  });
});

describe('strikes in retaliation, on targets counted, at towns listed', () => {
  const text = 'Jets carried out air strikes in Syria on Friday against more than 85 targets, in retaliation for a deadly drone attack on troops.\n\n'
    + 'The strikes hit weapons depots near the Syrian town of Saraqib and the nearby market town of Ariha, officials said. '
    + 'The health ministry said 16 people, including civilians, were killed.';
  it('reads the counted strikes as a summary, the retaliated attack as named in passing, and each town listed as an incident', () => {
    const { events, statements } = extractAll(text, '2024-02-03', ['Syria', 'Saraqib', 'Ariha', 'Syrian']);
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([['air_strike', 'Saraqib'], ['air_strike', 'Ariha']]);
    expect(statements.some((s) => s.trigger.text === 'drone attack')).toBe(true);
    // ("16 people, including civilians, were killed": the toll of the strikes, not of the drone attack)
    expect(events.some((e) => e.fatalities?.min === 16)).toBe(true);
  });

  it('keeps a drone attack told with its own day as its own event', () => {
    const events = extract(`${text}\n\nThe drone attack on Jan. 28 killed three soldiers in Jordan.`, '2024-02-03', ['Syria', 'Saraqib', 'Ariha', 'Syrian', 'Jordan']);
    const drone = events.find((e) => e.type === 'drone_strike');
    expect(drone).toMatchObject({ date: { start: '2024-01-28' }, fatalities: { min: 3, max: 3 } });
  });
});

describe('a clause incident whose subject is written with dots', () => {
  it('is its own incident ("hours after U.S. forces struck a launcher")', () => {
    const events = extract('Houthi militants fired missiles at a ship in the Red Sea, hours after U.S. forces struck a Houthi missile launcher.', '2024-01-31', ['Red Sea']);
    expect(events.map((e) => e.type).sort()).toEqual(['air_strike', 'missile_attack']);
  });
});

describe('the words of a toll told in a sentence of its own', () => {
  it('are among the incident\'s excerpts', () => {
    const text = 'Troops raided a militant hideout near Herat on Monday and killed six insurgents. Two soldiers were also killed, the army said.';
    const events = extract(text, '2024-07-15', ['Herat']);
    expect(events[0]!.excerpts.map((x) => x.text)).toContain('Two soldiers were also killed, the army said.');
    expect(events[0]!.excerpt.text.startsWith('Troops raided')).toBe(true);
  });

  it('but a tally that gives no toll is not', () => {
    const text = 'Troops raided a militant hideout near Herat on Monday and killed six insurgents. More than 4,000 people have been killed in the province since 2021.';
    const events = extract(text, '2024-07-15', ['Herat']);
    expect(events[0]!.excerpts).toHaveLength(1);
    expect(events[0]!.fatalities).toEqual({ min: 6, max: 6 });
  });
});

describe('an attack answered, and the attack it answered', () => {
  const text = 'Israel\'s army chief said his country would respond to the Iranian attack.\n\n'
    + 'Iran launched more than 300 drones and missiles at Israel on Saturday night in its first direct attack on Israeli territory, '
    + 'in retaliation for a suspected Israeli strike on its embassy in Damascus on April 1 that killed seven officers.';
  it('joins a re-mention told before the attack to it, and keeps the earlier strike told with its day and place', () => {
    const events = extract(text, '2024-04-18', ['Israel', 'Damascus', 'Iranian', 'Israeli']);
    const barrage = events.find((e) => e.type === 'drone_strike');
    expect(barrage).toMatchObject({ place: { name: 'Israel' }, date: { start: '2024-04-13' } });
    expect(barrage!.excerpts.some((x) => x.text.startsWith("Israel's army chief"))).toBe(true);
    const embassy = events.find((e) => e.place?.name === 'Damascus');
    expect(embassy).toMatchObject({ date: { start: '2024-04-01' }, fatalities: { min: 7, max: 7 } });
    expect(embassy!.excerpts.some((x) => x.text.startsWith("Israel's army chief"))).toBe(false);
  });

  it('still reads a retaliated incident with no day or place of its own as no event of its own', () => {
    const events = extract('Iran fired missiles at Israel on Saturday in retaliation for a strike on its embassy.', '2024-04-18', ['Israel']);
    expect(events.map((e) => e.type)).toEqual(['missile_attack']);
  });
});

describe('a target told in the passive with its weapon', () => {
  it('"was hit by one missile" is a missile attack, on its own day and place', () => {
    const events = extract('The bulk carrier was hit by one missile about 60 nautical miles west of Hodeidah on Monday, causing a fire.', '2024-01-31', ['Hodeidah']);
    expect(events.map(brief)).toMatchObject([{ type: 'missile_attack', date: '2024-01-29' }]);
  });
  it('"were struck by a drone", "was hit by mortar rounds"', () => {
    expect(extract('Two houses were struck by a drone in Kharkiv on Monday.', '2024-01-31', ['Kharkiv']).map((e) => e.type)).toEqual(['drone_strike']);
    expect(extract('The school was hit by mortar rounds in Kharkiv on Monday.', '2024-01-31', ['Kharkiv']).map((e) => e.type)).toEqual(['shelling']);
  });
  it('but "was hit by a car" or "hit by sanctions" is no attack', () => {
    expect(extract('A man was hit by a car in Kharkiv on Monday.', '2024-01-31', ['Kharkiv'])).toEqual([]);
    expect(extract('The company was hit by sanctions over its missile programme.', '2024-01-31', [])).toEqual([]);
  });
});

describe('debris of a weapon that did the damage', () => {
  it('"Debris from a drone shot down over X damaged a substation" is a drone strike at X', () => {
    const events = extract('Debris from a drone shot down over Kharkiv damaged the roof of a substation on Sunday morning, officials said.', '2024-01-31', ['Kharkiv']);
    expect(events.map(brief)).toMatchObject([{ type: 'drone_strike', place: 'Kharkiv', date: '2024-01-28' }]);
  });
  it('"fragments of a missile fell on a school" is a missile attack', () => {
    expect(extract('Fragments of a missile fell on a school in Kharkiv on Sunday.', '2024-01-31', ['Kharkiv']).map((e) => e.type)).toEqual(['missile_attack']);
  });
  it('but debris from a storm is no attack', () => {
    expect(extract('Debris from the storm damaged houses in Kharkiv on Sunday.', '2024-01-31', ['Kharkiv'])).toEqual([]);
  });
});
