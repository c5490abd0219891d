// The dashboard's own state, kept minimal: the time window, the selected event, the filters, and
// two request counters (scroll the article, look at a place). Everything else is derived.
import { EVENT_TYPE_LABELS, type EventType } from '../core/index.ts';
import type { MapFocus } from '../features/map/map-types.ts';
import type { EventFilters } from '../features/workspace/filter-events.ts';
import type { ViewState } from '../shared/model/workspace.ts';
import type { TimeWindow } from './selectors/visible-events.ts';

export interface ViewModel {
  /** null: the whole span of the events. */
  window: TimeWindow | null;
  selected: string | null;
  /** The workspace's shared filters: listed articles/types are the ones shown; empty shows all. */
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
  | { type: 'filters'; filters: EventFilters }
  | { type: 'show-article'; articleId: string }
  | { type: 'scroll-to-selected' }
  | { type: 'focus'; lat: number; lon: number; zoom: number };

export const ALL_TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

export function initialView(url: ViewState = {}): ViewModel {
  return { window: url.window ?? null, selected: url.selected ?? null, filters: url.filters ?? {}, articleId: null, scrollNonce: 0, focus: null };
}

/** Hides or shows one type; the filter lists the shown types, empty meaning all. */
export function toggleType(filters: EventFilters, t: EventType): EventFilters {
  const shown = new Set(filters.types?.length ? filters.types : ALL_TYPES);
  if (!shown.delete(t)) shown.add(t);
  const types = ALL_TYPES.filter((x) => shown.has(x));
  const { types: _old, ...rest } = filters;
  return types.length === ALL_TYPES.length ? rest : { ...rest, types };
}

export function hiddenTypes(filters: EventFilters): Set<EventType> {
  const shown = filters.types?.length ? new Set(filters.types) : null;
  return new Set(shown ? ALL_TYPES.filter((t) => !shown.has(t)) : []);
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
      return { ...s, filters: toggleType(s.filters, a.eventType) };
    case 'filters':
      return { ...s, filters: a.filters };
    case 'show-article':
      return { ...s, articleId: a.articleId, selected: null };
    case 'scroll-to-selected':
      return { ...s, scrollNonce: s.scrollNonce + 1 };
    case 'focus':
      return { ...s, focus: { lat: a.lat, lon: a.lon, zoom: a.zoom, nonce: (s.focus?.nonce ?? 0) + 1 } };
  }
}
