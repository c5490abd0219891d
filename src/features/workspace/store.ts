// The workspace's persistence in the browser's IndexedDB (through `idb`): articles, corrections
// and a trash that makes deleting an article undoable. Every multi-record change is one
// transaction, so a crash mid-way leaves either the old or the new state, never half of each.
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';

export const DB_NAME = 'dateline';
const DB_VERSION = 1;
/** How many deletions can be undone; older ones are forgotten for good. */
export const TRASH_LIMIT = 20;

export interface TrashEntry {
  id: string;
  /** ISO timestamp of the deletion. */
  removedAt: string;
  article: WorkspaceArticle;
  corrections: Correction[];
}

interface WorkspaceDB extends DBSchema {
  articles: { key: string; value: WorkspaceArticle };
  corrections: { key: string; value: Correction; indexes: { byArticle: string } };
  trash: { key: string; value: TrashEntry; indexes: { byTime: string } };
}

export interface WorkspaceSnapshot {
  articles: WorkspaceArticle[];
  corrections: Correction[];
  trash: TrashEntry[];
}

const byAdded = (a: WorkspaceArticle, b: WorkspaceArticle) =>
  a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const byRemoved = (a: TrashEntry, b: TrashEntry) => (a.removedAt < b.removedAt ? -1 : a.removedAt > b.removedAt ? 1 : 0);

export class WorkspaceStore {
  private constructor(private readonly db: IDBPDatabase<WorkspaceDB>) {}

  /**
   * Opens (or creates) the store. `onLost` is told when this connection can no longer be used:
   * a newer Dateline in another tab needs to upgrade it, or the browser closed it (storage cleared).
   */
  static async open(name: string = DB_NAME, onLost?: (message: string) => void): Promise<WorkspaceStore> {
    const db: IDBPDatabase<WorkspaceDB> = await openDB<WorkspaceDB>(name, DB_VERSION, {
      blocking() {
        db.close();
        onLost?.('A newer Dateline was opened in another tab and needs the workspace store: reload this tab to keep working.');
      },
      terminated() {
        onLost?.('The browser closed the workspace store (was site data cleared?): reload to keep working; export first if you can.');
      },
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' });
        const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
        corrections.createIndex('byArticle', 'articleId');
        const trash = db.createObjectStore('trash', { keyPath: 'id' });
        trash.createIndex('byTime', 'removedAt');
      },
    });
    return new WorkspaceStore(db);
  }

  close(): void {
    this.db.close();
  }

  async load(): Promise<WorkspaceSnapshot> {
    const tx = this.db.transaction(['articles', 'corrections', 'trash'], 'readonly');
    const [articles, corrections, trash] = await Promise.all([
      tx.objectStore('articles').getAll(),
      tx.objectStore('corrections').getAll(),
      tx.objectStore('trash').getAll(),
      tx.done,
    ]);
    return { articles: articles.sort(byAdded), corrections, trash: trash.sort(byRemoved) };
  }

  async putArticle(article: WorkspaceArticle): Promise<void> {
    await this.db.put('articles', article);
  }

  async putCorrection(c: Correction): Promise<void> {
    await this.db.put('corrections', c);
  }

  async deleteCorrection(id: string): Promise<void> {
    await this.db.delete('corrections', id);
  }

  /** Moves an article and its corrections to the trash in one step; returns the trash entry. */
  async trashArticle(id: string, removedAt: string): Promise<TrashEntry | undefined> {
    const tx = this.db.transaction(['articles', 'corrections', 'trash'], 'readwrite');
    const article = await tx.objectStore('articles').get(id);
    if (!article) {
      await tx.done;
      return undefined;
    }
    const corrections = await tx.objectStore('corrections').index('byArticle').getAll(id);
    const entry: TrashEntry = { id: `trash-${id}-${removedAt}`, removedAt, article, corrections };
    await tx.objectStore('trash').put(entry);
    await tx.objectStore('articles').delete(id);
    for (const c of corrections) await tx.objectStore('corrections').delete(c.id);
    const all = await tx.objectStore('trash').index('byTime').getAllKeys();
    for (const key of all.slice(0, Math.max(0, all.length - TRASH_LIMIT))) await tx.objectStore('trash').delete(key);
    await tx.done;
    return entry;
  }

  /** Puts a trashed article and its corrections back; returns what was restored. */
  async restore(trashId: string): Promise<TrashEntry | undefined> {
    const tx = this.db.transaction(['articles', 'corrections', 'trash'], 'readwrite');
    const entry = await tx.objectStore('trash').get(trashId);
    if (entry) {
      await tx.objectStore('articles').put(entry.article);
      for (const c of entry.corrections) await tx.objectStore('corrections').put(c);
      await tx.objectStore('trash').delete(trashId);
    }
    await tx.done;
    return entry;
  }

  /** Adds or replaces many records at once (an import): all of them land, or none. */
  async upsertMany(articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): Promise<void> {
    const tx = this.db.transaction(['articles', 'corrections'], 'readwrite');
    for (const a of articles) await tx.objectStore('articles').put(a);
    for (const c of corrections) await tx.objectStore('corrections').put(c);
    await tx.done;
  }
}
