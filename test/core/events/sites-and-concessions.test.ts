// A site taken is ground taken; an "if" that grants a word is no condition. Sentences of our own, on
// hand-built mentions (mention-builder.ts).
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './extract.ts';

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

describe('a concessive "if"', () => {
  it('does not make the incident a condition', () => {
    const events = extract('The army struck a swift, if costly, blow by seizing the old mosque in the city of Homs on Saturday.', '2013-07-28', ['Homs']);
    expect(events.map((e) => e.place?.name)).toEqual(['Homs']);
    const { events: many } = extractAll('Dozens, if not hundreds, of people were killed in shelling on Aleppo on Friday.', '2013-07-28', ['Aleppo']);
    expect(many.length).toBe(1);
  });

  it('leaves a real condition hypothetical (negative)', () => {
    const { events, statements } = extractAll('Rebels warned that if talks fail, they will seize the old mosque in the city of Homs.', '2013-07-28', ['Homs']);
    expect(events).toEqual([]);
    expect(statements.map((s) => s.mode)).not.toContain('asserted');
    const cond = extractAll('If the army shells Aleppo, the rebels said, they would answer.', '2013-07-28', ['Aleppo']);
    expect(cond.events).toEqual([]);
  });
});
