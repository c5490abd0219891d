// What a cluster marker says it holds, so a screen-reader user learns more than a count.
import { EVENT_TYPE_LABELS, type EventType } from '../../core/index.ts';

/** The commonest types in a cluster, e.g. "412 Air strike, 80 Shelling, 9 more": its name says what it holds. */
export function clusterSummary(items: readonly { type: EventType }[]): string {
  const counts = new Map<string, number>();
  for (const e of items) counts.set(EVENT_TYPE_LABELS[e.type], (counts.get(EVENT_TYPE_LABELS[e.type]) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = top.slice(0, 2).map(([t, n]) => `${n} ${t}`);
  const rest = top.slice(2).reduce((n, [, k]) => n + k, 0);
  return rest ? `${shown.join(', ')}, ${rest} more` : shown.join(', ');
}
