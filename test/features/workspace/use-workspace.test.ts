// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkspace } from '../../../src/features/workspace/use-workspace.ts';
import type { WorkspaceApi } from '../../../src/shared/model/workspace.ts';
import { HOMS, TEXT_A, TEXT_B, articleA, articleB } from './fixtures.ts';

let db = 0;
// Without vitest globals, Testing Library does not unmount by itself: a hook left mounted would
// finish opening its store after jsdom is gone and set state on a torn-down window.
afterEach(() => cleanup());
async function open(name: string) {
  const hook = renderHook(() => useWorkspace({ dbName: name }));
  await waitFor(() => expect(hook.result.current.ready).toBe(true));
  return hook;
}
const settle = async (api: () => WorkspaceApi, check: (w: WorkspaceApi) => boolean) =>
  waitFor(() => expect(check(api())).toBe(true));

describe('useWorkspace', () => {
  it('is not ready until the store is read, then starts empty', async () => {
    const { result } = renderHook(() => useWorkspace({ dbName: `ws-${db++}` }));
    expect(result.current.ready).toBe(false);
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.articles).toEqual([]);
    expect(result.current.canUndo).toBe(false);
  });

  it('keeps articles, analyses and corrections across a reload', async () => {
    const name = `ws-${db++}`;
    const first = await open(name);
    let idA = '';
    let idB = '';
    await act(async () => {
      idA = await first.result.current.addArticle({ text: TEXT_A, published: '2020-05-06', title: 'A' });
      idB = await first.result.current.addArticle({ text: TEXT_B, published: '2020-05-05' });
    });
    act(() => {
      first.result.current.setAnalysis(idA, articleA(idA).analysis);
      first.result.current.setAnalysis(idB, articleB(idB).analysis);
    });
    // A and B tell one strike at Aleppo: one event for it, until A's is moved to Homs.
    await settle(() => first.result.current, (w) => w.events.length === 2);
    expect(first.result.current.events[0].sources).toHaveLength(2);
    act(() => first.result.current.correct({ kind: 'place', articleId: idA, eventId: 'e1', place: HOMS }));
    await settle(() => first.result.current, (w) => w.corrections.length === 1);
    // The trigger was recorded so the correction survives renumbering.
    expect(first.result.current.corrections[0].trigger).toMatchObject({ text: 'struck' });
    first.unmount();

    const second = await open(name);
    const w = second.result.current;
    expect(w.articles.map((a) => a.id)).toEqual([idA, idB]);
    expect(w.articles[0].title).toBe('A');
    expect(w.events).toHaveLength(3);
    const corrected = w.events.find((e) => e.key === `${idA}:e1`)!;
    expect(corrected.place).toEqual(HOMS);
    expect(corrected.corrected).toEqual(['place']);
    second.unmount();
  });

  it('deletes an article with its corrections and undoes it, also after a reload', async () => {
    const name = `ws-${db++}`;
    const first = await open(name);
    let id = '';
    await act(async () => {
      id = await first.result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    act(() => first.result.current.setAnalysis(id, articleA(id).analysis));
    await settle(() => first.result.current, (w) => w.events.length === 2);
    act(() => first.result.current.correct({ kind: 'delete', articleId: id, eventId: 'e2' }));
    await settle(() => first.result.current, (w) => w.events.length === 1);
    act(() => first.result.current.removeArticle(id));
    await settle(() => first.result.current, (w) => w.articles.length === 0 && w.corrections.length === 0 && w.canUndo);
    first.unmount();

    const second = await open(name);
    expect(second.result.current.articles).toEqual([]);
    expect(second.result.current.canUndo).toBe(true);
    act(() => second.result.current.undoRemove());
    await settle(() => second.result.current, (w) => w.articles.length === 1);
    expect(second.result.current.events).toHaveLength(1);
    expect(second.result.current.canUndo).toBe(false);
    second.unmount();

    const third = await open(name);
    expect(third.result.current.articles.map((a) => a.id)).toEqual([id]);
    expect(third.result.current.corrections).toHaveLength(1);
    third.unmount();
  });

  it('re-analysis keeps corrections; revert removes one', async () => {
    const name = `ws-${db++}`;
    const { result, unmount } = await open(name);
    let id = '';
    await act(async () => {
      id = await result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    const analysis = articleA(id).analysis!;
    act(() => result.current.setAnalysis(id, analysis));
    await settle(() => result.current, (w) => w.events.length === 2);
    act(() => result.current.correct({ kind: 'type', articleId: id, eventId: 'e2', type: 'shelling' }));
    await settle(() => result.current, (w) => w.corrections.length === 1);
    const swapped = { ...analysis, events: [{ ...analysis.events[1], id: 'e1' }, { ...analysis.events[0], id: 'e2' }] };
    act(() => result.current.setAnalysis(id, swapped));
    await settle(() => result.current, (w) => w.articles[0].analysis === swapped);
    expect(result.current.events.find((e) => e.trigger.text === 'raid')!.type).toBe('shelling');
    expect(result.current.events.find((e) => e.trigger.text === 'struck')!.type).toBe('air_strike');
    act(() => result.current.revertCorrection(result.current.corrections[0].id));
    await settle(() => result.current, (w) => w.corrections.length === 0);
    expect(result.current.events.find((e) => e.trigger.text === 'raid')!.type).toBe('raid');
    unmount();
  });

  it('records a failed analysis with its message and clears it on success', async () => {
    const { result, unmount } = await open(`ws-${db++}`);
    let id = '';
    await act(async () => {
      id = await result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    act(() => result.current.setAnalysis(id, null, 'The analysis worker stopped.'));
    await settle(() => result.current, (w) => w.articles[0].error === 'The analysis worker stopped.');
    act(() => result.current.setAnalysis(id, articleA(id).analysis));
    await settle(() => result.current, (w) => w.articles[0].analysis !== null);
    expect(result.current.articles[0].error).toBeUndefined();
    unmount();
  });

  it('exports and imports back the same workspace; a bad file changes nothing', async () => {
    const src = await open(`ws-${db++}`);
    let id = '';
    await act(async () => {
      id = await src.result.current.addArticle({ text: TEXT_A, published: '2020-05-06', sourceUrl: 'https://example.org/a' });
    });
    act(() => src.result.current.setAnalysis(id, articleA(id).analysis));
    act(() => src.result.current.correct({ kind: 'move', articleId: id, eventId: 'e1', lat: 36, lon: 37 }));
    await settle(() => src.result.current, (w) => w.corrections.length === 1 && w.events.length === 2);
    const file = src.result.current.exportJSON();
    src.unmount();

    const name = `ws-${db++}`;
    const dst = await open(name);
    let bad = { ok: true } as { ok: boolean; error?: string };
    await act(async () => {
      bad = await dst.result.current.importJSON(file.replace('"format": "dateline-workspace"', '"format": "other"'));
    });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/not a Dateline workspace/);
    expect(dst.result.current.articles).toEqual([]);
    let good = { ok: false } as { ok: boolean };
    await act(async () => {
      good = await dst.result.current.importJSON(file);
    });
    expect(good.ok).toBe(true);
    const w = dst.result.current;
    const orig = JSON.parse(file);
    expect(w.articles).toEqual(orig.articles);
    expect(w.corrections).toEqual(orig.corrections);
    expect(w.events.find((e) => e.key === `${id}:e1`)!.place).toMatchObject({ lat: 36, lon: 37, precision: 'point' });
    dst.unmount();
    const again = await open(name);
    expect(again.result.current.articles).toEqual(orig.articles);
    expect(again.result.current.corrections).toEqual(orig.corrections);
    again.unmount();
  });

  it('asks before an import replaces an article here with the same id, and does what was chosen', async () => {
    const name = `ws-${db++}`;
    const ws = await open(name);
    let id = '';
    await act(async () => {
      id = await ws.result.current.addArticle({ text: TEXT_A, published: '2020-05-06', title: 'Mine' });
    });
    // The same id in the file, with other words, and a correction made on it there.
    const theirs = { ...articleB(id), title: 'Theirs' };
    const file = JSON.stringify({
      format: 'dateline-workspace', version: 1, exportedAt: 'x', articles: [theirs],
      corrections: [{ id: 'c-file', articleId: id, eventId: 'e1', at: '2026-01-01T00:00:00.000Z', kind: 'delete' }],
    });
    let r: Awaited<ReturnType<WorkspaceApi['importJSON']>> = { ok: true };
    await act(async () => {
      r = await ws.result.current.importJSON(file);
    });
    expect(r).toEqual({ ok: false, duplicates: { count: 1, names: ['Theirs'] } });
    expect(ws.result.current.articles.map((a) => a.title)).toEqual(['Mine']);

    await act(async () => {
      r = await ws.result.current.importJSON(file, 'skip');
    });
    expect(r.ok).toBe(true);
    expect(r.note).toMatch(/1 article already here under the same id was skipped; yours is unchanged/);
    expect(ws.result.current.articles.map((a) => a.title)).toEqual(['Mine']);
    expect(ws.result.current.corrections).toEqual([]);

    await act(async () => {
      r = await ws.result.current.importJSON(file, 'keep-both');
    });
    expect(r.note).toMatch(/kept as a copy beside yours/);
    const [mine, copy] = ws.result.current.articles;
    expect([mine!.id, mine!.title, mine!.text]).toEqual([id, 'Mine', TEXT_A]);
    expect(copy!.id).not.toBe(id);
    expect([copy!.title, copy!.text]).toEqual(['Theirs', TEXT_B]);
    // The file's correction followed its article, under an id of its own.
    expect(ws.result.current.corrections.map((c) => [c.articleId, c.id === 'c-file'])).toEqual([[copy!.id, false]]);

    await act(async () => {
      r = await ws.result.current.importJSON(file, 'replace');
    });
    expect(ws.result.current.articles.find((a) => a.id === id)!.title).toBe('Theirs');
    ws.unmount();
  });

  it('imports the readable records of a file with a bad one, and names what it left out', async () => {
    const ws = await open(`ws-${db++}`);
    const bad = { ...articleB('b9'), published: '2020-02-30' };
    const file = JSON.stringify({ format: 'dateline-workspace', version: 1, exportedAt: { toString: 1 }, articles: [articleA('a9'), bad], corrections: [] });
    let r: Awaited<ReturnType<WorkspaceApi['importJSON']>> = { ok: false };
    await act(async () => {
      r = await ws.result.current.importJSON(file);
    });
    expect(r.ok).toBe(true);
    expect(r.note).toMatch(/1 record of the file could not be read and was left out/);
    expect(r.leftOut).toEqual([expect.stringMatching(/^articles\[1\] \("b9"\): articles\[1\]\.published: "2020-02-30" is not a real YYYY-MM-DD date/)]);
    expect(ws.result.current.articles.map((a) => a.id)).toEqual(['a9']);
    ws.unmount();
  });

  it('re-imports its own export without asking, since nothing there differs', async () => {
    const ws = await open(`ws-${db++}`);
    await act(async () => {
      await ws.result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    let r: Awaited<ReturnType<WorkspaceApi['importJSON']>> = { ok: false };
    await act(async () => {
      r = await ws.result.current.importJSON(ws.result.current.exportJSON());
    });
    expect(r).toEqual({ ok: true });
    expect(ws.result.current.articles).toHaveLength(1);
    ws.unmount();
  });
});

describe('useWorkspace in two tabs', () => {
  it('a change in one tab shows in the other', async () => {
    const name = `ws-${db++}`;
    const one = await open(name);
    const two = await open(name);
    await act(async () => {
      await one.result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    await waitFor(() => expect(two.result.current.articles).toHaveLength(1));
    act(() => two.result.current.removeArticle(two.result.current.articles[0].id));
    await waitFor(() => expect(one.result.current.articles).toHaveLength(0));
    one.unmount();
    two.unmount();
  });
});

describe('useWorkspace storage', () => {
  it('asks the browser to keep its storage once the user corrects something', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
    const { result, unmount } = await open(`ws-${db++}`);
    let id = '';
    await act(async () => {
      id = await result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    expect(persist).not.toHaveBeenCalled();
    act(() => result.current.correct({ kind: 'delete', articleId: id, eventId: 'e1' }));
    act(() => result.current.correct({ kind: 'delete', articleId: id, eventId: 'e2' }));
    await waitFor(() => expect(result.current.corrections).toHaveLength(2));
    expect(persist).toHaveBeenCalledOnce();
    unmount();
  });
});

describe('useWorkspace when storage is full', () => {
  it('says why a save failed, even when the browser gives an empty message', async () => {
    const { WorkspaceStore } = await import('../../../src/features/workspace/store.ts');
    const ws = await open(`ws-${db++}`);
    const put = vi.spyOn(WorkspaceStore.prototype, 'putArticle').mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    let err: unknown;
    await act(async () => {
      await ws.result.current.addArticle({ text: TEXT_A, published: '2020-05-06' }).catch((e: unknown) => (err = e));
    });
    expect((err as Error).message).toBe("Could not save to the browser's storage: the browser's storage for this site is full; export your work, then free space by deleting articles or other sites' data");
    await settle(() => ws.result.current, (w) => !!w.storageError);
    expect(ws.result.current.storageError).toMatch(/storage for this site is full.*The last change was not applied\.$/);
    expect(ws.result.current.storageError).not.toMatch(/\(\)/);
    expect(ws.result.current.articles).toEqual([]);
    put.mockRestore();
    ws.unmount();
  });
});

describe('useWorkspace when an analysis cannot be saved', () => {
  it('keeps the analysis on screen and says it was shown, not lost', async () => {
    const { WorkspaceStore } = await import('../../../src/features/workspace/store.ts');
    const ws = await open(`ws-${db++}`);
    let id = '';
    await act(async () => {
      id = await ws.result.current.addArticle({ text: TEXT_A, published: '2020-05-06' });
    });
    const put = vi.spyOn(WorkspaceStore.prototype, 'putArticle').mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    act(() => ws.result.current.setAnalysis(id, articleA(id).analysis));
    await settle(() => ws.result.current, (w) => !!w.storageError);
    expect(ws.result.current.storageError).toMatch(/storage for this site is full.*The analysis is shown but not saved; it will be computed again after a reload\.$/);
    expect(ws.result.current.articles[0]?.analysis).toEqual(articleA(id).analysis);
    put.mockRestore();
    ws.unmount();
  });
});

describe('storageProblem', () => {
  it('names a full store, an abort and an empty error in words', async () => {
    const { storageProblem } = await import('../../../src/features/workspace/use-workspace.ts');
    expect(storageProblem(new DOMException('', 'QuotaExceededError'))).toMatch(/^the browser's storage for this site is full/);
    expect(storageProblem(Object.assign(new DOMException('', 'AbortError'), { cause: { name: 'QuotaExceededError' } }))).toMatch(/is full/);
    expect(storageProblem(new DOMException('', 'AbortError'))).toBe('the browser stopped the write without a reason (its storage may be full)');
    expect(storageProblem(new DOMException('', 'UnknownError'))).toBe('UnknownError, with no reason given');
    expect(storageProblem(new Error(''))).toBe('Error, with no reason given');
    expect(storageProblem(new DOMException('Version change transaction was aborted', 'AbortError'))).toBe('AbortError: Version change transaction was aborted');
    expect(storageProblem('odd')).toBe('odd');
  });
});
