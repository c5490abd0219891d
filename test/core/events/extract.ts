// Runs the text, date and event stages on a text with hand-built mentions (no gazetteer needed).
import { findEvents, findEventsAndStatements } from '../../../src/core/events/events.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { findDates } from '../../../src/core/time/dates.ts';
import type { DatelineEvent, EventStatement } from '../../../src/core/types.ts';
import { mentionsIn } from './mention-builder.ts';
import type { Spec } from './mention-builder.ts';

export function extract(text: string, published: string, specs: Array<string | Spec>): DatelineEvent[] {
  const sections = findSections(text);
  const sentences = findSentences(text);
  const dates = findDates(text, { sections, sentences, published });
  return findEvents(text, { sections, sentences, mentions: mentionsIn(text, specs), dates, published });
}

/** The events and the statements (event words that are not incidents). */
export function extractAll(text: string, published: string, specs: Array<string | Spec>): { events: DatelineEvent[]; statements: EventStatement[] } {
  const sections = findSections(text);
  const sentences = findSentences(text);
  const dates = findDates(text, { sections, sentences, published });
  return findEventsAndStatements(text, { sections, sentences, mentions: mentionsIn(text, specs), dates, published });
}

/** A compact view of an event for assertions and failure messages. */
export function brief(e: DatelineEvent) {
  return {
    type: e.type,
    place: e.place?.name ?? null,
    date: e.date?.start ?? null,
    precision: e.date?.precision ?? null,
    killed: e.fatalities ? [e.fatalities.min, e.fatalities.max] : null,
    attacker: e.actors.attacker ?? null,
  };
}
