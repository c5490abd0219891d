import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { TRASH_LIMIT, WorkspaceStore } from '../../../src/features/workspace/store.ts';
import { articleA, articleB } from './fixtures.ts';

let n = 0;

describe('WorkspaceStore', () => {
  it('moves an article and its corrections to the trash in one step and restores them', async () => {
    const store = await WorkspaceStore.open(`store-${n++}`);
    await store.putArticle(articleA());
    await store.putArticle(articleB());
    await store.putCorrection({ id: 'c1', articleId: 'a1', eventId: 'e1', at: 'x', kind: 'delete' });
    await store.putCorrection({ id: 'c2', articleId: 'b1', eventId: 'e1', at: 'y', kind: 'delete' });
    const entry = await store.trashArticle('a1', '2026-01-01T00:00:00.000Z');
    expect(entry?.corrections.map((c) => c.id)).toEqual(['c1']);
    let snap = await store.load();
    expect(snap.articles.map((a) => a.id)).toEqual(['b1']);
    expect(snap.corrections.map((c) => c.id)).toEqual(['c2']);
    expect(snap.trash).toHaveLength(1);
    await store.restore(entry!.id);
    snap = await store.load();
    expect(snap.articles.map((a) => a.id)).toEqual(['a1', 'b1']);
    expect(snap.corrections.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(snap.trash).toEqual([]);
    store.close();
  });

  it(`keeps only the last ${TRASH_LIMIT} deletions`, async () => {
    const store = await WorkspaceStore.open(`store-${n++}`);
    for (let i = 0; i < TRASH_LIMIT + 3; i++) {
      await store.putArticle({ ...articleA(`x${i}`) });
      await store.trashArticle(`x${i}`, `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`);
    }
    const { trash } = await store.load();
    expect(trash).toHaveLength(TRASH_LIMIT);
    expect(trash[0].article.id).toBe('x3');
    store.close();
  });

  it('tells the app when a newer version in another tab needs the store, and lets it upgrade', async () => {
    const name = `store-${n++}`;
    const onLost = vi.fn();
    const store = await WorkspaceStore.open(name, onLost);
    await store.putArticle(articleA());
    const upgraded = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open(name, 2);
      req.onsuccess = () => {
        resolve(req.result.version);
        req.result.close();
      };
      req.onerror = () => reject(req.error);
    });
    expect(upgraded).toBe(2);
    expect(onLost).toHaveBeenCalledWith(expect.stringMatching(/reload this tab/));
  });

  it('an import lands whole', async () => {
    const store = await WorkspaceStore.open(`store-${n++}`);
    await store.upsertMany([articleA(), articleB()], [{ id: 'c1', articleId: 'a1', eventId: 'e1', at: 'x', kind: 'delete' }]);
    const snap = await store.load();
    expect(snap.articles).toEqual([articleA(), articleB()]);
    expect(snap.corrections).toHaveLength(1);
    store.close();
  });
});
