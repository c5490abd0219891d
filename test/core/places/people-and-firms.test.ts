// People and institutions that bear a town's name: the text's own cues decide, both ways.
import { describe, expect, it } from 'vitest';
import { mentionTexts } from './mentions-helper.ts';

const names = mentionTexts;

describe('a single name the text shows to be a person', () => {
  it('reads a name with an age after it as a person, at every mention', () => {
    expect(names('Deputies stopped Kijuan D. McDonald on Friday. They chatted with McDonald, 24, about the bag.')).toEqual([]);
  });

  it('reads a name followed by "who" as a person', () => {
    expect(names('Their daughter, Hailey, who was born early, is doing well. Hailey came home on Tuesday.')).toEqual([]);
  });

  it('reads a name followed by a verb only people do as a person', () => {
    expect(names('Meredith noted the hour was late. Later Meredith recalled the storm.')).toEqual([]);
  });

  it('takes the surname after a title and a short first name ("the Rev. Al Meredith")', () => {
    expect(names('The Rev. Al Meredith preached on Sunday. The sermon by Meredith was short.')).toEqual([]);
  });

  it('keeps the place where the cue belongs to a person named before it', () => {
    expect(names('Police named the man as Daniel Ray Hufstetler of Roswell, who was listed in stable condition.')).toEqual(['Roswell']);
    expect(names('A 20-year-old from Brampton noted the crowd was large.')).toEqual(['Brampton']);
  });

  it('keeps a town the text also uses as a place', () => {
    const t = 'Jackson, 45, was arrested on Monday. The crash happened in Jackson on Sunday. Jackson police said the road was closed.';
    expect(names(t).filter((n) => n === 'Jackson').length).toBeGreaterThanOrEqual(2);
    expect(names('Officials in Jackson noted the rain. Jackson police closed the road.')).toEqual(['Jackson', 'Jackson']);
  });

  it('reads the object of a verb done only to people as a person, at every mention', () => {
    expect(names('Prosecutors charged a teenager with killing Welch and another teen. Welch had gone to a party.')).toEqual([]);
    expect(names('Police said the man stabbed Welch. Later Welch was taken away.')).toEqual([]);
    // a town before a head noun is a modifier, and not this cue's business
    expect(names('Soldiers were accused of killing Bucha residents.')).toEqual(['Bucha']);
  });

  it('reads "X is a senior at ..." as a person', () => {
    expect(names('Patrick is a senior at the regional high school. Patrick built the trail.')).toEqual([]);
    expect(names('Welch is a city in West Virginia.')).toEqual(['Welch', 'West Virginia']);
  });

  it('reads a make after a model year as a vehicle, where the text speaks of driving', () => {
    expect(names('A 1992 Toyota Corolla driven by a woman was in the left lane. The Toyota failed to yield.')).toEqual([]);
    expect(names('Their red 1991 Honda broke down on the highway.')).toEqual([]);
    // a year before a town with no vehicle in sight is an event's name
    expect(names('The 2017 Manchester Arena bombing killed 22 people.')).toEqual(['Manchester']);
    expect(names('A 1992 Toyota Corolla was parked outside. Police in Toyota said the car was stolen.')).toContain('Toyota');
  });

  it('never takes a country, a state or a capital for a person on these cues', () => {
    expect(names('Georgia, who had never hosted the games, won the bid.')).toContain('Georgia');
    expect(names('Texas, 12, beat Ohio on Saturday.')).toEqual(['Texas', 'Ohio']);
    expect(names('Moscow noted the change in tone.')).toEqual(['Moscow']);
  });
});

describe('institutions and firms named after a person', () => {
  it('drops a small town that only heads an institution named like a person', () => {
    expect(names('The Webb Center closed on Friday. Parents said the Webb Center had no money left.')).toEqual([]);
    expect(names('Services will be held at Snyder Funeral Home on Friday.')).toEqual([]);
    expect(names('Turner Construction won the contract for the bridge.')).toEqual([]);
  });

  it('keeps the town where the text also names it as a place', () => {
    expect(names('The Dublin Community Center opened on Monday. Residents of Dublin welcomed it.')).toEqual(['Dublin', 'Dublin']);
    expect(names('Crews from Snyder repaired the roof of the Snyder Memorial Library.').filter((n) => n === 'Snyder').length).toBe(2);
  });

  it('keeps a public body named after its town', () => {
    expect(names('The authority meets on Monday at Ludlow Town Hall.')).toEqual(['Ludlow']);
    expect(names('He was taken to Cookeville Regional Medical Center.')).toEqual(['Cookeville']);
    expect(names('Wamego Police Department officers responded.')).toEqual(['Wamego']);
  });

  it('keeps a state, a country or a big city in an institution name', () => {
    expect(names('She studied at the Texas Academy of Sciences.')).toContain('Texas');
    expect(names('The Houston Museum of Natural Science reopened.')).toContain('Houston');
  });

  it('reads the bare name of a firm the text has named as the firm, unless a preposition makes it a place', () => {
    expect(names('The Belk Foundation gave 5,000 dollars to the shelter. Belk opened a new store this week.')).toEqual([]);
    expect(names('The Belk Foundation gave money to the shelter. The new store is in Belk.')).toContain('Belk');
  });

  it('keeps centres that serve the public', () => {
    expect(names('The dinner is at the Grapeland Senior Citizens Center on Friday.')).toEqual(['Grapeland']);
  });
});
