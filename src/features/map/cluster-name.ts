// What a cluster marker says it holds, so a screen-reader user learns more than a count.
import { EVENT_TYPE_LABELS, type EventType } from '../../core/index.ts';

/** The commonest types in a cluster, e.g. "412 Air strike, 80 Shelling, 9 more": its name says what it holds. */
export function clusterSummary(items: readonly { type: EventType }[]): string {
  const byType = new Map<EventType, number>();
  for (const e of items) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  return summarizeTypes([...byType]);
}

/** The same from counts per type (the map counts its clusters in typed arrays). */
export function summarizeTypes(byType: readonly (readonly [EventType, number])[]): string {
  const counts = new Map<string, number>();
  for (const [t, n] of byType) if (n > 0) counts.set(EVENT_TYPE_LABELS[t], (counts.get(EVENT_TYPE_LABELS[t]) ?? 0) + n);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = top.slice(0, 2).map(([t, n]) => `${n} ${t}`);
  const rest = top.slice(2).reduce((n, [, k]) => n + k, 0);
  return rest ? `${shown.join(', ')}, ${rest} more` : shown.join(', ');
}
