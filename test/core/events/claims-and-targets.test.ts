// A date after "claimed the attack" is the claim's, and a strike told by the military target it
// destroyed is a strike. Sentences of our own, both ways.
import { describe, expect, it } from 'vitest';
import { brief, extract } from './extract.ts';

describe('a claim, a denial or a condemnation dates itself, not the incident', () => {
  it('keeps the incident on its own day when a group claims it on a later day', () => {
    const text = 'A drone boat rammed a cargo ship in the Red Sea on Sunday, killing one sailor. '
      + 'The Houthis claimed the attack on Monday evening.';
    const events = extract(text, '2024-07-24', ['Red Sea']).map(brief);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ place: 'Red Sea', date: '2024-07-21' });
  });

  it('does the same for a condemnation', () => {
    const text = 'An air strike hit a market in Idlib on Saturday, killing nine people. '
      + 'The United Nations condemned the strike on Tuesday.';
    const events = extract(text, '2024-07-24', ['Idlib']).map(brief);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2024-07-20');
  });

  it('still dates an incident whose own day follows it', () => {
    const text = 'An air strike on Idlib on Monday killed four people.';
    expect(extract(text, '2024-07-24', ['Idlib']).map(brief)[0]!.date).toBe('2024-07-22');
  });
});

describe('a strike told by the military target it destroyed', () => {
  it('is an event at the place near the target, typed from the story', () => {
    const text = 'US warplanes struck targets in Sanaa on Monday. '
      + 'On Tuesday, US forces destroyed a Houthi radar site near Hodeidah.';
    const events = extract(text, '2024-07-24', ['Sanaa', 'Hodeidah']).map(brief);
    const hodeidah = events.find((e) => e.place === 'Hodeidah');
    expect(hodeidah).toMatchObject({ type: 'air_strike', date: '2024-07-23' });
  });

  it('is no event when nothing military was destroyed, or nothing in the story is armed', () => {
    expect(extract('Floods destroyed three bridges near Hodeidah on Tuesday.', '2024-07-24', ['Hodeidah'])).toEqual([]);
    expect(extract('The company destroyed old fuel storage tanks near Hodeidah on Tuesday.', '2024-07-24', ['Hodeidah'])).toEqual([]);
  });
});
