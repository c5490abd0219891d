// Builds one sentence's SentenceFrame (and the whole text's dates) from words and hand-built mentions,
// so each event stage can be run on its own.
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { findDates } from '../../../src/core/time/dates.ts';
import type { SentenceFrame } from '../../../src/core/events/frame.ts';
import { sentenceTriggers } from '../../../src/core/events/triggers.ts';
import type { TriggerHit } from '../../../src/core/events/triggers.ts';
import { mentionsIn } from './mention-builder.ts';
import type { Spec } from './mention-builder.ts';

export interface Built {
  frame: SentenceFrame;
  hits: TriggerHit[];
}

/** The frame of the sentence that holds `needle` (the first sentence when omitted). */
export function frameOf(text: string, published: string, specs: Array<string | Spec>, needle?: string, options: { paragraph?: number; conflict?: boolean } = {}): Built {
  const sections = findSections(text);
  const sentences = findSentences(text);
  const at = needle === undefined ? 0 : text.indexOf(needle);
  if (at < 0) throw new Error(`no "${needle}" in the text`);
  const sentence = sentences.find((s) => s.start <= at && at < s.end) ?? sentences[0]!;
  const dates = findDates(text, { sections, sentences, published });
  const near = mentionsIn(text, specs);
  const usable = near.filter((m) => m.role !== 'dateline' && m.role !== 'metonymy');
  const frame: SentenceFrame = {
    sentence,
    section: sections.find((s) => s.start <= sentence.start && sentence.start < s.end)?.kind === 'headline' ? 'headline' : 'body',
    paragraph: options.paragraph ?? 0,
    near,
    usable,
    actorMentions: near.filter((m) => m.role !== 'dateline'),
    datelines: sections.filter((s) => s.kind === 'dateline'),
    countries: new Map(near.flatMap((m) => (m.place?.precision === 'country' && m.place.country ? [[m.place.country, m.place.name] as [string, string]] : []))),
    dates,
    dated: dates.some((d) => d.span.start >= sentence.start && d.span.end <= sentence.end),
    conflict: options.conflict ?? true,
  };
  return { frame, hits: sentenceTriggers(text, sentence, []) };
}
