// A place name used as a clock ("(Damascus Time)") and the first word of a longer name the gazetteer
// lacks ("in Adan Yabaal district") are no mentions, from the rules or from the tagger.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/places/mentions.ts';
import type { SpanTagger } from '../../../src/core/places/mentions.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';
import { mentionTexts } from './mentions-helper.ts';

const gaz = testGazetteer();
const withTagger = (text: string, words: string[]) => {
  const tagger: SpanTagger = { propose: () => words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, score: 0.95 })) };
  return findMentions(text, { sections: findSections(text), sentences: findSentences(text), gazetteer: gaz, tagger }).map((m) => m.text);
};

describe('a place name that tells the time', () => {
  it('drops "(Damascus Time)" and "10 p.m. Moscow time"', () => {
    expect(mentionTexts('The army struck the gas fields around 3:00 A.M. (Damascus Time) on Sunday.')).toEqual([]);
    expect(mentionTexts('At 10 p.m. Moscow time a drone hit Kursk.')).toEqual(['Kursk']);
  });
  it('drops it when the tagger proposes it too', () => {
    const text = 'The army struck the gas fields around 3:00 A.M. (Damascus Time) on Sunday.';
    expect(withTagger(text, ['Damascus'])).toEqual([]);
  });
  it('keeps the place when "time" is only the next word (negative)', () => {
    expect(mentionTexts('In Damascus time moves slowly, residents say.')).toEqual(['Damascus']);
  });
});

describe('the first word of a longer name the gazetteer lacks', () => {
  it('drops Adan of "in Adan Yabaal district", whatever proposes it', () => {
    const text = 'Fighters stormed the base in Adan Yabaal district on Sunday.';
    expect(mentionTexts(text)).toEqual([]);
    expect(withTagger(text, ['Adan'])).toEqual([]);
  });
  it('keeps a place followed by a known place and a kind word, or by the kind word alone (negative)', () => {
    expect(mentionTexts('Troops entered the Aden district on Sunday.')).toEqual(['Aden']);
    expect(mentionTexts('Shells hit Aleppo city and Homs province.')).toEqual(['Aleppo', 'Homs']);
  });
});
