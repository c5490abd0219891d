// The mode of a trigger is its own clause's: a clause of background ("as residents were preparing for
// prayers"), a man named Will, or sporadic clashes that broke out do not make an incident future or a
// tally. A sentence whose clauses open on two places ("In X, ..., and in Y, ...") tells two incidents;
// each town of a list of targets the gazetteer knows is an incident of its own, whatever the attack verb,
// and a name it lacks does not end the list.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { modalityOf } from '../../../src/core/events/modality.ts';
import { brief, extract } from './extract.ts';

const mode = (sentence: string, trigger: string, dated = false) => {
  const at = sentence.indexOf(trigger);
  return modalityOf(sentence, at, at + trigger.length, dated).mode;
};
const P = ['Aleppo', 'Homs', 'Hama', 'Mosul', 'Kirkuk', 'Baghdad', 'Syria', 'Saraqib', 'Ariha', 'Idlib', 'Syrian'];
const run = (text: string) => extract(text, '2024-03-06', P).map(brief);

describe('a clause of background is not the mode of the event', () => {
  it('reads the participle after "as residents were preparing for prayers" as asserted', () => {
    expect(mode('Gunmen stormed the village as residents were preparing for prayers, killing 39 people.', 'killing')).toBe('asserted');
    expect(mode('Gunmen stormed the mosque while worshippers were gathering for a funeral, wounding 12.', 'wounding')).toBe('asserted');
    expect(mode('Residents were preparing for prayers when gunmen stormed the village.', 'stormed')).toBe('asserted');
  });
  it('still reads a plan or preparations for an attack as future', () => {
    expect(mode('Troops were preparing an assault on the town.', 'assault')).toBe('future');
    expect(mode('Troops were preparing for a major offensive on the town.', 'offensive')).toBe('future');
    expect(mode('Rebels said they were preparing to attack the base.', 'attack')).toBe('future');
    // A background clause does not hide a modal in the trigger's own clause.
    expect(mode('As the talks were stalling, the rebels will attack the base.', 'attack')).toBe('future');
  });
  it('keeps the event of the background sentence, with its toll', () => {
    expect(run('Gunmen stormed a village near Aleppo as residents were preparing for prayers on Monday, killing 39 people.')).toEqual([
      { type: 'raid', place: 'Aleppo', date: '2024-03-04', precision: 'day', killed: [39, 39], attacker: 'Gunmen' },
    ]);
  });
});

describe('"Will" the name is not "will" the modal', () => {
  it('reads "Will was fatally shot" as asserted', () => {
    expect(mode('Will was fatally shot in Baghdad on Monday.', 'fatally shot')).toBe('asserted');
    expect(run('Will was fatally shot in Baghdad on Monday.')).toHaveLength(1);
  });
  it('still reads the modal, in lower case or in a shouted headline', () => {
    expect(mode('Rebels will attack Homs, a commander said.', 'attack')).toBe('future');
    expect(mode('REBELS WILL ATTACK HOMS', 'ATTACK')).toBe('future');
    expect(run('Will was fatally shot in Baghdad on Monday. Gunmen will attack Mosul, a militant said.').map((e) => e.place)).toEqual(['Baghdad']);
  });
});

describe('sporadic clashes that broke out are an incident', () => {
  it('reads "sporadic clashes broke out" and "fighting also erupted" as asserted', () => {
    expect(mode('Sporadic clashes broke out in Aleppo.', 'clashes')).toBe('asserted');
    expect(mode('Sporadic clashes between rebels and troops erupted in Aleppo.', 'clashes')).toBe('asserted');
    expect(mode('Fighting also erupted in Hama.', 'Fighting')).toBe('asserted');
    expect(run('Syrian troops shelled Homs on Monday. Sporadic clashes broke out in Aleppo.').map((e) => [e.type, e.place])).toEqual([
      ['shelling', 'Homs'], ['armed_clash', 'Aleppo'],
    ]);
  });
  it('still reads sporadic or recent clashes told as a tally as historical', () => {
    expect(mode('Sporadic clashes have hit the region.', 'clashes')).toBe('historical');
    expect(mode('Recent clashes broke out in Aleppo.', 'clashes')).toBe('historical');
    expect(mode('Sporadic clashes in the area have killed dozens.', 'clashes')).toBe('historical');
  });
});

