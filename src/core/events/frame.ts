// What every event stage reads about the sentence it works on (its words, section, paragraph, the
// mentions and dates near it) and what the story told so far carries from one sentence to the next.
import type { DateValue, EventType, Mention, SectionKind, Span } from '../types.ts';
import type { Draft } from './draft.ts';

export interface SentenceFrame {
  sentence: Span;
  section: SectionKind;
  /** The paragraph the sentence opens in. */
  readonly paragraph: number;
  /** Mentions near the sentence (a few paragraphs back, a little ahead), in text order. */
  near: Mention[];
  /** The same, less datelines and metonyms: the places an event may be at. */
  usable: Mention[];
  /** The places an actor may be named by: the usable ones and metonyms ("Moscow's forces"), in text order. */
  actorMentions: Mention[];
  /** The name the article first gives each country it names (ISO code to name), demonyms included. */
  countries: ReadonlyMap<string, string>;
  /** The dateline spans near the sentence ("BAMAKO, Jan 14 (Reuters) -"): where and when it was filed. */
  datelines: readonly Span[];
  /** Dates near the sentence, in text order. */
  dates: DateValue[];
  /** Some date lies inside the sentence. */
  dated: boolean;
  /** The sentence is about armed conflict: ambiguous words ("struck", "fighting") are violence. */
  conflict: boolean;
}

/** The story so far: every incident drafted in earlier sentences and the type of the last one. */
export interface Story {
  drafts: Draft[];
  /** The latest incident's type and paragraph: the antecedent of a bare "the attack". */
  previousType: EventType | null;
  previousParagraph: number;
}

export const span = (text: string, s: Span) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

// "the latest raids", "Monday's attack", "these strikes": a reference back to an incident already told.
export const ANAPHORIC = /\b(?:the|these|those|this|that|its|their|latest|last|recent|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s)\s+(?:\w+\s+){0,2}$/i;

// A trigger that is a verb ("the Taliban captured", "the jets struck"): a determiner before it is its subject's.
const VERB_TRIGGER = /(?:ed|struck|hit|shot|fought|withdrew|blew|stormed|stormed|took control of|fell to|gunned down|shot dead|opened fire)$/i;

/** The words before the trigger point back to an incident already told ("the strike", "Monday's raid"). */
export function pointsBack(text: string, from: number, trigger: { start: number; text: string }): boolean {
  const before = text.slice(Math.max(from, trigger.start - 30), trigger.start);
  // "the bombs struck", "the missiles hit": the determiner is the weapon's, told before.
  if (WEAPON_SUBJECT.test(trigger.text)) return /\b(?:the|these|those)\s+(?:\w+\s+)?$/i.test(before);
  return !VERB_TRIGGER.test(trigger.text) && ANAPHORIC.test(before);
}
const WEAPON_SUBJECT = /^(?:bomb|shell|missile|rocket|drone|mortar|mortar round)s?\s/i;
