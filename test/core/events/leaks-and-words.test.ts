// Leaks and trigger words, on invented sentences: a re-mention takes no place from a sentence that does
// not govern it; the wounded and a hospital are no scene; damage told after a blast is the blast's; a
// drone that fires a missile strikes as a drone; an offensive launched and a person shot are incidents.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const P = ['Aleppo', 'Damascus', 'Kharkiv', 'Kyiv', 'Mosul', 'Kirkuk', 'Hama', 'Syria', 'Baghdad', { word: 'KIRKUK', role: 'dateline' as const }];
const run = (text: string) => extract(text, '2024-06-21', P).map((e) => [e.type, e.place?.name ?? null, e.excerpts.length]);

describe('no leaks', () => {
  it('gives a re-mention no place from a sentence that does not govern it', () => {
    expect(run('A car bomb exploded in Mosul on Monday. News of the bombing reached Baghdad hours later.')).toEqual([['bombing', 'Mosul', 2]]);
    expect(run('Jets struck a convoy near Hama on Sunday. Damascus has not commented on the strike.')).toEqual([['air_strike', 'Hama', 2]]);
  });
  it('reads damage after the blast as the blast\'s, not a new event at the dateline', () => {
    expect(run('KIRKUK — A car bomb exploded outside a restaurant in Mosul on Monday. The explosion set fire to several cars.')).toEqual([['bombing', 'Mosul', 2]]);
  });
  it('takes neither "the wounded" nor the hospital they were taken to for a scene', () => {
    const out = run('A suicide bomber struck a market in Mosul on Sunday. By evening several of the wounded had died at a hospital in Kirkuk.');
    expect(out.map((e) => e[1])).toEqual(['Mosul']);
  });
  it('reads a drone firing a missile as a drone strike', () => {
    expect(run('A drone struck a car near Aleppo on Monday. A second drone fired a missile at a truck near Hama.').map((e) => e[0])).toEqual(['drone_strike', 'drone_strike']);
  });
});

describe('incident words', () => {
  it('reads an offensive launched as an armed clash at its place', () => {
    expect(run('Rebels launched a major counter-offensive near Hama on Friday.')).toEqual([['armed_clash', 'Hama', 1]]);
  });
  it('reads a shooting to death as a killing, and a man shot and wounded as a shooting', () => {
    expect(run('A policeman was shot to death by gunmen in Kirkuk on Wednesday.').map((e) => e[0])).toEqual(['killing']);
    expect(run('Gunmen in Kirkuk said a man was shot and wounded on Wednesday.').map((e) => e[0])).toEqual(['other']);
  });
  it('takes the town an assault targets over the countryside it was launched in', () => {
    expect(run('The army launched an assault in the Syria countryside on Tuesday, targeting the town of Hama.')).toEqual([['armed_clash', 'Hama', 1]]);
  });
  it('reads an offensive or an ambush as a clash though no army or state is named', () => {
    // (A local-news sentence: no conflict word in the text, no country in the sentence.)
    expect(run('The Qalat Brigade launched a counter-offensive near Hama on Saturday.')).toEqual([['armed_clash', 'Hama', 1]]);
    expect(run('The Eagles group launched a new offensive in Aleppo today.')).toEqual([['armed_clash', 'Aleppo', 1]]);
    // "fighting" alone still needs armed men in view (negative).
    expect(run('Neighbours were fighting in Aleppo over a parking space.')).toEqual([]);
  });
  it('reads a person hacked, stabbed, beaten or burned to death, or executed, as a killing', () => {
    expect(run('A blogger was hacked to death on a street in Kirkuk on Friday.').map((e) => e[0])).toEqual(['killing']);
    expect(run('Villagers said gunmen beat two farmers to death near Hama.').map((e) => e[0])).not.toContain('armed_clash');
    expect(run('Militants were filmed executing hostages in Mosul on Thursday.')).toEqual([['killing', 'Mosul', 1]]);
    expect(run('Gunmen dragged six men from their homes in Hama and shot them in the square.').map((e) => e[0])).toEqual(['other']);
  });
  it('reads "striking" as an attack, but not the adjective or a walkout (negative)', () => {
    expect(run('The air force began the day by striking rebel positions at the towns of Hama and Aleppo.').map((e) => e[1])).toEqual(['Hama', 'Aleppo']);
    expect(run('Jets pounded the countryside on Monday, striking positions near Mosul.').map((e) => e[1])).toEqual(['Mosul']);
    expect(run('The new museum in Damascus is a striking building.')).toEqual([]);
    expect(run('Striking workers in Kharkiv blocked the plant gates on Monday.')).toEqual([]);
    expect(run('The photo shows a striking resemblance to the old mosque in Aleppo.')).toEqual([]);
  });
  it('places at the town the words name through a plural or an adjective ("the strategic towns of X and Y")', () => {
    expect(run('Rebels stormed the strategic town of Hama on Monday.')).toEqual([['raid', 'Hama', 1]]);
    expect(run('Street battles in the southern cities of Mosul and Kirkuk killed 66 people on Friday.').map((e) => e[1])).toContain('Mosul');
  });
  it('does not read "offensive remarks" or "shot a film" as incidents', () => {
    expect(run('The minister made offensive remarks in Damascus on Monday.')).toEqual([]);
    expect(run('The director shot a film in Aleppo last year.')).toEqual([]);
  });
});
