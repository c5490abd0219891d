// The workspace hook: many articles and the user's corrections, kept in IndexedDB. A change is
// written to the store first and only then shown, so what the user sees is what survives a reload.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../core/index.ts';
import { applyCorrectionsDetailed } from './apply-corrections.ts';
import { prepareCorrection } from './prepare-correction.ts';
import { WorkspaceStore, DB_NAME, TRASH_LIMIT } from './store.ts';
import type { TrashEntry } from './store.ts';
import type { Correction, CorrectionInput, DuplicateChoice, ImportResult, WorkspaceApi, WorkspaceArticle } from '../../shared/model/workspace.ts';
import { duplicateArticles, planImport } from './import-merge.ts';
import type { MergePlan } from './import-merge.ts';
import { parseWorkspaceFile } from './validate-file.ts';
import type { Parsed } from './validate-file.ts';
import { serializeWorkspace } from './workspace-file.ts';
import { mark } from '../../shared/perf-marks.ts';

export interface UseWorkspaceOptions {
  /** IndexedDB database name; tests give each case its own. */
  dbName?: string;
}

interface Model {
  articles: WorkspaceArticle[];
  corrections: Correction[];
  trash: TrashEntry[];
}

const EMPTY: Model = { articles: [], corrections: [], trash: [] };

/** What a failed write means, said after the storage error. */
const NOT_APPLIED = 'The last change was not applied.';
// an analysis is shown before it is saved: not saving it loses nothing but time
const ANALYSIS_UNSAVED = 'The analysis is shown but not saved; it will be computed again after a reload.';

function newId(prefix: string): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return `${prefix}-${c.randomUUID()}`;
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Why the browser's storage refused, in words: a full disk or quota often comes as a DOMException
 * with an empty message (the old text read "Could not save ... ()"), or as an abort whose cause is
 * the transaction's error.
 */
