// Tolls a careful reader would add up: two groups of victims joined by "and" are one toll; "shot dead"
// kills; a toll that "has risen to" N however long its subject; the revised number, not the first one
// told; and, with incidents at two places in one sentence, each count at the place its clause names.
import { describe, expect, it } from 'vitest';
import { fatalitiesIn, killedCounts } from '../../../src/core/events/casualties.ts';
import { extract } from './extract.ts';

const P = ['Kharkiv', 'Bakhmut', 'Mosul', 'Kirkuk', 'Homs', 'Hama'];
const run = (text: string, published = '2024-06-21') => extract(text, published, P).map((e) => ({
  place: e.place?.name ?? null, killed: e.fatalities, injured: e.injured ?? null,
}));

describe('two groups of victims joined by "and"', () => {
  it.each([
    ['The raid killed three police officers and five gunmen.', 8],
    ['A bomb exploded at a bus stop, killing a teacher and a taxi driver.', 2],
    ['Shells hit the house, killing a man and his son.', 2],
    ['The operation killed 9 fighters and a soldier.', 10],
  ])('%s -> %i', (sentence, n) => {
    expect(fatalitiesIn(sentence)).toEqual({ min: n, max: n });
  });
  it.each([
    ['The strike killed two people and wounded 14 others.', 2],
    ['The strike killed four people and two hours later a second one hit.', 4],
    ['Gunmen killed six villagers and burned two houses.', 6],
    ['A drone killed three soldiers and two more were hurt.', 3],
  ])('does not add what is not a victim: %s -> %i', (sentence, n) => {
    expect(fatalitiesIn(sentence)).toEqual({ min: n, max: n });
  });
});

describe('"shot dead" and "gunned down" kill', () => {
  it.each([
    ['Soldiers shot dead a 16-year-old near the checkpoint.', 1],
    ['Gunmen gunned down two traders on the road.', 2],
    ['Three protesters were shot dead on Friday.', 3],
  ])('%s -> %i', (sentence, n) => {
    expect(fatalitiesIn(sentence)).toEqual({ min: n, max: n });
  });
  it('reads no count in a shooting without one', () => {
    expect(fatalitiesIn('Police said a man was shot at but escaped.')).toBeNull();
  });
});

describe('a toll that has risen, however long its subject', () => {
  it('reads the number after a long subject', () => {
    expect(fatalitiesIn("The death toll from Friday's shelling of the central market in the old town has risen to 23, doctors said.")).toEqual({ min: 23, max: 23 });
    expect(fatalitiesIn('The number of people killed in the bombing of the bus station rose to nine on Monday.')).toEqual({ min: 9, max: 9 });
  });
  it('takes the revised number, not the first one told', () => {
    expect(fatalitiesIn('Officials first said four people had died, but by night the toll had risen to 11.')).toEqual({ min: 11, max: 11 });
  });
  it('does not run across sentences or read a toll without a rise', () => {
    expect(fatalitiesIn('The death toll is unclear. Nine buses were damaged.')).toBeNull();
  });
  it('revises the incident it belongs to', () => {
    const out = run('Shelling killed five people in Bakhmut on Monday. The death toll from the shelling of the bus station in Bakhmut has risen to 12, officials said.');
    expect(out).toEqual([{ place: 'Bakhmut', killed: { min: 12, max: 12 }, injured: null }]);
  });
});

describe('the dead counted as they are found', () => {
  it.each([
    ['Rescuers recovered three bodies from the rubble of the house.', 3],
    ['Twelve bodies were pulled from the collapsed building on Sunday.', 12],
    ['Civil defence crews retrieved the bodies from the rubble.', null],
  ])('%s -> %s', (sentence, n) => {
    expect(fatalitiesIn(sentence)).toEqual(n === null ? null : { min: n, max: n });
  });
  it.each(['Two UN bodies said the report was flawed.', 'The two bodies of water meet at the delta.', 'Mourners prayed over the bodies of the dead.'])('no count in %s', (sentence) => {
    expect(fatalitiesIn(sentence)).toBeNull();
  });
});

describe('counts at the place their clause names', () => {
  it('gives each count, "no deaths" included, to its own place', () => {
    const out = run('Airstrikes killed three people in Mosul and wounded 20 in Kirkuk on Tuesday; no deaths were reported in Kirkuk.');
    expect(out).toEqual([
      { place: 'Mosul', killed: { min: 3, max: 3 }, injured: null },
      { place: 'Kirkuk', killed: { min: 0, max: 0 }, injured: { min: 20, max: 20 } },
    ]);
  });
  it('gives a count told after the first incident to the second, whose place its clause names', () => {
    const out = run('A drone strike on a car in Hama killed two men, and three more people died in shelling in Homs, officials said on Friday.');
    expect(out).toEqual([
      { place: 'Hama', killed: { min: 2, max: 2 }, injured: null },
      { place: 'Homs', killed: { min: 3, max: 3 }, injured: null },
    ]);
  });
  it('does not give a count to a place of another clause', () => {
    const out = run('An airstrike on Mosul killed five fighters, and shelling hit Kirkuk on Tuesday.');
    expect(out.find((e) => e.place === 'Mosul')?.killed).toEqual({ min: 5, max: 5 });
    expect(out.find((e) => e.place === 'Kirkuk')?.killed ?? null).toBeNull();
  });
  it('reads "no one was killed" as no count of one', () => {
    expect(killedCounts('A drone struck a depot, and no one was killed there.').map((c) => c.range)).toEqual([{ min: 0, max: 0 }]);
  });
});

describe('an outcome at a second place, with another incident told after it', () => {
  it('splits the outcome off the incident told before it, not the one after', () => {
    const out = run('A drone attack killed one person in Kharkiv and injured three in Bakhmut on Saturday, officials said, as fighting continued around the region.');
    expect(out).toContainEqual({ place: 'Kharkiv', killed: { min: 1, max: 1 }, injured: null });
    expect(out).toContainEqual({ place: 'Bakhmut', killed: null, injured: { min: 3, max: 3 } });
  });
  it('does not split an outcome off to a place another incident of the sentence governs', () => {
    const out = extract('A drone attack on a car in Hama killed two men, and two more people died in shelling in Homs, officials said.', '2024-06-21', P);
    expect(out.map((e) => [e.type, e.place?.name])).toEqual([['drone_strike', 'Hama'], ['shelling', 'Homs']]);
  });
});
