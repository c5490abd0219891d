// Runs the engine in the worker for every article that has no analysis yet, one after another
// without waiting for the page to redraw, and hands the results to the workspace in batches (one
// store transaction and one redraw per batch, not per article). Reports progress over many
// articles and failures (including a worker that died and was restarted).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Analysis } from '../core/index.ts';
import type { PlaceLabels } from '../shared/model/place-labels.ts';
import type { WorkspaceApi, WorkspaceArticle } from '../shared/model/workspace.ts';
import { AnalyzerClient, CancelledError, createAnalyzerWorker, SupersededError } from '../worker/analyzer-client.ts';
import { STAGE_LABELS } from '../worker/protocol.ts';
import { mark } from '../shared/perf-marks.ts';

export interface AnalyzerStatus {
  /** The article being analysed, if any. */
  articleId: string | null;
  message: string | null;
  /** Articles analysed so far in this run, of how many: shown when there are several. */
  progress: { done: number; total: number } | null;
  /** The last failure, shown until the next success. */
  error: string | null;
  /** How long the engine took on the last article, in ms. */
  lastMs: number | null;
}

/**
 * What the app holds: whether a run is going on, its outcome, and the live per-article progress
 * as a store of its own, so that a message per article redraws the status line and not the whole
 * dashboard (300 redraws of a map of thousands of events were most of an import's time).
 */
export interface Analyzer {
  busy: boolean;
  /** The last failure of a finished run, or a worker restart. */
  error: string | null;
  lastMs: number | null;
  live: { subscribe(onChange: () => void): () => void; getSnapshot(): AnalyzerStatus };
  /** Stops the analysis in flight and the ones waiting (each keeps a message saying so). */
  cancel(): void;
  /** The basemap's place names from the worker's gazetteer, once asked for and answered. */
  labels: PlaceLabels | null;
}

const IDLE: AnalyzerStatus = { articleId: null, message: null, progress: null, error: null, lastMs: null };

function statusStore() {
  let value = IDLE;
  const listeners = new Set<() => void>();
  return {
    subscribe(onChange: () => void) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => value,
    set(next: AnalyzerStatus | ((s: AnalyzerStatus) => AnalyzerStatus)) {
      value = typeof next === 'function' ? next(value) : next;
      for (const l of listeners) l();
    },
  };
}

/** How long labels wait for a workspace empty on opening to get articles. */
export const EMPTY_LABELS_MS = 2000;

/** The first analysis request of the page's life is marked once (see perf-marks.ts). */
let askedMarked = false;

/** The live status, for the one component that shows it. */
export function useAnalyzerStatus(a: Pick<Analyzer, 'live'>): AnalyzerStatus {
  return useSyncExternalStore(a.live.subscribe, a.live.getSnapshot, a.live.getSnapshot);
}

/**
 * How long results wait to be written together; the first of a run is written at once. Each
 * write redraws the map and lists, which with hundreds of articles costs far more than the engine.
 */
export const FLUSH_MS = 1_000;

interface Result {
  id: string;
  analysis: Analysis | null;
  error?: string;
}

type Ws = Pick<WorkspaceApi, 'ready' | 'articles' | 'setAnalysis' | 'setAnalyses'>;

const CANCELLED = 'Analysis cancelled: press Retry in the workspace, or remove the article.';

