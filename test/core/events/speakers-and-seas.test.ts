// Where a speaker spoke from is not the scene; a sea holds the waters a report places by distance.
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

describe('an incident at sea told again by distance from a port', () => {
  it('is one event with the sea, the same day', () => {
    const text = 'A tanker was hit by a missile in the Gulf of Aden on Sunday. The vessel was struck about 40 nautical miles east of Aden, the agency said.';
    const events = extract(text, '2024-02-19', ['Gulf of Aden', 'Aden']);
    expect(events.length).toBe(1);
    expect(events[0]!.excerpts.length).toBe(2);
  });

  it('stays two events on two days, or when the other place is a coastal town (negative)', () => {
    const days = extract('A tanker was hit by a missile in the Gulf of Aden on Sunday. On Tuesday, another ship was struck about 40 nautical miles east of Aden.', '2024-02-21', ['Gulf of Aden', 'Aden']);
    expect(days.length).toBe(2);
    const coast = extract('Drones were fired at ships in the Red Sea on Saturday. Jets struck Hodeidah on Saturday.', '2024-03-10', ['Red Sea', 'Hodeidah']);
    expect(coast.map((e) => e.place?.name).sort()).toEqual(['Hodeidah', 'Red Sea']);
  });
});
