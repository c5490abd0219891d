import { describe, expect, it } from 'vitest';
import { gazetteerLexicon } from '../../../src/core/tagger/gazetteer-lexicon.ts';
import type { GazetteerView } from '../../../src/core/tagger/gazetteer-lexicon.ts';
import { lexiconHits } from '../../../src/core/tagger/lexicon.ts';
import { tokenize } from '../../../src/core/tagger/tokens.ts';

const records = [
  { cls: 'country', featureCode: 'PCLI', population: 0 },
  { cls: 'city', featureCode: 'PPLC', population: 1_700_000 },
  { cls: 'city', featureCode: 'PPL', population: 2_000 },
  { cls: 'admin1', featureCode: 'ADM1', population: 0 },
];
const names: Record<string, { id: number; kind: string }[]> = {
  syria: [{ id: 0, kind: 'name' }],
  syrian: [{ id: 0, kind: 'demonym' }],
  damascus: [{ id: 1, kind: 'name' }, { id: 2, kind: 'name' }],
  'new damascus': [{ id: 2, kind: 'name' }],
  'al mayadin': [{ id: 2, kind: 'name' }],
  'queen annes county': [{ id: 3, kind: 'name' }],
  'annes gate': [{ id: 2, kind: 'name' }],
};
let lookups = 0;
const gaz: GazetteerView = {
  lookup: (n) => {
    lookups++;
    return names[n] ?? [];
  },
  record: (id) => records[id],
  longestNameFrom: (word) => Math.max(0, ...Object.keys(names).filter((n) => n.startsWith(word + ' ')).map((n) => n.split(' ').length)),
};
const normalize = (s: string) => s.toLowerCase().replace(/'/g, '').replace(/-/g, ' ');

describe('the gazetteer as the tagger sees it', () => {
  const lexicon = gazetteerLexicon(gaz, normalize);

  it('gives classes, not places: kind and class, capital or seat, population bucket, ambiguity', () => {
    expect(lexicon.classes('Syria')).toEqual(['name:country', 'pop0', 'unique']);
    expect(lexicon.classes('Syrian')).toEqual(['demonym:country', 'pop0', 'unique']);
    expect(lexicon.classes('Damascus')).toEqual(['capital', 'few', 'name:city', 'pop6']);
    expect(lexicon.classes('Nowhere')).toBeUndefined();
  });

  it('remembers answers so repeated names cost one look-up', () => {
    const before = lookups;
    lexicon.classes('Syria');
    lexicon.classes('Syria');
    expect(lookups).toBe(before);
  });

  it('marks every token of the longest name covering it', () => {
    const text = 'Fighting near New Damascus and al-Mayadin in Syria.';
    const tokens = tokenize(text);
    const hits = lexiconHits(text, tokens, lexicon);
    const at = (w: string) => hits[tokens.findIndex((t) => t.text === w)];
    expect(at('New')).toMatchObject({ position: 'B', length: 2 });
    expect(at('Damascus')).toMatchObject({ position: 'I', length: 2 });
    expect(at('Mayadin')).toMatchObject({ position: 'S', classes: ['name:city', 'pop3', 'unique'] });
    expect(at('Syria')).toMatchObject({ position: 'S', classes: ['name:country', 'pop0', 'unique'] });
    expect(at('Fighting')).toBeUndefined();
  });

  it('rules out longer spans from a word that begins no longer name, with the same hits', () => {
    expect(lexicon.beginsLongerName!('New')).toBe(true);
    expect(lexicon.beginsLongerName!('Queen')).toBe(true);
    expect(lexicon.beginsLongerName!('Damascus')).toBe(false);
    const text = 'Damascus Road Bridge, New Damascus City, al-Mayadin Town, Queen Anne\'s County and Anne\'s Gate.';
    const tokens = tokenize(text);
    const plain = gazetteerLexicon({ lookup: gaz.lookup, record: gaz.record }, normalize);
    expect(plain.beginsLongerName!('Damascus')).toBe(true);
    const before = lookups;
    const expected = lexiconHits(text, tokens, plain);
    const asked = lookups - before;
    const hits = lexiconHits(text, tokens, gazetteerLexicon(gaz, normalize));
    expect(hits).toEqual(expected);
    expect(lookups - before - asked).toBeLessThan(asked);
    expect(hits[tokens.findIndex((t) => t.text === 'Queen')]).toMatchObject({ position: 'B', length: 4 });
    // "Anne" begins no name of two words, but "Anne's Gate" is one: no white space after "Anne".
    expect(lexicon.beginsLongerName!('Anne')).toBe(false);
    expect(hits[tokens.findLastIndex((t) => t.text === 'Anne')]).toMatchObject({ position: 'B', length: 3 });
  });
});
