// Statements that are not events: negated, hypothetical, future, threatened or conditional.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('not events', () => {
  it.each([
    'We will not allow the establishment of an Iranian base in Syria.',
    'Israel will strike Iranian targets in Syria if provoked.',
    'If Iran attacks, Israel would respond with air strikes on Damascus.',
    'Officials warned of possible missile attacks on Kyiv.',
    'The army did not shell Kharkiv on Monday, a spokesman said.',
    'Russia threatened to strike Kyiv.',
    'Iran may withdraw from Syria next year.',
    'Hezbollah plans to fire rockets at Israel.',
    'They are preparing to raid the town of Aleppo.',
    'A threat that Jerusalem has deemed second only to Tehran’s nuclear program.',
    'An Israeli strike on Iran’s nuclear sites would set back the program by years.',
  ])('%s', (text) => {
    expect(extract(text, '2020-05-06', ['Syria', 'Israel', 'Iran', 'Damascus', 'Kyiv', 'Kharkiv', 'Aleppo', 'Iranian', { word: 'Jerusalem', role: 'metonymy' }, { word: 'Tehran', role: 'metonymy' }])).toEqual([]);
  });

  it.each([
    'Israel did not claim the strike on Aleppo on Monday.',
    'The army said it would investigate Monday’s air strike on Aleppo.',
    'Officials could not confirm the shelling of Kharkiv on Monday.',
  ])('keeps an incident named with a definite noun under a negation or modal: %s', (text) => {
    expect(extract(text, '2020-05-06', ['Aleppo', 'Kharkiv', 'Israel'])).toHaveLength(1);
  });

  it('still finds the real event next to a denied attribution', () => {
    const events = extract('An air strike hit Aleppo on Monday. Israel did not comment.', '2020-05-06', ['Aleppo', 'Israel']);
    expect(events).toHaveLength(1);
  });

  it('keeps "in May" as a month, not the modal "may"', () => {
    const events = extract('In May, air strikes hit Aleppo.', '2020-07-06', ['Aleppo']);
    expect(events.map((e) => [e.type, e.date?.precision])).toEqual([['air_strike', 'month']]);
  });
});

describe('the same words outside political violence', () => {
  it.each([
    'Workers went on strike in Aleppo on Monday.',
    'Israel struck a deal with Hamas in Damascus on Monday.',
    'The minister died of a heart attack in Damascus on Monday.',
    'A gas explosion killed 3 at a factory in Aleppo on Monday.',
    'Stocks retreated in Damascus on Monday.',
    'The candidate withdrew from the race in Aleppo on Monday.',
    'The earthquake struck Aleppo on Monday, killing 40.',
    'A hunger strike began in Damascus on Monday.',
    'Air raid alert in Kyiv on Monday.',
    'The plan was executed in Aleppo on Monday.',
  ])('%s', (text) => {
    expect(extract(text, '2020-05-06', ['Aleppo', 'Damascus', 'Kyiv', 'Israel'])).toEqual([]);
  });
});

describe('withdrawals', () => {
  it('needs armed forces or a place left behind', () => {
    expect(extract('The company withdrew its product in Aleppo on Monday.', '2020-05-06', ['Aleppo'])).toEqual([]);
    expect(extract('Iran is withdrawing from Syria, officials said Tuesday.', '2020-05-06', ['Syria', 'Iran']).map((e) => e.type)).toEqual(['withdrawal']);
    expect(extract('Troops pulled out of the town on Monday.', '2020-05-06', []).map((e) => e.type)).toEqual(['withdrawal']);
  });
});

