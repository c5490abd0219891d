// Dates and places a careful reader gives, on invented sentences: a duration or a verb "sat" is no day;
// a toll's day is not the strike's, and "a day after the attack" counts back from it; "central Gaza's
// Bureij camp" is at Bureij; an existential "there" points nowhere; a
// target list with a locative per item is one event per item; "the strikes" after the lead take its day.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { brief } from './extract.ts';

const P = ['Ariha', 'Idlib', 'Aleppo', 'Hama', 'Kharkiv', 'Syria', 'Gaza', 'Bureij', 'Hodeidah', 'Bajil', 'Sanaa', { word: 'KYIV', role: 'dateline' as const }];
// Published on a Tuesday.
const run = (text: string) => extract(text, '2024-06-18', P).map(brief).map((e) => [e.type, e.place, e.date]);

describe('days that are not the event\'s', () => {
  it('does not date a clash by its duration', () => {
    expect(run('On Monday, rebels and troops exchanged fire for several hours near Hama.')).toEqual([['armed_clash', 'Hama', '2024-06-17']]);
  });
  it('does not read the verb "sat" as Saturday', () => {
    expect(run('Shells hit houses in Hama where an old car sat, residents said on Monday.')).toEqual([['shelling', 'Hama', '2024-06-17']]);
  });
  it('still dates by a weekday written as one (negative)', () => {
    expect(run('Shells hit houses in Hama on Sat. night.').map((e) => e[2])).not.toEqual([null]);
  });
  it('dates a strike a day before the toll told "a day after the attack"', () => {
    expect(run('The death toll from an air strike on a school in Aleppo rose to 17 on Monday, a day after the attack.')).toEqual([['air_strike', 'Aleppo', '2024-06-16']]);
  });
  it('reads a toll\'s day alone as the report\'s, not the strike\'s', () => {
    const out = extract('The death toll from an air strike on a school in Aleppo rose to 17 on Monday.', '2024-06-18', P);
    expect(out[0]!.date?.basis).toMatch(/toll was told/);
  });
  it('keeps the day of a strike that killed on that day (negative)', () => {
    expect(run('An air strike on a school in Aleppo killed 17 on Monday.')).toEqual([['air_strike', 'Aleppo', '2024-06-17']]);
  });
});

describe('places in a phrase', () => {
  it('places at the camp a town possesses', () => {
    expect(run('An air strike hit a school in central Gaza\'s Bureij camp on Monday.').map((e) => e[1])).toEqual(['Bureij']);
  });
  it('keeps a town that possesses no place (negative)', () => {
    expect(run('An air strike hit a school in Gaza\'s centre on Monday.').map((e) => e[1])).toEqual(['Gaza']);
  });
  it('does not read an existential "there" as the last place told', () => {
    const out = run('Jets struck Bajil on Monday. An air strike on Qasr Marid killed three; there was no word on casualties elsewhere.');
    expect(out.map((e) => e[1])).toEqual(['Bajil', null]);
  });
  it('still reads "there" as a place where it is one (negative)', () => {
    expect(run('Troops entered Hama on Monday. Fighting there killed four on Monday.').map((e) => e[1])).toContain('Hama');
  });
  it('makes one event per target a locative of its own names', () => {
    const out = run('Warplanes on Monday struck sites near Hodeidah, in the Bajil district and in Sanaa.');
    expect(out.map((e) => e[1])).toEqual(['Hodeidah', 'Bajil', 'Sanaa']);
  });
  it('does not split a town and the region or country that holds it (negative)', () => {
    expect(run('Strikes on Monday hit a market in Aleppo, in Syria.').map((e) => e[1])).toEqual(['Aleppo']);
  });
});

