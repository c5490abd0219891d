// Turns an event into the words the excerpt popup shows: the date with its precision and basis,
// the place with its precision and the resolver's reason, casualties and actors.
import { EVENT_TYPE_LABELS, type Analysis, type TextSpan } from '../core/index.ts';
import type { ExcerptRow } from '../features/article/ExcerptCard.tsx';
import type { Mark } from '../features/article/split-spans.ts';
import { uniqueSpans } from '../shared/model/spans.ts';
import { dateText, fatalitiesText, placePrecisionText } from '../shared/ui/describe-event.ts';
import type { WorkspaceEvent } from '../shared/model/workspace.ts';

export function eventRows(e: WorkspaceEvent, analysis: Analysis | null): ExcerptRow[] {
  const rows: ExcerptRow[] = [{ label: 'Type', value: `${EVENT_TYPE_LABELS[e.type]} (trigger: “${e.trigger.text}”)` }];
  if (e.date) {
    const part = e.date.partOfDay ? `, ${e.date.partOfDay}` : '';
    rows.push({ label: 'Date', value: `“${e.date.text}” → ${dateText(e.date)} (${e.date.precision}${part}), ${e.date.basis}` });
  } else {
    rows.push({ label: 'Date', value: 'undated: the text gives no date for it' });
  }
  if (e.place) {
    const mention = e.placeSpan && analysis?.mentions.find((m) => m.start === e.placeSpan!.start && m.end === e.placeSpan!.end);
    const where = e.place.precision === 'country' ? e.place.name : [e.place.name, e.place.admin1, e.place.country].filter((x, i, a) => x && a.indexOf(x) === i).join(', ');
    rows.push({ label: 'Place', value: `${where}: ${placePrecisionText(e.place)}${mention ? `. ${mention.reason}` : ''}` });
  } else {
    rows.push({ label: 'Place', value: 'unknown: not on the map' });
  }
  const dead = fatalitiesText(e.fatalities);
  const hurt = fatalitiesText(e.injured);
  if (dead || hurt) rows.push({ label: 'Casualties', value: [dead && `${dead} killed`, hurt && `${hurt} injured`].filter(Boolean).join(', ') });
  const a = e.actors;
  if (a.attacker || a.target || a.claim) {
    const parts = [a.attacker && `by ${a.attacker}`, a.target && `against ${a.target}`, a.claim && `reported as a claim: “${a.claim}”`].filter(Boolean);
    rows.push({ label: 'Actors', value: parts.join('; ') });
  }
  rows.push({ label: 'Confidence', value: `${Math.round(e.confidence * 100)}%` });
  if (e.corrected.length > 0) rows.push({ label: 'Corrected', value: e.corrected.join(', ') });
  return rows;
}

/**
 * The sentences that report the event, each once: the engine merges parts of one incident that can
 * share a sentence ("drones attacked Kharkiv and Odesa, and a drone strike in Odesa killed one"),
 * and the card must not quote it twice.
 */
export function eventExcerpts(e: WorkspaceEvent): TextSpan[] {
  return uniqueSpans(e.excerpts.length ? e.excerpts : [e.excerpt]);
}

/** The words to highlight inside the excerpt: the trigger, the place words, the date words. */
export function eventMarks(e: WorkspaceEvent): Mark[] {
  const marks: Mark[] = [{ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', ref: e.key }];
  if (e.placeSpan) marks.push({ start: e.placeSpan.start, end: e.placeSpan.end, kind: 'literal' });
  if (e.date) marks.push({ start: e.date.span.start, end: e.date.span.end, kind: 'date' });
  return marks;
}
