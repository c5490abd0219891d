// The timeline's axis: the events' date span with a little room either side, widened to hold the
// current window, or a fortnight around the newest publication date when nothing is dated.
import { addDays } from '../../features/timeline/days.ts';
import type { TimeWindow } from './visible-events.ts';

export function selectTimeDomain(extent: TimeWindow | null, window: TimeWindow | null, fallbackDay: string | null): TimeWindow {
  // Pad the events' span, then widen to the window unpadded: a window set at the padded edge must
  // not push the axis out a little further on every render.
  let start = extent ? addDays(extent.start, -2) : fallbackDay ? addDays(fallbackDay, -9) : '2019-12-30';
  let end = extent ? addDays(extent.end, 2) : fallbackDay ? addDays(fallbackDay, 9) : '2020-02-02';
  if (window) {
    if (window.start < start) start = window.start;
    if (window.end > end) end = window.end;
  }
  return { start, end };
}