describe('the words of one incident', () => {
  it('does not split a town and the province after ", in" even when the records do not link them (negative)', () => {
    expect(run('A drone dropped explosives on an army post in Ariha, in Idlib, on Monday.')).toEqual([['drone_strike', 'Ariha', '2024-06-17']]);
  });
  it('reads explosives dropped or released by a drone or a quadcopter as a drone strike', () => {
    expect(run('A quadcopter dropped explosives on a police station in Hama on Monday.')).toEqual([['drone_strike', 'Hama', '2024-06-17']]);
    expect(run('On Monday a drone released two mortar shells over a checkpoint near Aleppo.')).toEqual([['drone_strike', 'Aleppo', '2024-06-17']]);
    // Leaflets are no strike (negative).
    expect(run('Drones dropped leaflets over Hama on Monday.')).toEqual([]);
  });
  it('dates "hours earlier" to the day of the date before it', () => {
    expect(run('A car bomb exploded in Hama on Sunday. Hours earlier, a drone hit a depot in Aleppo.')).toEqual([['bombing', 'Hama', '2024-06-16'], ['drone_strike', 'Aleppo', '2024-06-16']]);
    // With no date before it, it dates nothing (negative).
    expect(run('Hours earlier, a drone hit a depot in Aleppo.')).toEqual([['drone_strike', 'Aleppo', null]]);
  });
  it('reads "the latest in a series of attacks" as the series, not as the incident told', () => {
    expect(run('A drone hit a school in Ariha on Monday, the latest in a series of drone attacks in Idlib.')).toEqual([['drone_strike', 'Ariha', '2024-06-17']]);
  });
  it('takes the speaker as the attacker across a day ("the army said on Sunday its aircraft had struck")', () => {
    const out = extract('On Saturday, an SLF drone hit a depot in Hama. The army said on Sunday its aircraft had struck positions near Hama.', '2024-06-18', P);
    expect(out.map((e) => e.type)).toEqual(['drone_strike', 'air_strike']);
    expect(out[1]!.actors.attacker).toBe('army');
  });
});

describe('the lead\'s day', () => {
  it('goes to "the strikes" retold in the next paragraph', () => {
    const out = run('KYIV — Jets struck targets near Hodeidah overnight on Monday.\n\nThe strikes targeted sites near Bajil, rebels said.');
    expect(out).toEqual([['air_strike', 'Hodeidah', '2024-06-17'], ['air_strike', 'Bajil', '2024-06-17']]);
  });
  it('not to a definite mention of another kind far on (negative)', () => {
    const out = run('KYIV — Jets struck targets near Hodeidah on Monday.\n\nMarkets reopened.\n\nTrade resumed.\n\nThe ambush near Bajil was never explained.');
    expect(out.find((e) => e[1] === 'Bajil')?.[2] ?? null).toBeNull();
  });
});

describe('"the city"', () => {
  const Q = ['Aleppo', 'Hama', 'Damascus', 'Syria', { word: 'KYIV', role: 'dateline' as const }];
  const at = (text: string) => extract(text, '2024-06-18', Q).map((e) => e.place?.name ?? null);
  it('is the last town named, not a country named since', () => {
    expect(at('Jets struck Hama on Sunday.\n\nThe war in Syria has dragged on.\n\nOn Monday, shells fell on a camp south of the city, killing two.')).toEqual(['Hama', 'Hama']);
  });
  it('is the story\'s town rather than a town named once in passing', () => {
    const out = at('Gunmen attacked checkpoints near Aleppo on Sunday. Police in Aleppo said four died. Aleppo has been tense.\n\nThe road linking Damascus with the north was cut.\n\nJets carried out an air strike in a district west of the city on Sunday.');
    expect(out[out.length - 1]).toBe('Aleppo');
  });
  it('is the town just named when the story has named no other more often (negative)', () => {
    const out = at('Jets struck Aleppo on Sunday.\n\nOn Monday, troops entered Hama. A shell hit a school in the east of the city, killing two.');
    expect(out[out.length - 1]).toBe('Hama');
  });
});

describe('an incident named in passing', () => {
  it('takes no unknown scene from the clause it dates, and so dates that clause', () => {
    const out = extract('Shells hit the main hospital in Aleppo on Sunday.\n\nA day after the hospital shelling, shells fell on the Qasr Marid camp south of the city.', '2024-06-18', ['Aleppo']);
    expect(out.map((e) => [e.place?.name ?? null, e.date?.start ?? null])).toEqual([['Aleppo', '2024-06-16'], ['Aleppo', '2024-06-17']]);
  });
  it('keeps a part told "during the raid" with the raid (negative)', () => {
    const out = extract('Troops raided a camp near Aleppo on Monday.\n\nTwo men were killed during the raid.', '2024-06-18', ['Aleppo']);
    expect(out.map((e) => [e.type, e.excerpts.length])).toEqual([['raid', 2]]);
  });
});
