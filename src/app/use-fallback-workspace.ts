// TEMPORARY in-memory stand-in for the workspace feature's useWorkspace() (IndexedDB), so the
// dashboard can be built and tested against the WorkspaceApi contract before it lands.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../core/index.ts';
import type { Correction, WorkspaceApi, WorkspaceArticle, WorkspaceEvent } from '../features/workspace/types.ts';

function toEvents(articles: readonly WorkspaceArticle[]): WorkspaceEvent[] {
  return articles.flatMap((a) =>
    (a.analysis?.events ?? []).map((e) => ({
      ...e,
      key: `${a.id}:${e.id}`,
      articleId: a.id,
      corrected: [],
      sources: [{ articleId: a.id, eventId: e.id, excerpt: e.excerpt }],
    })),
  );
}

export function useFallbackWorkspace(): WorkspaceApi {
  const [articles, setArticles] = useState<WorkspaceArticle[]>([]);
  const [removed, setRemoved] = useState<WorkspaceArticle[]>([]);
  const seq = useRef(0);
  const events = useMemo(() => toEvents(articles), [articles]);
  const corrections = useMemo<Correction[]>(() => [], []);

  const addArticle = useCallback<WorkspaceApi['addArticle']>(async (input) => {
    seq.current += 1;
    const id = `a${seq.current}`;
    const article: WorkspaceArticle = { id, ...input, addedAt: new Date().toISOString(), analysis: null };
    setArticles((prev) => [...prev, article]);
    return id;
  }, []);
  const setAnalysis = useCallback((id: string, analysis: Analysis | null, error?: string) => {
    setArticles((prev) => prev.map((a) => (a.id === id ? { ...a, analysis, ...(error ? { error } : { error: undefined }) } : a)));
  }, []);
  const removeArticle = useCallback((id: string) => {
    setArticles((prev) => {
      const gone = prev.find((a) => a.id === id);
      if (gone) setRemoved((r) => [...r, gone]);
      return prev.filter((a) => a.id !== id);
    });
  }, []);
  const undoRemove = useCallback(() => {
    setRemoved((r) => {
      const last = r.at(-1);
      if (last) setArticles((prev) => [...prev, last]);
      return r.slice(0, -1);
    });
  }, []);

  return {
    ready: true,
    articles,
    corrections,
    events,
    addArticle,
    setAnalysis,
    removeArticle,
    canUndo: removed.length > 0,
    undoRemove,
    correct: () => {},
    revertCorrection: () => {},
    exportJSON: () => JSON.stringify({ articles }),
    importJSON: async () => ({ ok: false, error: 'Import needs the workspace feature.' }),
  };
}