export function useAnalyzer(ws: Ws, create = createAnalyzerWorker): Analyzer {
  const client = useRef<AnalyzerClient | null>(null);
  const [store] = useState(statusStore);
  const setStatus = store.set;
  // The coarse state, in React: it changes at the start and end of a run, not per article.
  const [outcome, setOutcome] = useState<{ busy: boolean; error: string | null; lastMs: number | null }>({ busy: false, error: null, lastMs: null });
  const latest = useRef(ws);
  latest.current = ws;
  /** The client whose run is going on, if any (a run is one loop over the waiting articles). */
  const running = useRef<AnalyzerClient | null>(null);
  const cancelled = useRef(false);
  // The article objects taken for analysis: skipped until the workspace replaces them (with a
  // result, or with a cleared analysis for a re-run, which is a new object and so is taken again).
  const taken = useRef(new WeakSet<WorkspaceArticle>());
  const [kick, setKick] = useState(0);
  const [labels, setLabels] = useState<PlaceLabels | null>(null);
  const labelsAsked = useRef(false);

  useEffect(() => {
    const c = new AnalyzerClient(create);
    c.onRestart = (message) => {
      setStatus((s) => ({ ...s, error: message }));
      setOutcome((o) => ({ ...o, error: message }));
    };
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
      running.current = null;
      labelsAsked.current = false;
    };
  }, [create]);

  const pendingOf = (articles: readonly WorkspaceArticle[]) => articles.filter((a) => a.analysis === null && !a.error && !taken.current.has(a));
  const hasPending = ws.ready && ws.articles.some((a) => a.analysis === null && !a.error && !taken.current.has(a));

  useEffect(() => {
    const c = client.current;
    if (!c || !hasPending || running.current) return;
    running.current = c;
    cancelled.current = false;
    setOutcome((o) => ({ ...o, busy: true }));
    let buffer: Result[] = [];
    let lastFlush = 0;
    const flush = () => {
      if (!buffer.length) return;
      const batch = buffer;
      buffer = [];
      lastFlush = Date.now();
      const w = latest.current;
      if (w.setAnalyses) w.setAnalyses(batch);
      else for (const r of batch) w.setAnalysis(r.id, r.analysis, r.error);
    };
    void (async () => {
      let done = 0;
      let total = 0;
      let lastError: string | null = null;
      let lastMs: number | null = null;
      for (;;) {
        const queue = pendingOf(latest.current.articles);
        if (!queue.length || client.current !== c) break;
        total = done + queue.length;
        for (const article of queue) {
          if (client.current !== c) break;
          taken.current.add(article);
          if (cancelled.current) {
            buffer.push({ id: article.id, analysis: null, error: CANCELLED });
            continue;
          }
          const label = total > 1 ? `Analysing article ${done + 1} of ${total}: ` : '';
          setStatus((s) => ({ ...s, articleId: article.id, message: `${label}Starting the analysis…`, progress: { done, total } }));
          if (!askedMarked) {
            askedMarked = true;
            mark('page: analysis asked');
          }
          try {
            const { analysis, ms } = await c.analyze(
              article.text,
              { published: article.published, ...(article.title ? { title: article.title } : {}), ...(article.sourceUrl ? { sourceUrl: article.sourceUrl } : {}) },
              (stage) => setStatus((s) => ({ ...s, message: `${label}${STAGE_LABELS[stage]}` })),
            );
            mark('page: analysis received');
            buffer.push({ id: article.id, analysis });
            lastMs = ms;
            lastError = null;
          } catch (err) {
            if (err instanceof SupersededError && client.current !== c) {
              // This client was disposed (the app unmounted or remounted): the next one takes it.
              taken.current.delete(article);
              break;
            }
            const message = err instanceof CancelledError ? CANCELLED : err instanceof Error ? err.message : String(err);
            buffer.push({ id: article.id, analysis: null, error: message });
            lastError = message;
          }
          done += 1;
          if (done === 1 || Date.now() - lastFlush >= FLUSH_MS) flush();
        }
        flush();
        // Articles added meanwhile are picked up by the next round; wait for the store to show
        // what this round wrote so they are told apart.
        await new Promise((r) => setTimeout(r, 0));
      }
      flush();
      if (running.current === c) running.current = null;
      if (client.current === c) {
        setStatus({ articleId: null, message: null, progress: null, error: lastError, lastMs });
        setOutcome({ busy: false, error: lastError, lastMs });
        setKick((k) => k + 1);
      }
    })();
  }, [hasPending, kick, setStatus]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    client.current?.cancel();
  }, []);

  // Labels are asked for when nothing is waiting to be analysed, so they never hold up an article:
  // the worker answers in order, and building them takes it about a tenth of a second.
  // A workspace empty on opening is about to get articles (the sample, or a link's): their analysis
  // comes first, or the worker would be building labels when the first article is asked for (a
  // slice of a tenth of a second on a slow machine, in front of the first markers). Labels wait
  // for articles, or EMPTY_LABELS_MS when none come.
  const empty = ws.ready && ws.articles.length === 0;
  const [emptyWaited, setEmptyWaited] = useState(false);
  useEffect(() => {
    if (!empty || emptyWaited) return;
    const id = setTimeout(() => setEmptyWaited(true), EMPTY_LABELS_MS);
    return () => clearTimeout(id);
  }, [empty, emptyWaited]);
  const idle = ws.ready && !hasPending && !outcome.busy && (!empty || emptyWaited);
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

  const live = useMemo(() => ({ subscribe: store.subscribe, getSnapshot: store.getSnapshot }), [store]);
  // Busy from the moment an article waits, not only once the loop has picked it up: between the
  // two the status line would claim the counts of a finished workspace.
  const busy = outcome.busy || hasPending;
  return useMemo(() => ({ ...outcome, busy, live, cancel, labels }), [outcome, busy, live, cancel, labels]);
}
