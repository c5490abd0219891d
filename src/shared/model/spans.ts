// Spans into an article's text, as lists the screen shows: one item per distinct stretch of text.
import type { Span } from '../../core/index.ts';

/** The spans with each stretch of text once (first occurrence kept, order kept). */
export function uniqueSpans<T extends Span>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = spanKey(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A key naming a span's stretch of text, unique among the spans of one list once made unique. */
export function spanKey(s: Span): string {
  return `${s.start}-${s.end}`;
}
