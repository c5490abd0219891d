// STUB (owner: events work): temporal expressions resolved against the publication date.
import type { DateValue, Section, Span } from '../types.ts';

export interface DateContext {
  sections: Section[];
  sentences: Span[];
  published: string;
}

export function findDates(_text: string, _ctx: DateContext): DateValue[] {
  return [];
}
