// @vitest-environment jsdom
// The analyzer over many articles: every waiting article is analysed once, the results reach the
// workspace in a few batches (not one write per article), progress counts up, and Cancel marks
// the ones still waiting.
import { afterEach, expect, test } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useAnalyzer, useAnalyzerStatus, type AnalyzerStatus } from '../../src/app/use-analyzer.ts';
import type { Analysis } from '../../src/core/index.ts';
import type { WorkspaceArticle } from '../../src/shared/model/workspace.ts';
import type { WorkerLike } from '../../src/worker/analyzer-client.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

afterEach(cleanup);

const analysis = (published: string) => ({ schemaVersion: 1, article: { published, length: 1 }, sections: [], mentions: [], dates: [], events: [], warnings: [] }) as Analysis;
const article = (i: number): WorkspaceArticle => ({ id: `a${i}`, text: `text ${i}`, published: '2020-05-06', addedAt: '', analysis: null });

/**
 * A worker that answers each analysis after `delay` ms, or holds them when delay is null; `types`
 * records the type of every request, labels included.
 */
function fakeWorker(delay: number | null, sent: WorkerRequest[], types?: string[]) {
  return (): WorkerLike => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage(msg: WorkerRequest) {
        types?.push(msg.type);
        // Only analyses are counted and answered (the basemap labels asked when idle are not).
        if (msg.type !== 'analyze') return;
        sent.push(msg);
        if (delay === null) return;
        setTimeout(() => w.onmessage?.({ data: { type: 'result', id: msg.id, analysis: analysis(msg.options.published), ms: 1 } as WorkerResponse } as MessageEvent<WorkerResponse>), delay);
      },
    };
    return w;
  };
}

test('twenty waiting articles are each analysed once and written in a few batches, not twenty writes', async () => {
  const sent: WorkerRequest[] = [];
  const batches: { id: string }[][] = [];
  const articles = Array.from({ length: 20 }, (_, i) => article(i));
  const create = fakeWorker(0, sent);
  const ws = { ready: true, articles, setAnalysis: () => {}, setAnalyses: (r: readonly { id: string }[]) => void batches.push([...r]) };
  const statuses: AnalyzerStatus[] = [];
  const { result } = renderHook(() => {
    const a = useAnalyzer(ws, create);
    statuses.push(useAnalyzerStatus(a));
    return a;
  });
  await waitFor(() => expect(batches.flat()).toHaveLength(20), { timeout: 5_000 });
  expect(new Set(batches.flat().map((r) => r.id)).size).toBe(20);
  expect(sent).toHaveLength(20);
  // The first result is written at once; the rest come together.
  expect(batches[0]).toHaveLength(1);
  expect(batches.length).toBeLessThan(6);
  expect(statuses.some((s) => s.progress?.total === 20 && /Analysing article \d+ of 20/.test(s.message ?? ''))).toBe(true);
  await waitFor(() => expect(result.current.busy).toBe(false));
});

test('Cancel stops the article in flight and marks every waiting one, without analysing them', async () => {
  const sent: WorkerRequest[] = [];
  const results: { id: string; error?: string }[] = [];
  const create = fakeWorker(null, sent);
  const ws = { ready: true, articles: [article(1), article(2), article(3)], setAnalysis: () => {}, setAnalyses: (r: readonly { id: string; error?: string }[]) => void results.push(...r) };
  const { result } = renderHook(() => useAnalyzer(ws, create));
  await waitFor(() => expect(sent).toHaveLength(1));
  act(() => result.current.cancel());
  await waitFor(() => expect(results).toHaveLength(3));
  expect(sent).toHaveLength(1);
  expect(results.every((r) => /cancelled/.test(r.error ?? ''))).toBe(true);
});

test('an article waiting for analysis makes the analyzer busy from the first render, before the loop takes it', () => {
  const sent: WorkerRequest[] = [];
  const ws = { ready: true, articles: [article(1)], setAnalysis: () => {} };
  const seen: boolean[] = [];
  renderHook(() => {
    const a = useAnalyzer(ws, fakeWorker(null, sent));
    seen.push(a.busy);
    return a;
  });
  // The status line reads busy: never "1 article · 0 events" while the article is still waiting.
  expect(seen[0]).toBe(true);
  expect(seen.every(Boolean)).toBe(true);
});

test('a workspace with nothing waiting is not busy', () => {
  const ws = { ready: true, articles: [{ ...article(2), analysis: analysis('2020-05-06') }], setAnalysis: () => {} };
  const { result } = renderHook(() => useAnalyzer(ws, fakeWorker(null, [])));
  expect(result.current.busy).toBe(false);
});

test('a workspace empty on opening gets its first article analysed before the basemap labels are asked for', async () => {
  const types: string[] = [];
  const create = fakeWorker(0, [], types);
  let ws = { ready: true, articles: [] as WorkspaceArticle[], setAnalysis: () => {} };
  const { rerender } = renderHook(() => useAnalyzer(ws, create));
  // The sample is added a moment later (its write to IndexedDB comes first).
  await new Promise((r) => setTimeout(r, 50));
  expect(types).toEqual([]);
  ws = { ...ws, articles: [article(1)] };
  rerender();
  await waitFor(() => expect(types).toContain('labels'));
  expect(types.filter((t) => t !== 'warm').slice(0, 2)).toEqual(['analyze', 'labels']);
});

test('labels are still asked for when an empty workspace stays empty', async () => {
  const types: string[] = [];
  const ws = { ready: true, articles: [] as WorkspaceArticle[], setAnalysis: () => {} };
  renderHook(() => useAnalyzer(ws, fakeWorker(0, [], types)));
  await new Promise((r) => setTimeout(r, 100));
  expect(types).not.toContain('labels');
  await waitFor(() => expect(types).toContain('labels'), { timeout: 4_000 });
});

test('a workspace with articles asks for labels once they are analysed, without waiting', async () => {
  const types: string[] = [];
  const ws = { ready: true, articles: [{ ...article(1), analysis: analysis('2020-05-06') }], setAnalysis: () => {} };
  const t0 = Date.now();
  renderHook(() => useAnalyzer(ws, fakeWorker(0, [], types)));
  await waitFor(() => expect(types).toContain('labels'));
  expect(Date.now() - t0).toBeLessThan(1_000);
});
