// The scene in one sentence, on invented sentences: a victim's name is no place; a reference point in
// an apposition locates the place before it; "the country" is not a country named as an actor; two
// nations' joint force and a nationality's border; "poised to attack" is no event; -ing verbs, "close
// to", a longer opening frame and a trigger's own auxiliary govern their place.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const P = ['Aleppo', 'Hama', 'Damascus', 'Syria', 'Iraq', 'Baghdad', 'Mosul', 'Kirkuk', 'U.S.', 'Syrian', 'Iraqi'];
const at = (text: string) => extract(text, '2024-06-18', P).map((e) => e.place?.name ?? null);

describe('who, not where', () => {
  it('does not read the subject of a killing as its scene', () => {
    // ("Mosul" stands for a person's surname here, as a recogniser may misread one.)
    expect(at('Mosul was shot dead outside his home in Kirkuk on Monday.')).toEqual(['Kirkuk']);
  });
  it('still reads the subject of a shelling as its scene (negative)', () => {
    expect(at('Hama was shelled on Monday, officials said.')).toEqual(['Hama']);
  });
  it('does not take "the country" for a country named as an actor', () => {
    expect(at('Thousands of troops patrol Syria while Iraq\'s soldiers are fighting insurgents in the east of the country.')).toEqual(['Syria']);
  });
  it('does not place at a nation in a joint force ("an Iraq-Kurdish operation")', () => {
    expect(at('A commander was killed in an Iraq-Kurdish operation on Monday.')).toEqual([null]);
  });
  it('places at a nationality\'s border as a last resort', () => {
    expect(at('Two smugglers were killed near the Syrian border on Monday.')).toEqual(['Syria']);
  });
  it('not at its border guards (negative)', () => {
    expect(at('Two smugglers were killed by Syrian border guards on Monday.')).toEqual([null]);
  });
});

describe('reference points', () => {
  it('locates the scene by the place before ", just south of X"', () => {
    expect(at('A bomb blew up near a recruiting centre in Mosul, just south of Baghdad, killing 12 people.')).toEqual(['Mosul']);
  });
  it('and before ", a town near X", even far from the trigger', () => {
    expect(at('The air force hit a hospital in Hama, a town near Aleppo held by rebels and other armed groups on Saturday, killing seven patients.')).toEqual(['Hama']);
  });
  it('keeps a place named after a comma that is not a reference (negative)', () => {
    expect(at('Strikes hit Hama, and on Monday jets bombed Aleppo.')).toContain('Aleppo');
  });
});

describe('words that govern a place', () => {
  it('sets aside an attack a government is poised or permitted to make', () => {
    expect(at('The administration seemed poised to attack Syria on Monday.')).toEqual([]);
    expect(at('The general received permission to attack Hama.')).toEqual([]);
  });
  it('reads "storming the town of X" and "villages close to X" as the scene', () => {
    expect(at('Rebels began their assault on Monday by storming the town of Hama.')).toContain('Hama');
    expect(at('Gunmen attacked homes in villages close to Mosul, killing 24 civilians.')).toEqual(['Mosul']);
  });
  it('frames the sentence by an opening place with modifiers or an adverb', () => {
    expect([...new Set(at('In the ancient town of Hama, soldiers shot dead a man during a gun battle.'))]).toEqual(['Hama']);
    expect(at('Also in Kirkuk province, a man was shot and killed by a gunman.')).toEqual(['Kirkuk']);
  });
  it('takes a place before the trigger\'s own auxiliary', () => {
    expect(at('Last week the owner of a Baghdad restaurant was shot dead by a gunman.')).toEqual(['Baghdad']);
  });
  it('not a place before another clause\'s subject (negative)', () => {
    expect(at('Officials succeeded in Syria, the Times quoted officials as saying, and Iraqi forces are deserting bases.')).not.toContain('Syria');
  });
});
