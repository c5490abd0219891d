// The span of dates the events cover, which the timeline axis and the default window start from.
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import type { TimeWindow } from './visible-events.ts';

/** Earliest start and latest end of the dated events, or null when none is dated. */
export function selectTimeExtent(events: readonly WorkspaceEvent[]): TimeWindow | null {
  let start = '';
  let end = '';
  for (const e of events) {
    if (!e.date) continue;
    if (!start || e.date.start < start) start = e.date.start;
    if (!end || e.date.end > end) end = e.date.end;
  }
  return start ? { start, end } : null;
}
