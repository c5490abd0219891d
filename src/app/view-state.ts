// The dashboard's own state, kept minimal: the time window, the selected event, the filters, and
// two request counters (scroll the article, look at a place). Everything else is derived.
import type { EventType } from '../core/index.ts';
import type { MapFocus } from '../features/map/map-types.ts';
import { NO_FILTERS, type EventFilters, type TimeWindow } from './selectors/visible-events.ts';

export interface ViewModel {
  /** null: the whole span of the events. */
  window: TimeWindow | null;
  selected: string | null;
  filters: EventFilters;
  /** The article shown in the panel when no event is selected. */
  articleId: string | null;
  scrollNonce: number;
  focus: MapFocus | null;
}

export type ViewAction =
  | { type: 'window'; window: TimeWindow | null }
  | { type: 'select'; key: string | null; articleId?: string; window?: TimeWindow | null }
  | { type: 'toggle-type'; eventType: EventType }
  | { type: 'toggle-article'; articleId: string }
  | { type: 'show-article'; articleId: string }
  | { type: 'scroll-to-selected' }
  | { type: 'focus'; lat: number; lon: number; zoom: number };

export const INITIAL_VIEW: ViewModel = { window: null, selected: null, filters: NO_FILTERS, articleId: null, scrollNonce: 0, focus: null };

function toggled<T>(set: ReadonlySet<T>, v: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(v)) next.add(v);
  return next;
}

export function viewReducer(s: ViewModel, a: ViewAction): ViewModel {
  switch (a.type) {
    case 'window':
      return { ...s, window: a.window };
    case 'select':
      return {
        ...s,
        selected: a.key,
        ...(a.articleId ? { articleId: a.articleId } : {}),
        ...(a.window !== undefined ? { window: a.window } : {}),
      };
    case 'toggle-type':
      return { ...s, filters: { ...s.filters, hiddenTypes: toggled(s.filters.hiddenTypes, a.eventType) } };
    case 'toggle-article':
      return { ...s, filters: { ...s.filters, hiddenArticles: toggled(s.filters.hiddenArticles, a.articleId) } };
    case 'show-article':
      return { ...s, articleId: a.articleId, selected: null };
    case 'scroll-to-selected':
      return { ...s, scrollNonce: s.scrollNonce + 1 };
    case 'focus':
      return { ...s, focus: { lat: a.lat, lon: a.lon, zoom: a.zoom, nonce: (s.focus?.nonce ?? 0) + 1 } };
  }
}
