// A file photo's caption is kept apart from the story's incident; the weapon a clause names after its
// object ("attacked the port city of X with drones") types it; a district named with a city's toll is
// part of the city's strike. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('a file photo caption', () => {
  it('never joins the story\'s incident, and without a date of its own is no event', () => {
    const text = 'Drones hit Kyiv\n\nFILE PHOTO: Smoke rises after a drone strike in Kyiv. REUTERS/File Photo\n\nKYIV (Reuters) - A drone strike hit Kyiv on Monday, killing two.';
    const events = extract(text, '2024-11-18', ['Kyiv']);
    expect(events.map((e) => [e.date?.start, e.excerpts.some((x) => x.text.startsWith('FILE PHOTO'))])).toEqual([['2024-11-18', false]]);
  });
  it('keeps one dated by its own words at that date, once however often it is repeated', () => {
    const caption = 'FILE PHOTO: Firefighters work at the site of a drone strike in Kyiv, March 2, 2024. REUTERS/File Photo';
    const text = `Drones hit Kyiv\n\n${caption}\n\nKYIV (Reuters) - A drone strike hit Kyiv on Monday, killing two.\n\n${caption}`;
    const events = extract(text, '2024-11-18', ['Kyiv']);
    expect(events.map((e) => [e.date?.start, e.excerpts.length])).toEqual([['2024-03-02', 2], ['2024-11-18', 2]]);
  });
});

describe('the weapon named after the object', () => {
  it('types "attacked the port city of X with drones" as a drone strike', () => {
    const events = extract('Russia attacked the southern Ukrainian river port city of Kherson with drones overnight, killing two people.', '2024-11-18', ['Kherson']);
    expect(events.map((e) => e.type)).toEqual(['drone_strike']);
  });
  it('leaves "attacked ..., and with tanks" past a comma alone (negative)', () => {
    const events = extract('Militants attacked a checkpoint in Kherson on Monday, and with drones overhead the army fought back.', '2024-11-18', ['Kherson']);
    expect(events.map((e) => e.type)).not.toContain('drone_strike');
  });
});

describe('a toll told at a district of the struck city', () => {
  it('is the city\'s strike', () => {
    const text = 'Russia attacked Kherson with drones overnight, killing two people.\n\nA man was killed when debris fell on a house in the Dniprovskyi district, officials said.';
    const events = extract(text, '2024-11-18', ['Kherson']);
    expect(events.map((e) => [e.place?.name, e.excerpts.length])).toEqual([['Kherson', 2]]);
  });
});

describe('"in Libya\'s capital"', () => {
  const Q = [{ word: 'TRIPOLI', role: 'dateline' as const }, 'Libya'];
  it('is the capital the dateline names, not the country', () => {
    const events = extract("TRIPOLI, Aug 28 (AP) — Clashes between rival militias in Libya's capital killed 32 people on Saturday.", '2022-08-28', Q);
    expect(events.map((e) => [e.place?.name, e.placeSpan?.text])).toEqual([['Tripoli', "Libya's capital"]]);
  });
  it('stays the country when no capital of it is named (negative)', () => {
    const events = extract("Clashes between rival militias in Libya's capital killed 32 people on Saturday.", '2022-08-28', ['Libya']);
    expect(events.map((e) => e.place?.name)).toEqual(['Libya']);
  });
});

describe('"the worst fighting the city has seen in two years"', () => {
  it('dates nothing two years on', () => {
    const events = extract('TRIPOLI (AP) — Clashes in Libya killed 32 people, the ministry said, in the worst fighting the city has seen in two years.', '2022-08-28', [{ word: 'TRIPOLI', role: 'dateline' }, 'Libya']);
    expect(events.every((e) => !e.date || e.date.start <= '2022-08-28')).toBe(true);
  });
});

describe('a later toll that names its place', () => {
  it('revises the incident told there, not the one told last', () => {
    const text = 'A Russian missile hit a building in Kharkiv on Saturday, killing 15.\n\nLater on Saturday, a drone hit a depot in Kherson.\n\nThe death toll in Kharkiv rose to 30 on Sunday, officials said.';
    const events = extract(text, '2023-01-15', ['Kharkiv', 'Kherson']);
    expect(events.map((e) => [e.place?.name, e.fatalities])).toEqual([['Kharkiv', { min: 30, max: 30 }], ['Kherson', null]]);
  });
  it('goes to the incident just told when it names none (negative)', () => {
    const text = 'A Russian missile hit a building in Kharkiv on Saturday, killing 15.\n\nLater on Saturday, a drone hit a depot in Kherson.\n\nThe death toll rose to 3 on Sunday, officials said.';
    const events = extract(text, '2023-01-15', ['Kharkiv', 'Kherson']);
    expect(events.map((e) => [e.place?.name, e.fatalities])).toEqual([['Kharkiv', { min: 15, max: 15 }], ['Kherson', { min: 3, max: 3 }]]);
  });
});
