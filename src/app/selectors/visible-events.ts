// Which events the map, list and timeline show: those passing the shared workspace filters, split
// into the ones whose date range meets the time window and the undated ones (listed apart, never hidden).
import { filterEvents, type EventFilters } from '../../features/workspace/filter-events.ts';
import type { WorkspaceEvent } from '../../features/workspace/types.ts';
import { memoizeLast } from './memo.ts';

/** Inclusive YYYY-MM-DD bounds; ISO dates compare correctly as strings. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface VisibleEvents {
  /** Dated events overlapping the window, in date order. */
  inWindow: WorkspaceEvent[];
  /** Events with no date: shown whatever the window. */
  undated: WorkspaceEvent[];
  /** Dated events that pass the filters (inside the window or not), in date order. */
  dated: WorkspaceEvent[];
  /** All events before filtering. */
  total: number;
}

function byDate(a: WorkspaceEvent, b: WorkspaceEvent): number {
  const da = a.date!.start;
  const db = b.date!.start;
  return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Splits the filtered events; a window of null means the whole span. */
export function selectVisibleEvents(events: readonly WorkspaceEvent[], window: TimeWindow | null, filters: EventFilters | undefined): VisibleEvents {
  const dated: WorkspaceEvent[] = [];
  const undated: WorkspaceEvent[] = [];
  for (const e of filterEvents(events, filters)) (e.date ? dated : undated).push(e);
  dated.sort(byDate);
  const inWindow = window ? dated.filter((e) => e.date!.start <= window.end && e.date!.end >= window.start) : dated;
  return { inWindow, undated, dated, total: events.length };
}

/** One memoised instance per consumer: recomputes only when events, window or filters change identity. */
export const makeVisibleEventsSelector = () => memoizeLast(selectVisibleEvents);
