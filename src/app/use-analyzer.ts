// Runs the engine in the worker for every article that has no analysis yet, one at a time, and
// reports progress and failures (including a worker that died and was restarted).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlaceLabels } from '../shared/model/place-labels.ts';
import type { WorkspaceApi } from '../shared/model/workspace.ts';
import { AnalyzerClient, CancelledError, createAnalyzerWorker, SupersededError } from '../worker/analyzer-client.ts';
import { STAGE_LABELS } from '../worker/protocol.ts';

export interface AnalyzerStatus {
  /** The article being analysed, if any. */
  articleId: string | null;
  message: string | null;
  /** The last failure, shown until the next success. */
  error: string | null;
  /** How long the engine took on the last article, in ms. */
  lastMs: number | null;
  /** Stops the analysis in flight (the article keeps a message saying so). */
  cancel(): void;
  /** The basemap's place names from the worker's gazetteer, once asked for and answered. */
  labels: PlaceLabels | null;
}

export function useAnalyzer(ws: Pick<WorkspaceApi, 'ready' | 'articles' | 'setAnalysis'>, create = createAnalyzerWorker): AnalyzerStatus {
  const cancel = useCallback(() => client.current?.cancel(), []);
  const client = useRef<AnalyzerClient | null>(null);
  const [status, setStatus] = useState<Omit<AnalyzerStatus, 'cancel' | 'labels'>>({ articleId: null, message: null, error: null, lastMs: null });
  const [labels, setLabels] = useState<PlaceLabels | null>(null);
  const labelsAsked = useRef(false);
  const running = useRef<string | null>(null);
  const setAnalysis = useRef(ws.setAnalysis);
  setAnalysis.current = ws.setAnalysis;

  useEffect(() => {
    const c = new AnalyzerClient(create);
    c.onRestart = (message) => setStatus((s) => ({ ...s, error: message }));
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
      running.current = null;
      labelsAsked.current = false;
    };
  }, [create]);

  const next = ws.ready ? ws.articles.find((a) => a.analysis === null && !a.error) : undefined;
  useEffect(() => {
    const c = client.current;
    if (!c || !next || running.current) return;
    const article = next;
    running.current = article.id;
    setStatus((s) => ({ ...s, articleId: article.id, message: 'Starting the analysis…' }));
    c.analyze(article.text, { published: article.published, ...(article.title ? { title: article.title } : {}), ...(article.sourceUrl ? { sourceUrl: article.sourceUrl } : {}) }, (stage) =>
      setStatus((s) => ({ ...s, message: STAGE_LABELS[stage] })),
    )
      .then(({ analysis, ms }) => {
        running.current = null;
        setAnalysis.current(article.id, analysis);
        setStatus({ articleId: null, message: null, error: null, lastMs: ms });
      })
      .catch((err: unknown) => {
        if (err instanceof SupersededError) return;
        running.current = null;
        const message = err instanceof CancelledError ? 'Analysis cancelled: remove this article or add it again to retry.' : err instanceof Error ? err.message : String(err);
        setAnalysis.current(article.id, null, message);
        setStatus((s) => ({ ...s, articleId: null, message: null, error: message }));
      });
  }, [next]);

  // Labels are asked for when nothing is waiting to be analysed, so they never hold up an article:
  // the worker answers in order, and building them takes it about a tenth of a second.
  const idle = ws.ready && !next && status.articleId === null;
  useEffect(() => {
    const c = client.current;
    if (!c || !idle || labelsAsked.current) return;
    labelsAsked.current = true;
    c.labels()
      .then(setLabels)
      .catch(() => {
        // No names on the basemap: the markers, outlines and list still say everything.
        labelsAsked.current = false;
      });
  }, [idle]);

  return useMemo(() => ({ ...status, cancel, labels }), [status, cancel, labels]);
}