describe('a clause that opens on another place tells another incident', () => {
  it('splits "In X, a man was killed ..., and in Y a bomb killed ..." into two events, each at its town', () => {
    expect(run('In Mosul, a merchant was killed by gunmen on Monday, and in Kirkuk a bomb killed two soldiers.').map((e) => [e.type, e.place, e.date])).toEqual([
      ['killing', 'Mosul', '2024-03-04'], ['bombing', 'Kirkuk', '2024-03-04'],
    ]);
    expect(run('In Homs, rebels shelled an army post on Monday; in Hama, rebels shelled a checkpoint.').map((e) => [e.type, e.place])).toEqual([
      ['shelling', 'Homs'], ['shelling', 'Hama'],
    ]);
  });
  it('keeps one incident when one clause opens on a place and another only names one', () => {
    expect(run('In Mosul, a bomb exploded near a market on Monday, and it killed two soldiers.').map((e) => e.place)).toEqual(['Mosul']);
    expect(run('In Mosul, gunmen shot dead a merchant on Monday and killed his son.').map((e) => e.place)).toEqual(['Mosul']);
    // A list after the locative is not a clause of its own.
    expect(run('Shelling hit the outskirts of Homs on Monday, and in Hama and Aleppo, killing four.').length).toBeLessThanOrEqual(3);
  });
});

describe('each town of a list of targets is its own event', () => {
  const places = (text: string) => run(text).map((e) => e.place);
  it('splits a list after any attack verb, the same sentence for each', () => {
    expect(places('Government forces bombarded the villages of Saraqib, Ariha and Homs on Monday.')).toEqual(['Saraqib', 'Ariha', 'Homs']);
    expect(places('Gunmen torched the villages of Saraqib and Ariha on Monday.')).toEqual(['Saraqib', 'Ariha']);
    const text = 'Rebels shelled the towns of Saraqib and Ariha on Monday, killing three.';
    expect(extract(text, '2024-03-06', P).map((e) => e.excerpt.text)).toEqual([text, text]);
  });
  it('passes over a name the gazetteer lacks, or knows only in part', () => {
    expect(places('Troops shelled the villages of Saraqib, Kafr Tala and Ariha on Monday.')).toEqual(['Saraqib', 'Ariha']);
    expect(places('Troops shelled the villages of Saraqib, Maarat al-Homs and Ariha on Monday.')).toEqual(['Saraqib', 'Ariha']);
  });
  it('never splits off the region that holds the towns, the attacker\'s country, or a clause after the list', () => {
    expect(places('Troops shelled the villages of Saraqib and Ariha in Idlib on Monday.')).toEqual(['Saraqib', 'Ariha']);
    expect(places('Syrian troops shelled Saraqib, Syria said on Monday.')).toEqual(['Saraqib']);
    expect(places('Troops bombarded Saraqib, Kafr Tala said on Monday, and Hama residents fled.')).toEqual(['Saraqib']);
  });
});

describe('an outcome told before another incident keeps its own toll', () => {
  it('makes "Two were killed in X, and fighting also erupted in Y" two incidents, the toll at X', () => {
    expect(run('Two soldiers were killed in Homs on Monday, and fighting also erupted in Hama.').map((e) => [e.type, e.place, e.killed])).toEqual([
      ['killing', 'Homs', [2, 2]], ['armed_clash', 'Hama', null],
    ]);
    expect(run('In Mosul, gunmen killed a merchant on Monday, and in Kirkuk, a roadside bomb exploded.').map((e) => [e.place, e.killed])).toEqual([
      ['Mosul', [1, 1]], ['Kirkuk', null],
    ]);
  });
  it('keeps one incident when the fighting is what killed them', () => {
    expect(run('Two soldiers were killed in Homs on Monday when fighting erupted.').map((e) => [e.type, e.place, e.killed])).toEqual([
      ['armed_clash', 'Homs', [2, 2]],
    ]);
    expect(run('Three people were killed when shelling hit Homs on Monday.').map((e) => [e.type, e.place, e.killed])).toEqual([
      ['shelling', 'Homs', [3, 3]],
    ]);
  });
});
