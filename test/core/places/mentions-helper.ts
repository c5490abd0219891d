// Test helper: the rule recogniser (no tagger) over a text, with the real gazetteer.
import { findMentions } from '../../../src/core/places/mentions.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import type { Mention } from '../../../src/core/types.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';

export function mentionsIn(text: string): Mention[] {
  return findMentions(text, { sections: findSections(text), sentences: findSentences(text), gazetteer: testGazetteer() });
}

export const mentionTexts = (text: string): string[] => mentionsIn(text).map((m) => m.text);
