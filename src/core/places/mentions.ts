// STUB (owner: geoparser work): toponym recognition, resolution and roles.
import type { Mention, Section, Span } from '../types.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';

export interface MentionContext {
  sections: Section[];
  sentences: Span[];
  gazetteer: Gazetteer;
}

export function findMentions(_text: string, _ctx: MentionContext): Mention[] {
  return [];
}
