// Two reactions to the workspace: an empty one on first visit gets the reference article, and a
// newly analysed article reopens the time window so its events are seen.
import { useEffect, useRef, type Dispatch } from 'react';
import type { WorkspaceApi } from '../shared/model/workspace.ts';
import { SAMPLE } from './sample.ts';
import type { ViewAction } from './view-state.ts';

/** Returns the ids of the analysed articles, joined (changes when the set of articles on the map changes). */
export function useWorkspaceLifecycle(ws: WorkspaceApi, dispatch: Dispatch<ViewAction>): string {
  const seeded = useRef(false);
  useEffect(() => {
    if (!ws.ready || seeded.current) return;
    seeded.current = true;
    if (ws.articles.length === 0) void ws.addArticle(SAMPLE);
  }, [ws]);

  const analysedIds = ws.articles.filter((a) => a.analysis).map((a) => a.id).join(',');
  // A window from a shared link survives the first load; only a newly added article resets it.
  const lastAnalysed = useRef<string | null>(null);
  useEffect(() => {
    const prev = lastAnalysed.current;
    lastAnalysed.current = analysedIds;
    if (prev === null || prev === '' || prev === analysedIds) return;
    const before = new Set(prev.split(','));
    if (analysedIds.split(',').some((id) => !before.has(id))) dispatch({ type: 'window', window: null });
  }, [analysedIds, dispatch]);
  return analysedIds;
}
