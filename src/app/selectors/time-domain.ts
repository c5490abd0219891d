// The timeline's axis: the events' date span with a little room either side, widened to hold the
// current window, or a fortnight around the newest publication date when nothing is dated.
import { addDays } from '../../features/timeline/days.ts';
import type { TimeWindow } from './visible-events.ts';

export function selectTimeDomain(extent: TimeWindow | null, window: TimeWindow | null, fallbackDay: string | null): TimeWindow {
  let start = extent?.start ?? (fallbackDay ? addDays(fallbackDay, -7) : '2020-01-01');
  let end = extent?.end ?? (fallbackDay ? addDays(fallbackDay, 7) : '2020-01-31');
  if (window) {
    if (window.start < start) start = window.start;
    if (window.end > end) end = window.end;
  }
  return { start: addDays(start, -2), end: addDays(end, 2) };
}