export function storageProblem(e: unknown): string {
  const err = e as { name?: unknown; message?: unknown; cause?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : '';
  const message = typeof err?.message === 'string' ? err.message.trim() : typeof e === 'string' ? e : '';
  const cause = err?.cause as { name?: unknown } | undefined;
  if (name === 'QuotaExceededError' || cause?.name === 'QuotaExceededError' || /quota|disk is full|no space/i.test(message)) {
    return "the browser's storage for this site is full; export your work, then free space by deleting articles or other sites' data";
  }
  if (name === 'AbortError' && !message) return 'the browser stopped the write without a reason (its storage may be full)';
  if (message) return name && name !== 'Error' && !message.includes(name) ? `${name}: ${message}` : message;
  return name ? `${name}, with no reason given` : 'no reason given';
}
const describe = storageProblem;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a person should know about an import that went through: what was redone, renamed or left out. */
function importSummary(parsed: Extract<Parsed, { ok: true }>, plan: MergePlan): ImportResult {
  const notes: string[] = [];
  if (parsed.stale > 0) notes.push(`${plural(parsed.stale, 'article was', 'articles were')} analysed by another version of Dateline and will be analysed again; corrections are kept.`);
  if (parsed.damaged.length > 0) notes.push(`${plural(parsed.damaged.length, 'analysis was', 'analyses were')} damaged and will be redone: ${parsed.damaged.slice(0, 3).join('; ')}.`);
  if (plan.renamed > 0) notes.push(`${plural(plan.renamed, 'article', 'articles')} already here under the same id ${plan.renamed === 1 ? 'was' : 'were'} kept as ${plan.renamed === 1 ? 'a copy' : 'copies'} beside yours.`);
  if (plan.skipped > 0) notes.push(`${plural(plan.skipped, 'article', 'articles')} already here under the same id ${plan.skipped === 1 ? 'was' : 'were'} skipped; yours ${plan.skipped === 1 ? 'is' : 'are'} unchanged.`);
  if (parsed.skipped.length > 0) notes.push(`${plural(parsed.skipped.length, 'record')} of the file could not be read and ${parsed.skipped.length === 1 ? 'was' : 'were'} left out.`);
  return { ok: true, ...(notes.length ? { note: notes.join(' ') } : {}), ...(parsed.skipped.length ? { leftOut: parsed.skipped } : {}) };
}

export function useWorkspace(options: UseWorkspaceOptions = {}): WorkspaceApi {
  const dbName = options.dbName ?? DB_NAME;
  const [model, setModel] = useState<Model>(EMPTY);
  const [ready, setReady] = useState(false);
  // The store could not be opened (work lives in memory) vs. one write failed (until the next succeeds).
  const [openError, setOpenError] = useState<string | undefined>();
  const [writeError, setWriteError] = useState<string | undefined>();
  const persistAsked = useRef(false);
  // The authoritative copy: queued operations read it when they run, not when they were queued.
  const current = useRef<Model>(EMPTY);
  const store = useRef<WorkspaceStore | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastAt = useRef(0);
  const channel = useRef<BroadcastChannel | null>(null);

  // Queued writes can finish after the component is gone; their results must not reach React then.
  const mounted = useRef(true);
  const commit = useCallback((next: Model) => {
    current.current = next;
    if (mounted.current) setModel(next);
  }, []);

  useEffect(() => {
    mounted.current = true;
    let live = true;
    let opened: WorkspaceStore | null = null;
    const start = queue.current.then(async () => {
      try {
        opened = await WorkspaceStore.open(dbName, (message) => {
          if (live) setOpenError(message);
        });
        const snap = await opened.load();
        if (!live) return opened.close();
        store.current = opened;
        commit(snap);
      } catch (e) {
        if (!live) return;
        store.current = null;
        setOpenError(`Your browser refused local storage (${describe(e)}); work in this tab will not survive a reload. Export it before closing.`);
      }
      if (live) {
        mark('page: workspace ready');
        setReady(true);
      }
    });
    queue.current = start;
    // Another tab of the app changed the same store: read it back so this tab never shows (or
    // later writes over) a stale workspace.
    const bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`dateline-workspace:${dbName}`) : null;
    channel.current = bc;
    if (bc) {
      bc.onmessage = () => {
        queue.current = queue.current.then(async () => {
          if (live && store.current) commit(await store.current.load());
        }).catch(() => undefined);
      };
    }
    return () => {
      live = false;
      mounted.current = false;
      bc?.close();
      if (channel.current === bc) channel.current = null;
      void start.then(() => {
        if (store.current === opened) store.current = null;
        opened?.close();
      });
    };
  }, [dbName, commit]);

  /**
   * Runs operations one at a time, in order; a failed write leaves the shown state unchanged,
   * unless the operation showed its result first and says so in `unsaved`.
   */
  const enqueue = useCallback(<T,>(op: (s: WorkspaceStore | null) => Promise<T>, unsaved = NOT_APPLIED): Promise<T> => {
    const run = queue.current.then(async () => {
      const result = await op(store.current);
      channel.current?.postMessage('changed');
      if (mounted.current) setWriteError(undefined);
      return result;
    }).catch((e: unknown) => {
      // Callers show the message: it says why, even when the browser's own error says nothing.
      throw new Error(`Could not save to the browser's storage: ${describe(e)}`, { cause: e });
    });
    queue.current = run.catch((e: unknown) => {
      if (mounted.current) setWriteError(`${(e as Error).message}. ${unsaved}`);
    });
    return run;
  }, []);

  /** For changes nobody awaits: a failure is already shown through storageError. */
  const fire = useCallback((op: (s: WorkspaceStore | null) => Promise<unknown>, unsaved?: string) => {
    enqueue(op, unsaved).catch(() => undefined);
  }, [enqueue]);

  /**
   * Asks once, on the first change the user makes, that the browser never evict this origin's
   * storage under disk pressure (best-effort storage can be cleared without asking).
   */
  const keep = useCallback(() => {
    if (persistAsked.current) return;
    persistAsked.current = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage && typeof storage.persist === 'function') void storage.persist().catch(() => false);
  }, []);

  const stamp = useCallback((): string => {
    // Strictly increasing, so corrections made in the same millisecond still apply in order.
    const t = Math.max(Date.now(), lastAt.current + 1);
    lastAt.current = t;
    return new Date(t).toISOString();
  }, []);

  const addArticle = useCallback<WorkspaceApi['addArticle']>(
    (input) =>
      enqueue(async (s) => {
        const article: WorkspaceArticle = {
          id: newId('a'),
          text: input.text,
          published: input.published,
          addedAt: stamp(),
          analysis: null,
          ...(input.title ? { title: input.title } : {}),
          ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
        };
        await s?.putArticle(article);
        // A first article may be the app's own sample; a second one is the user's work.
        if (current.current.articles.length > 0) keep();
        commit({ ...current.current, articles: [...current.current.articles, article] });
        return article.id;
      }),
    [enqueue, commit, stamp, keep],
  );

  const setAnalysis = useCallback((id: string, analysis: Analysis | null, error?: string) => {
    fire(async (s) => {
      const old = current.current.articles.find((a) => a.id === id);
      if (!old) return;
      const { error: _drop, ...rest } = old;
      const next: WorkspaceArticle = { ...rest, analysis, ...(error ? { error } : {}) };
      // An analysis is derived from the saved text: shown first, then saved (a failed save only
      // means it is computed again after a reload; the queue still reports the error).
      commit({ ...current.current, articles: current.current.articles.map((a) => (a.id === id ? next : a)) });
      await s?.putArticle(next);
    }, ANALYSIS_UNSAVED);
  }, [fire, commit]);

  const setAnalyses = useCallback<NonNullable<WorkspaceApi['setAnalyses']>>((results) => {
    fire(async (s) => {
      const byId = new Map(results.map((r) => [r.id, r]));
      const changed: WorkspaceArticle[] = [];
      for (const old of current.current.articles) {
        const r = byId.get(old.id);
        if (!r) continue;
        const { error: _drop, ...rest } = old;
        changed.push({ ...rest, analysis: r.analysis, ...(r.error ? { error: r.error } : {}) });
      }
      if (!changed.length) return;
      const next = new Map(changed.map((a) => [a.id, a]));
      // Shown before it is saved, as in setAnalysis: the first markers need not wait for IndexedDB.
      commit({ ...current.current, articles: current.current.articles.map((a) => next.get(a.id) ?? a) });
      await s?.putArticles(changed);
    }, ANALYSIS_UNSAVED);
  }, [fire, commit]);

  const removeArticle = useCallback((id: string) => {
    fire(async (s) => {
      const m = current.current;
      const article = m.articles.find((a) => a.id === id);
      if (!article) return;
      const removedAt = stamp();
      const entry = (await s?.trashArticle(id, removedAt)) ?? {
        id: `trash-${id}-${removedAt}`,
        removedAt,
        article,
        corrections: m.corrections.filter((c) => c.articleId === id),
      };
      commit({
        articles: m.articles.filter((a) => a.id !== id),
        corrections: m.corrections.filter((c) => c.articleId !== id),
        trash: [...m.trash, entry].slice(-TRASH_LIMIT),
      });
    });
  }, [fire, commit, stamp]);

  const undoRemove = useCallback(() => {
    fire(async (s) => {
      const m = current.current;
      const entry = m.trash.at(-1);
      if (!entry) return;
      await s?.restore(entry.id);
      const articles = [...m.articles.filter((a) => a.id !== entry.article.id), entry.article]
        .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
      const ids = new Set(entry.corrections.map((c) => c.id));
      commit({
        articles,
        corrections: [...m.corrections.filter((c) => !ids.has(c.id)), ...entry.corrections],
        trash: m.trash.slice(0, -1),
      });
    });
  }, [fire, commit]);

  const correct = useCallback((input: CorrectionInput) => {
    keep();
    fire(async (s) => {
      const m = current.current;
      const c = prepareCorrection(input, m.articles, m.corrections, { id: newId('c'), at: stamp(), userEventId: newId('user') });
      await s?.putCorrection(c);
      commit({ ...current.current, corrections: [...current.current.corrections, c] });
    });
  }, [fire, commit, stamp, keep]);

  const revertCorrection = useCallback((id: string) => {
    fire(async (s) => {
      await s?.deleteCorrection(id);
      commit({ ...current.current, corrections: current.current.corrections.filter((c) => c.id !== id) });
    });
  }, [fire, commit]);

  const exportJSON = useCallback(
    () => serializeWorkspace(current.current.articles, current.current.corrections, new Date().toISOString()),
    [],
  );

  const importJSON = useCallback(
    (text: string, choice?: DuplicateChoice): Promise<ImportResult> => {
      const parsed = parseWorkspaceFile(text);
      if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
      // Asked before anything is queued: an article here is never replaced without the user's say.
      const dupes = duplicateArticles(current.current.articles, parsed.file.articles);
      if (dupes.length > 0 && !choice) {
        return Promise.resolve({ ok: false, duplicates: { count: dupes.length, names: dupes.slice(0, 5).map((a) => a.title?.trim() || a.id) } });
      }
      keep();
      return enqueue(async (s): Promise<ImportResult> => {
        // Planned against the workspace as it is when the write runs, not when it was asked for.
        const plan = planImport(current.current.articles, parsed.file, choice ?? 'replace', newId);
        const { articles, corrections } = plan;
        await s?.upsertMany(articles, corrections);
        const m = current.current;
        const aIds = new Set(articles.map((a) => a.id));
        const cIds = new Set(corrections.map((c) => c.id));
        commit({
          ...m,
          articles: [...m.articles.filter((a) => !aIds.has(a.id)), ...articles],
          corrections: [...m.corrections.filter((c) => !cIds.has(c.id)), ...corrections],
        });
        return importSummary(parsed, plan);
      }).catch((e: unknown) => ({ ok: false, error: `${(e as Error).message}; the import was not saved and nothing was changed.` }));
    },
    [enqueue, commit, keep],
  );

  const applied = useMemo(() => applyCorrectionsDetailed(model.articles, model.corrections), [model.articles, model.corrections]);

  // One object while nothing in it changed: what reads it (the workspace panel, memoised) is not
  // re-rendered by a move of the time window.
  const canUndo = model.trash.length > 0;
  const storageError = openError ?? writeError;
  return useMemo(
    () => ({
      ready,
      articles: model.articles,
      corrections: model.corrections,
      events: applied.events,
      orphans: applied.orphans,
      addArticle,
      setAnalysis,
      setAnalyses,
      removeArticle,
      canUndo,
      undoRemove,
      correct,
      revertCorrection,
      exportJSON,
      importJSON,
      ...(storageError ? { storageError } : {}),
    }),
    [ready, model.articles, model.corrections, applied, addArticle, setAnalysis, setAnalyses, removeArticle, canUndo, undoRemove, correct, revertCorrection, exportJSON, importJSON, storageError],
  );
}
