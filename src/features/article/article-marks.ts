// Which words of an article are highlighted and what each highlight means: event triggers, places
// by role, dates, and the sentences of the selected event.
import type { Analysis } from '../../core/index.ts';
import type { Mark } from './split-spans.ts';

export interface ArticleEventRef {
  key: string;
  trigger: { start: number; end: number };
  excerpts: { start: number; end: number }[];
}

export function articleMarks(analysis: Analysis | null, events: readonly ArticleEventRef[], selectedKey: string | null): Mark[] {
  if (!analysis) return [];
  const marks: Mark[] = [];
  analysis.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, kind: m.role, ref: String(i) }));
  analysis.dates.forEach((d, i) => marks.push({ start: d.span.start, end: d.span.end, kind: 'date', ref: String(i) }));
  for (const e of events) {
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', ref: e.key });
    if (e.key === selectedKey) for (const x of e.excerpts) marks.push({ start: x.start, end: x.end, kind: 'focus', ref: e.key });
  }
  return marks;
}
