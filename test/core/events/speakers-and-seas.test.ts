// Where a speaker spoke from is not the scene.
// Sentences of our own, on hand-built mentions (mention-builder.ts).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('a speaker\'s place after "told ... from"', () => {
  it('is not the scene of the incident the speaker tells', () => {
    const text = 'Gunmen stormed a police post in southern Somalia on Tuesday, killing four officers, a commander told Reuters by phone from the nearby town of Qoryoley.';
    const events = extract(text, '2020-03-04', ['Somalia', 'Qoryoley']);
    expect(events.map((e) => e.place?.name ?? null)).not.toContain('Qoryooley');
    expect(events.some((e) => e.place?.name === 'Somalia')).toBe(true);
  });

  it('leaves the scene the sentence names (control) and a place no speech verb leads to (negative)', () => {
    const told = extract('Gunmen stormed a police post in Marka on Tuesday, a commander said, speaking from Qoryoley.', '2020-03-04', ['Marka', 'Qoryoley']);
    expect(told.map((e) => e.place?.name)).toEqual(['Marka']);
    // "from" after an attack verb is no speaker's seat: the fighters came from there
    const came = extract('Fighters who came from Qoryoley stormed a police post on Tuesday.', '2020-03-04', ['Qoryoley']);
    expect(came.length).toBe(1);
  });
});
