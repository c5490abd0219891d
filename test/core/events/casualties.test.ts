// Killed and injured counts: digits, words, ranges; vague words are ranges; a toll that rose revises.
import { describe, expect, it } from 'vitest';
import { fatalitiesIn, injuredIn, killedAt } from '../../../src/core/events/casualties.ts';

describe('fatalitiesIn', () => {
  it.each([
    ['The latest raids on Monday night killed 14 Iranian militants.', 14, 14],
    ['At least 19 people were killed and 30 wounded.', 19, 19],
    ['Between 10 and 15 civilians died.', 10, 15],
    ['Air strikes killed 10-12 fighters.', 10, 12],
    ['killing two and wounding five people', 2, 2],
    ['The death toll rose to 23.', 23, 23],
    ['Dozens were killed.', 24, 99],
    ['Scores of fighters were killed.', 40, 199],
    ['Several soldiers were killed.', 3, 9],
    ['Hundreds of people died.', 200, 999],
    ['The war has killed tens of thousands of people.', 20000, 99999],
    ['two dozen soldiers were killed', 24, 24],
    ['A drone strike killed a commander.', 1, 1],
    ['The strike left 4 people dead.', 4, 4],
    ['No casualties were reported.', 0, 0],
    ['twenty-one people died', 21, 21],
    ['Unidentified gunmen killed a local official.', 1, 1],
    ['A drone strike killed 5 people.', 5, 5],
    ['A child was killed in the blast.', 1, 1],
    ['A US drone strike on August 29 killed 10 civilians.', 10, 10],
    // Groups of victims joined into one list add up; a comma alone, a second verb or a time does not join.
    ['The shell killed four soldiers and six civilians.', 10, 10],
    ['killing a woman and her daughter', 2, 2],
    ['One strike hit a tent, killing a man, his wife and their three children, medics said.', 5, 5],
    ['The raid killed two guards, a driver, and a cook.', 4, 4],
    ['The strike killed five people, three children among them.', 5, 5],
    ['killing two soldiers and wounding 14 others', 2, 2],
    ['The strike killed three people and two hours later another hit the town.', 3, 3],
    ['Not a single soldier was killed.', 0, 0],
    ['A drone strike killed at least 30 people on Sunday, three witnesses and a health worker told Reuters.', 30, 30],
    ['The raid killed two guards, a driver and a cook told police.', 2, 2],
    ['The ministry said 16 people, including civilians, were killed.', 16, 16],
    ['The blast killed two soldiers and a civilian, a spokesman said.', 3, 3],
  ])('%s -> %i..%i', (sentence, min, max) => {
    expect(fatalitiesIn(sentence)).toEqual({ min, max });
  });
  it.each([
    ['Soldiers summarily executed at least 223 civilians, including 56 children.', 223, 223],
    ['Gunmen massacred 40 villagers.', 40, 40],
    ['The militants beheaded five men.', 5, 5],
    ['Three U.S. service members were killed in a drone attack.', 3, 3],
  ])('counts the victims of an execution or a massacre, and past initials: %s -> %i..%i', (sentence, min, max) => {
    expect(fatalitiesIn(sentence)).toEqual({ min, max });
  });
  it.each(['It flew 1,000 kilometers from home.', 'Police executed a search warrant at the house.', 'The army executed a daring operation.', 'Nobody has claimed responsibility for the attack.', 'No one knows who fired the shells.', 'Forces fired 40 rockets.', 'The 2019 strike was condemned.', 'The raid killed a number of fighters.', 'The raid killed a large number of fighters.', 'Shelling killed a significant number of soldiers.', 'The drone strike was condemned.'])('no count in %s', (s) => {
    expect(fatalitiesIn(s)).toBeNull();
  });
});

describe('injuredIn', () => {
  it.each([
    ['Nine people were wounded.', 9, 9],
    ['A man was hurt in the blast.', 1, 1],
    ['The fire was contained and no one was hurt.', 0, 0],
    ['No one was injured, the governor said.', 0, 0],
    ['Not a single person was wounded.', 0, 0],
    ['No casualties were reported at first, but one man was hurt.', 1, 1],
  ])('%s -> %i..%i', (sentence, min, max) => {
    expect(injuredIn(sentence)).toEqual({ min, max });
  });
});

describe('killedAt', () => {
  it('marks a toll that rose as a revision, and a plain report not', () => {
    expect(killedAt('The death toll rose to 23.')).toMatchObject({ range: { min: 23, max: 23 }, revises: true });
    expect(killedAt('Officials said the bombing had killed 14, bringing the toll to 14.')).toMatchObject({ revises: true });
    expect(killedAt('The bombing killed 14.')?.revises).toBeUndefined();
  });
  it('does not take the number of strikes for the toll', () => {
    expect(fatalitiesIn('Two airstrikes killed 14 fighters.')).toEqual({ min: 14, max: 14 });
    expect(fatalitiesIn('Three rockets killed a child.')).toEqual({ min: 1, max: 1 });
  });
});

describe('injuredIn', () => {
  it('reads the wounded apart from the dead', () => {
    expect(injuredIn('killing two and wounding five people')).toEqual({ min: 5, max: 5 });
    expect(injuredIn('At least 19 people were killed and 30 wounded.')).toEqual({ min: 30, max: 30 });
    expect(injuredIn('The death toll rose to 23.')).toBeNull();
  });
});

describe('the wounded who died', () => {
  it('are no count of the wounded', () => {
    expect(injuredIn('The toll rose to 14 after five of the wounded died in hospital.')).toBeNull();
    expect(injuredIn('Two more of the injured later succumbed.')).toBeNull();
  });
  it('leave the wounded counted beside them (negative)', () => {
    expect(injuredIn('Thirty people were wounded, and five of the wounded died in hospital.')).toEqual({ min: 30, max: 30 });
  });
});
