// The workspace filters (by article, type and confidence) as one pure selector, shared by the map,
// the timeline and the list so they always show the same events.
import type { ViewState, WorkspaceEvent } from '../../shared/model/workspace.ts';

export type EventFilters = NonNullable<ViewState['filters']>;

/** Empty or missing filters let everything through; a linked event passes if any of its articles is chosen. */
export function filterEvents(events: readonly WorkspaceEvent[], filters: EventFilters | undefined): WorkspaceEvent[] {
  if (!filters) return [...events];
  const articles = filters.articles?.length ? new Set(filters.articles) : null;
  const types = filters.types?.length ? new Set(filters.types) : null;
  const min = filters.minConfidence ?? 0;
  return events.filter(
    (e) =>
      (!articles || e.sources.some((s) => articles.has(s.articleId))) &&
      (!types || types.has(e.type)) &&
      // Events the user added or corrected are vouched for by a person, whatever the machine's score.
      (e.confidence >= min || e.corrected.length > 0),
  );
}
