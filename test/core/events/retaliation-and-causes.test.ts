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

describe('a strike "in response to" an attack told before', () => {
  it('is an incident apart from the attack it answers', () => {
    const text = 'On Sunday, gunmen attacked the market in Tessit, in Mali, killing 20 civilians.\n\nThe army said air strikes on Sunday killed dozens of militants near Tessit in response to the market attack.';
    const events = extract(text, '2022-08-15', ['Tessit', 'Mali']);
    expect(events.map((e) => e.type).sort()).toEqual(['air_strike', 'other']);
    // (the answered attack may keep the sentence that names it in passing; the strikes never take the attack's)
    const strikes = events.find((e) => e.type === 'air_strike')!;
    expect(strikes.excerpts.map((x) => x.text).join(' ')).not.toMatch(/gunmen/);
    expect(events.find((e) => e.type === 'other')!.excerpts[0]!.text).toMatch(/^On Sunday, gunmen attacked/);
  });

  it('still lets "the response to the attack" name no incident of its own (negative)', () => {
    const text = 'On Sunday, gunmen attacked the market in Tessit, in Mali, killing 20 civilians.\n\nThe government said its response to the attack would be swift.';
    expect(extract(text, '2022-08-15', ['Tessit', 'Mali']).length).toBe(1);
  });
});
