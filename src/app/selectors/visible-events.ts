// Which events the map, list and timeline show: those passing the shared workspace filters, split
// into the ones whose date range meets the time window and the undated ones (listed apart, never hidden).
import { filterEvents, type EventFilters } from '../../features/workspace/filter-events.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
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

export interface FilteredEvents {
  /** Dated events passing the filters, in date order. */
  dated: WorkspaceEvent[];
  undated: WorkspaceEvent[];
}

/** The filtered events split into dated (sorted once) and undated. */
export function selectFiltered(events: readonly WorkspaceEvent[], filters: EventFilters | undefined): FilteredEvents {
  const dated: WorkspaceEvent[] = [];
  const undated: WorkspaceEvent[] = [];
  for (const e of filterEvents(events, filters)) (e.date ? dated : undated).push(e);
  dated.sort(byDate);
  return { dated, undated };
}

/** Dated events (sorted by start) whose range meets the window: only the prefix starting by the window's end is scanned. */
export function selectInWindow(dated: readonly WorkspaceEvent[], window: TimeWindow | null): WorkspaceEvent[] {
  if (!window) return dated as WorkspaceEvent[];
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dated[mid]!.date!.start <= window.end) lo = mid + 1;
    else hi = mid;
  }
  const out: WorkspaceEvent[] = [];
  for (let i = 0; i < lo; i++) if (dated[i]!.date!.end >= window.start) out.push(dated[i]!);
  return out;
}

/** Each dated event's first and last day as numbers, in the list's order: a window scan reads these, not the events. */
export interface DaySpans {
  start: Int32Array;
  end: Int32Array;
}

const dayOf = (iso: string) => Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);

export function daySpans(dated: readonly WorkspaceEvent[]): DaySpans {
  const start = new Int32Array(dated.length);
  const end = new Int32Array(dated.length);
  dated.forEach((e, i) => {
    start[i] = dayOf(e.date!.start);
    end[i] = dayOf(e.date!.end);
  });
  return { start, end };
}

/**
 * selectInWindow over the day numbers: the same events, but at 100,000 events a scan of two typed
 * arrays costs a millisecond where reading each event's date strings cost tens (a cache miss each).
 */
export function selectInWindowByDays(dated: readonly WorkspaceEvent[], days: DaySpans, window: TimeWindow | null): WorkspaceEvent[] {
  if (!window) return dated as WorkspaceEvent[];
  const w0 = dayOf(window.start);
  const w1 = dayOf(window.end);
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days.start[mid]! <= w1) lo = mid + 1;
    else hi = mid;
  }
  const out: WorkspaceEvent[] = [];
  for (let i = 0; i < lo; i++) if (days.end[i]! >= w0) out.push(dated[i]!);
  return out;
}

/** Splits the filtered events; a window of null means the whole span. */
export function selectVisibleEvents(events: readonly WorkspaceEvent[], window: TimeWindow | null, filters: EventFilters | undefined): VisibleEvents {
  const { dated, undated } = selectFiltered(events, filters);
  return { inWindow: selectInWindow(dated, window), undated, dated, total: events.length };
}

/**
 * One memoised instance per consumer. Filtering and sorting rerun only when the events or
 * filters change; moving the window only rescans the sorted list.
 */
export function makeVisibleEventsSelector(): (events: readonly WorkspaceEvent[], window: TimeWindow | null, filters: EventFilters | undefined) => VisibleEvents {
  const filtered = memoizeLast(selectFiltered);
  const pack = (f: FilteredEvents, w: WorkspaceEvent[], total: number): VisibleEvents => ({ inWindow: w, undated: f.undated, dated: f.dated, total });
  // Callers ask for both the whole span and the current window, so each keeps its own cache.
  const whole = memoizeLast(pack);
  const windowed = memoizeLast(pack);
  const spans = memoizeLast(daySpans);
  const inWindow = memoizeLast(selectInWindowByDays);
  return (events, window, filters) => {
    const f = filtered(events, filters);
    if (!window) return whole(f, f.dated, events.length);
    // Windows compare by value: a new object with the same dates must not rescan.
    return windowed(f, inWindow(f.dated, spans(f.dated), windowOf(window.start, window.end)), events.length);
  };
}

const windows = new Map<string, TimeWindow>();
/** Interns windows so equal dates give the same object (a small, bounded cache). */
function windowOf(start: string, end: string): TimeWindow {
  const k = `${start}/${end}`;
  let w = windows.get(k);
  if (!w) {
    if (windows.size > 512) windows.clear();
    w = { start, end };
    windows.set(k, w);
  }
  return w;
}
