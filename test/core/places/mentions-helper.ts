// Test helper: the recogniser over a text, with the real gazetteer (the rules alone unless a tagger is given).
import { findMentions } from '../../../src/core/places/mentions.ts';
import type { SpanTagger } from '../../../src/core/places/mentions.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import type { Mention } from '../../../src/core/types.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';

export function mentionsIn(text: string, tagger?: SpanTagger): Mention[] {
  return findMentions(text, { sections: findSections(text), sentences: findSentences(text), gazetteer: testGazetteer(), ...(tagger ? { tagger } : {}) });
}

export const mentionTexts = (text: string): string[] => mentionsIn(text).map((m) => m.text);
