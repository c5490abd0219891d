// STUB (owner: events work): events with trigger, place, date, actors and casualties.
import type { DateValue, DatelineEvent, Mention, Section, Span } from '../types.ts';

export interface EventContext {
  sections: Section[];
  sentences: Span[];
  mentions: Mention[];
  dates: DateValue[];
  published: string;
}

export function findEvents(_text: string, _ctx: EventContext): DatelineEvent[] {
  return [];
}
