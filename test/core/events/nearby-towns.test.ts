// Towns a few kilometres apart (Deir al-Balah, Nuseirat, Khan Younis) are different places when the
// story names each for its own incident; a toll followed by its cause ("were killed when a strike hit
// ... in X") is at the cause's place. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const Q = ['Gaza Strip', 'Deir al-Balah', 'Nuseirat', 'Khan Younis'];

describe('nearby towns', () => {
  it('keep their own incidents apart', () => {
    const text = 'Israeli strikes killed 40 across the Gaza Strip on Tuesday.\n\nEight people were killed when a strike hit a group of people in Deir al-Balah. Four others died in a strike on a car near Nuseirat.\n\nIn Khan Younis, tank shelling killed three people, medics said.';
    const events = extract(text, '2024-12-03', Q);
    expect(events.map((e) => [e.place?.name, e.fatalities?.min])).toEqual([['Deir al-Balah', 8], ['Nuseirat', 4], ['Khan Younis', 3]]);
  });
  it('still join "the strike" told again at a nearby camp (negative)', () => {
    const text = 'An Israeli air strike on a school in Deir al-Balah killed 27 people on Thursday.\n\nThe strike hit classrooms of the school near Nuseirat before dawn, witnesses said.';
    const events = extract(text, '2024-06-06', ['Israeli', ...Q]);
    expect(events).toHaveLength(1);
  });
});

describe('a toll, then its cause', () => {
  it('is at the place the cause\'s clause names, not the sentence\'s opening region', () => {
    const events = extract('In the central Gaza Strip, eight people were killed when a strike hit a group of people in Deir al-Balah on Tuesday.', '2024-12-03', Q);
    expect(events.map((e) => e.place?.name)).toEqual(['Deir al-Balah']);
  });
  it('keeps a later clause with another incident apart from the toll (negative)', () => {
    const events = extract('Eight people were killed in Khan Younis on Tuesday, after rebels shelled a post in Deir al-Balah.', '2024-12-03', Q);
    expect(events[0]!.place?.name).toBe('Khan Younis');
  });
});
