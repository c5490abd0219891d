// A site taken is ground taken. Sentences of our own, on hand-built mentions (mention-builder.ts).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('a site taken in a place', () => {
  it('is an event at that place', () => {
    const events = extract('Government forces seized the old mosque in the city of Homs on Saturday.', '2013-07-28', ['Homs']);
    expect(events.map((e) => [e.type, e.place?.name, e.date?.start])).toEqual([['other', 'Homs', '2013-07-27']]);
    expect(extract('Rebels captured the main hospital in Aleppo on Friday.', '2013-07-28', ['Aleppo']).length).toBe(1);
  });

  it('is not an arrest of people there (negative)', () => {
    expect(extract('Police captured the militant commander at his hideout in Homs on Saturday.', '2013-07-28', ['Homs'])).toEqual([]);
    expect(extract('Troops captured five suspects in Aleppo on Friday.', '2013-07-28', ['Aleppo'])).toEqual([]);
  });
});
