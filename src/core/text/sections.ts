// STUB (owner: geoparser work): sections (headline, caption, dateline, body) and sentence spans.
import type { Section, Span } from '../types.ts';

export function findSections(text: string): Section[] {
  return text.length ? [{ kind: 'body', start: 0, end: text.length }] : [];
}

export function findSentences(text: string): Span[] {
  return text.length ? [{ start: 0, end: text.length }] : [];
}