describe('local news is not a war', () => {
  it.each([
    'A man was struck by a car in Aleppo on Monday.',
    'A 19-year-old was killed in a fiery crash in Aleppo on Sunday.',
    'Firefighters were fighting the blaze in Aleppo on Monday.',
    'He was charged with murder in Aleppo on Monday.',
    'Agents executed a search warrant in Aleppo on Monday.',
    'The driver was struck while walking in Aleppo on Monday.',
    'Democrats blast the mayor’s ads in Aleppo on Monday.',
    'A tiny earthquake that few people felt struck Aleppo overnight.',
    'Volunteers join the flood fighting effort in Aleppo on Monday.',
    'A cholera outbreak killed 60 people in Aleppo last month.',
    'The deadly disease has struck Aleppo.',
    'The striker’s second strike, a curling shot in the 81st minute, sealed the win in Aleppo.',
    'Oil prices retreated in Aleppo on Tuesday as the market was fighting for direction.',
  ])('%s', (text) => {
    expect(extract(text, '2020-05-06', ['Aleppo'])).toEqual([]);
  });
  it('leaves out a cumulative toll with no date and only a nationality for a place', () => {
    expect(extract('More than 35,000 Palestinians have been killed since the war began.', '2024-05-19', [{ word: 'Palestinians', role: 'demonym' }])).toEqual([]);
  });
  it('reads police clashing with protesters as unrest (other), not an armed clash', () => {
    expect(extract('Police clashed with protesters in Aleppo on Thursday.', '2024-01-16', ['Aleppo']).map((e) => e.type)).toEqual(['other']);
  });
  it('still reads a killing by cattle raiders', () => {
    expect(extract('Cattle rustlers killed eleven people near Aleppo on Monday.', '2020-05-06', ['Aleppo']).map((e) => [e.type, e.fatalities?.min])).toEqual([['killing', 11]]);
  });
  it('still reads a bare "strikes" in an article about a war', () => {
    const text = 'The war entered its third year.\n\nStrikes hit Aleppo on Monday, killing four.';
    expect(extract(text, '2020-05-06', ['Aleppo']).map((e) => [e.type, e.place?.name])).toEqual([['air_strike', 'Aleppo']]);
  });
});

describe('figures of speech and battle words (Halterman misses)', () => {
  it('reads "struck a blow" as a figure of speech, but "struck a depot" as a strike', () => {
    expect(extract('Government forces struck a powerful, if symbolic, blow against the rebels in Homs.', '2024-06-21', ['Homs']).map((e) => e.type)).toEqual([]);
    expect(extract('Government jets struck a depot in Homs on Monday.', '2024-06-21', ['Homs']).map((e) => e.type)).toEqual(['air_strike']);
  });
  it('reads "street battles" as clashes', () => {
    expect(extract('Street battles in the city of Homs killed 12 people on Friday.', '2024-06-21', ['Homs']).map((e) => [e.type, e.place?.name])).toEqual([['armed_clash', 'Homs']]);
  });
});

describe('more incident words (Halterman misses)', () => {
  const types = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('reads a bomb that destroyed or killed as a bombing', () => {
    expect(types('A homemade bomb on Saturday destroyed a shop in Aleppo.', ['Aleppo'])).toEqual([['bombing', 'Aleppo']]);
    // ... but not bombs found or defused (negative).
    expect(types('Police defused bombs that could have destroyed a shop in Aleppo.', ['Aleppo'])).toEqual([]);
  });
  it('reads an aircraft shot down in a war as an incident', () => {
    expect(types('Rebels said they had shot down a Syrian helicopter near Hama on Monday.', ['Syrian', 'Hama'])).toEqual([['other', 'Hama']]);
    expect(types('A Syrian warplane was shot down over Idlib on Monday.', ['Syrian', 'Idlib'])).toEqual([['other', 'Idlib Governorate']]);
    // ... and prices or hopes "shot down" are no incident (negative).
    expect(types('The minister shot down the plan in Aleppo on Monday.', ['Aleppo'])).toEqual([]);
  });
});

describe('armed men named by what they are (Halterman misses)', () => {
  const types = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('reads clashes between armed tribesmen as an armed clash', () => {
    expect(types('Clashes erupted between rival tribesmen in Aleppo on Sunday.', ['Aleppo'])).toEqual([['armed_clash', 'Aleppo']]);
  });
  it('still reads fighting over words, with no armed men, as no event (negative)', () => {
    expect(types('Rival tribes were fighting for votes in Aleppo on Sunday.', ['Aleppo'])).toEqual([]);
  });
});
