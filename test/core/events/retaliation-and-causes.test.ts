// The incident a strike answers ("in what Israel said was retaliation for a rocket strike on X") is named
// in passing: it takes no toll, no re-mention and no day of the strike; when the story tells it with its
// own place and day, it is an incident of its own that later re-mentions join. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const Q = ['Beirut', 'Israel', 'Golan Heights', 'Majdal Shams'];

describe('a strike and the attack it answers', () => {
  it('keeps the answered attack out of the strike\'s toll and re-mentions', () => {
    const text = 'An Israeli strike on Beirut on Tuesday evening killed a commander, in what Israel said was retaliation for a rocket strike on the Golan Heights.\n\nThe strike hit a building near the Bahman hospital, witnesses said. The health ministry said three people were killed and 74 wounded.';
    const events = extract(text, '2024-07-30', ['Israeli', ...Q]);
    expect(events.map((e) => [e.place?.name, e.date?.start, e.injured, e.excerpts.length])).toEqual([['Beirut', '2024-07-30', { min: 74, max: 74 }, 3]]);
  });
  it('gives a strike "against the commander it held responsible for the attack on X on Saturday" no Saturday', () => {
    const text = 'An Israeli strike on Beirut on Tuesday evening killed a commander.\n\nThe military said it had carried out a targeted strike in Beirut against the commander it held responsible for the rocket attack on Majdal Shams on Saturday, which killed 12 children.\n\nHezbollah has denied it carried out the Majdal Shams attack.';
    const events = extract(text, '2024-07-30', ['Israeli', ...Q]);
    expect(events.map((e) => [e.place?.name, e.date?.start, e.excerpts.length])).toEqual([['Beirut', '2024-07-30', 2], ['Majdal Shams', '2024-07-27', 2]]);
  });
  it('still reads a strike told with its own later day as that day\'s (negative)', () => {
    const events = extract('Israeli jets struck Beirut on Saturday.', '2024-07-30', ['Israeli', 'Beirut']);
    expect(events.map((e) => e.date?.start)).toEqual(['2024-07-27']);
  });
});
