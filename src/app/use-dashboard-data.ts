// Everything the dashboard shows, derived from the workspace and the view through memoised
// selectors: filtering and sorting run once per change of events or filters, the window only rescans.
import { useMemo } from 'react';
import type { EventType } from '../core/index.ts';
import { filterEvents } from '../features/workspace/filter-events.ts';
import type { WorkspaceApi } from '../shared/model/workspace.ts';
import { makeDatelinesSelector, makeMapPlacesSelector } from './selectors/map-layers.ts';
import { selectTimeDomain } from './selectors/time-domain.ts';
import { selectTimeExtent } from './selectors/time-extent.ts';
import { makeVisibleEventsSelector } from './selectors/visible-events.ts';
import { hiddenTypes, type ViewModel } from './view-state.ts';

export function useDashboardData(ws: Pick<WorkspaceApi, 'events' | 'articles'>, view: ViewModel) {
  const selectVisible = useMemo(makeVisibleEventsSelector, []);
  const selectPlaces = useMemo(makeMapPlacesSelector, []);
  const selectDatelines = useMemo(makeDatelinesSelector, []);

  const all = selectVisible(ws.events, null, view.filters);
  const extent = useMemo(() => selectTimeExtent(all.dated), [all.dated]);
  const newestPublished = ws.articles.reduce<string | null>((m, a) => (!m || a.published > m ? a.published : m), null);
  const domain = useMemo(() => selectTimeDomain(extent, view.window, newestPublished), [extent, view.window, newestPublished]);
  // A cumulative window starts at the first date, whatever its end.
  const window = useMemo(
    () => (view.windowMode === 'cumulative' ? { start: domain.start, end: (view.window ?? domain).end } : (view.window ?? domain)),
    [view.windowMode, view.window, domain],
  );
  const visible = selectVisible(ws.events, window, view.filters);
  const allFiltered = useMemo(() => [...all.dated, ...all.undated], [all.dated, all.undated]);
  const places = selectPlaces(ws.articles, view.filters.articles);
  const datelines = selectDatelines(ws.articles, view.filters.articles);
  const hidden = useMemo(() => hiddenTypes(view.filters), [view.filters]);
  // Legend counts ignore the type filter, so a hidden type still shows how many it hides.
  const typeCounts = useMemo(() => {
    const counts = new Map<EventType, number>();
    for (const e of filterEvents(ws.events, { ...view.filters, types: [] })) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return counts;
  }, [ws.events, view.filters]);

  return { all, domain, window, visible, allFiltered, places, datelines, hidden, typeCounts };
}
