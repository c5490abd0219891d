// Names the gazetteer holds in another romanisation only (src/core/places/spellings.ts). Sentences
// of our own; the towns are real, the incidents invented.
import { describe, expect, it } from 'vitest';
import { spellingVariants, spellingsOf } from '../../../src/core/places/spellings.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';
import { mentionsIn } from './mentions-helper.ts';
import { analyze } from '../../helpers/engine.ts';

const one = (t: string, name: string) => mentionsIn(t).find((m) => m.text === name);
const withTagger = (t: string, name: string) => analyze(t, { published: '2024-05-06' }).mentions.find((m) => m.text === name);

describe('spellingVariants', () => {
  it('gives the spellings one romanisation change away', () => {
    expect(spellingVariants('mokha')).toContain('mocha'); // kh as ch
    expect(spellingVariants('kyaukphyu')).toContain('kyaukpyu'); // ph as p
    expect(spellingVariants('arbinda')).toContain('aribinda'); // a vowel between two consonants
    expect(spellingVariants('baqouba')).toContain('baquba'); // ou as u
    expect(spellingVariants('hamidiyeh')).toContain('hamidiyah'); // -eh as -ah
    expect(spellingVariants('huddur')).toContain('hudur'); // a letter written once
    expect(spellingVariants('xuddur')).toContain('khuddur'); // Somali x
  });

  it('never gives the key itself, a duplicate, a changed first letter or a stray space', () => {
    const v = spellingVariants('sheikh miskeen');
    expect(v).not.toContain('sheikh miskeen');
    expect(new Set(v).size).toBe(v.length);
    expect(v.some((x) => /^ | $| {2}/.test(x))).toBe(false);
    // a single letter swapped at a word's start would file the name elsewhere
    expect(spellingVariants('odessa')).not.toContain('udessa');
  });

  it('gives nothing for a short key or one that is not plain Latin', () => {
    expect(spellingVariants('hama')).toEqual([]);
    expect(spellingVariants('kyiv 2')).toEqual([]);
    expect(spellingVariants('дніпро')).toEqual([]);
  });
});

describe('spellingsOf', () => {
  it('looks up the variants and keeps towns and regions', () => {
    const g = testGazetteer();
    const sp = spellingsOf(g, 'arbinda');
    expect(sp.map((s) => s.key)).toContain('aribinda');
    expect(sp.flatMap((s) => s.hits.map((h) => g.record(h.id).country))).toContain('BF');
  });

  it('gives nothing for a name the gazetteer holds itself', () => {
    expect(spellingsOf(testGazetteer(), 'mocha')).toEqual([]);
  });
});

describe('mentions in another romanisation', () => {
  it('places a name in a place slot where the article names the country', () => {
    const m = one('Gunmen on motorbikes attacked the market in Arbinda, in northern Burkina Faso, on Sunday.', 'Arbinda');
    expect(m?.place).toMatchObject({ name: 'Aribinda', country: 'BF', precision: 'city' });
    expect(m?.reason).toMatch(/"Arbinda" is spelled Aribinda in the gazetteer/);
    expect(one('Fighting broke out on the outskirts of Kyaukphyu, in western Myanmar.', 'Kyaukphyu')?.place?.country).toBe('MM');
    expect(one('A ship reported a blast about 10 miles off Mokha, on the Yemeni coast.', 'Mokha')?.place?.country).toBe('YE');
  });

  it('keeps the mention with the tagger, which never saw the name', () => {
    expect(withTagger('Yemen: a ship reported a blast in the water off Mokha on Monday.', 'Mokha')?.place).toMatchObject({ name: 'Mocha', country: 'YE' });
  });

  it('places nothing where the article does not name the country (negative)', () => {
    expect(one('Gunmen on motorbikes attacked the market in Arbinda on Sunday.', 'Arbinda')?.place ?? null).toBeNull();
    // another country named: still no Burkinabe town
    expect(one('Gunmen attacked the market in Arbinda, Ghana officials said.', 'Arbinda')?.place ?? null).toBeNull();
  });

  it('does not lend one spelling support to another (negative)', () => {
    // neither country is named; each name is only a likeness
    const ms = mentionsIn('Drones were seen near Arbinda and off Mokha.');
    expect(ms.filter((m) => m.place).map((m) => m.text)).toEqual([]);
  });

  it('takes no name outside a place slot or before more of a name (negative)', () => {
    expect(one('Arbinda said the market in Burkina Faso was closed.', 'Arbinda')).toBeUndefined();
    expect(one('Officials in Burkina Faso met in Arbinda Hall on Sunday.', 'Arbinda')).toBeUndefined();
    expect(one("Officials in Burkina Faso met in Arbinda's market.", 'Arbinda')).toBeUndefined();
  });

  it('leaves a name the gazetteer holds to its own record', () => {
    expect(one('A ship was hit off Mocha, in Yemen.', 'Mocha')?.reason).not.toMatch(/spelled/);
  });
});
