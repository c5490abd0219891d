// A link can name data (a selected event, an article filter) that this browser does not hold: a
// view link carries only the view. Say so, and do not cover it up by seeding the sample.
import type { ViewState, WorkspaceApi } from '../shared/model/workspace.ts';
import type { ViewModel } from './view-state.ts';

export interface LinkedDataCheck {
  /** The opening link names an event or articles: the sample must not be put in their place. */
  namesData: boolean;
  /** What is missing, in words, once the workspace has settled. */
  message?: string;
}

/** settled: the workspace is read back and every article analysed (or failed), so absence is real. */
export function checkLinkedData(ws: Pick<WorkspaceApi, 'articles' | 'events'>, url: ViewState, view: Pick<ViewModel, 'selected' | 'filters'>, settled: boolean): LinkedDataCheck {
  const namesData = Boolean(url.selected || url.filters?.articles?.length);
  if (!namesData || !settled) return { namesData };
  const problems: string[] = [];
  if (url.selected && view.selected === url.selected && !ws.events.some((e) => e.key === url.selected)) {
    problems.push(`an event (${url.selected}) that is not in this browser's workspace`);
  }
  const missing = (view.filters.articles ?? []).filter((id) => !ws.articles.some((a) => a.id === id));
  if (missing.length) problems.push(`${missing.length} article${missing.length === 1 ? '' : 's'} that ${missing.length === 1 ? 'is' : 'are'} not in this browser's workspace, so ${missing.length === 1 ? 'its' : 'their'} events cannot be shown`);
  if (!problems.length) return { namesData };
  return {
    namesData,
    message: `This link names ${problems.join(' and ')}. A view link carries only the view, not the articles: ask for a workspace link ("Copy link with workspace") or the saved map file.`,
  };
}

export const useLinkedDataCheck = checkLinkedData;
