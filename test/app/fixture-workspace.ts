// A WorkspaceApi over fixed articles (e.g. the hand-written sample analysis), for component tests
// and the dev-only fixture preview page.
import { useMemo, useState } from 'react';
import type { Analysis } from '../../src/core/index.ts';
import type { WorkspaceApi, WorkspaceArticle, WorkspaceEvent } from '../../src/shared/model/workspace.ts';

export function toWorkspaceEvents(articles: readonly WorkspaceArticle[]): WorkspaceEvent[] {
  return articles.flatMap((a) =>
    (a.analysis?.events ?? []).map((e) => ({ ...e, key: `${a.id}:${e.id}`, articleId: a.id, corrected: [], sources: [{ articleId: a.id, eventId: e.id, excerpt: e.excerpt }] })),
  );
}

export function fixtureArticle(id: string, text: string, analysis: Analysis): WorkspaceArticle {
  return { id, text, published: analysis.article.published, title: analysis.article.title, addedAt: '2020-05-06T00:00:00.000Z', analysis };
}

export function makeFixtureWorkspace(initial: WorkspaceArticle[]): () => WorkspaceApi {
  return function useFixtureWorkspace(): WorkspaceApi {
    const [articles, setArticles] = useState(initial);
    const events = useMemo(() => toWorkspaceEvents(articles), [articles]);
    return {
      ready: true,
      articles,
      corrections: [],
      events,
      addArticle: async (input) => {
        const id = `x${articles.length + 1}`;
        setArticles((p) => [...p, { id, ...input, addedAt: '2020-05-06T00:00:00.000Z', analysis: null }]);
        return id;
      },
      setAnalysis: (id, analysis, error) => setArticles((p) => p.map((a) => (a.id === id ? { ...a, analysis, error } : a))),
      removeArticle: (id) => setArticles((p) => p.filter((a) => a.id !== id)),
      canUndo: false,
      undoRemove: () => {},
      correct: () => {},
      revertCorrection: () => {},
      exportJSON: () => '{}',
      importJSON: async () => ({ ok: false, error: 'not in fixtures' }),
    };
  };
}
