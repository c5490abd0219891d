// Keeps the article being typed, so a reload, a crash or a closed tab does not lose a paste that was
// not analysed yet. Local to this browser, like everything else. Two copies: localStorage, read
// synchronously so the form opens with the draft in it; and IndexedDB, which is on disk as soon as
// its write completes, where Chromium writes localStorage to disk only every few seconds (a browser
// killed up to ~10 s after typing lost the draft; measured with test/e2e/robust.e2e.ts).
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { MAX_CHARS } from './input-limits.ts';

export interface Draft {
  text: string;
  published: string;
  title: string;
  sourceUrl: string;
}

/** A draft with when it was saved (ms since 1970), to tell the newer of the two copies. */
export interface SavedDraft extends Draft {
  savedAt: number;
}

const KEY = 'dateline:draft';
/** localStorage holds about 5 MB of UTF-16; larger drafts are not kept there rather than half kept. */
export const MAX_DRAFT_CHARS = 2_000_000;
const DB_NAME = 'dateline-draft';
const STORE = 'draft';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some privacy modes throw on access.
    return null;
  }
}

/** A stored value as a draft, or null when it is none (or holds nothing worth restoring). */
function asDraft(v: unknown): SavedDraft | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Partial<Record<keyof SavedDraft, unknown>>;
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  const draft = { text: str(d.text), published: str(d.published), title: str(d.title), sourceUrl: str(d.sourceUrl), savedAt: typeof d.savedAt === 'number' && Number.isFinite(d.savedAt) ? d.savedAt : 0 };
  return draft.text.trim() || draft.title.trim() ? draft : null;
}

/** The localStorage copy, synchronously: what the form opens with. */
export function loadDraft(): SavedDraft | null {
  try {
    const raw = storage()?.getItem(KEY);
    return raw ? asDraft(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

let db: Promise<IDBPDatabase | null> | null = null;
function durable(): Promise<IDBPDatabase | null> {
  db ??= typeof indexedDB === 'undefined'
    ? Promise.resolve(null)
    : openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE) }).catch(() => null);
  return db;
}
// Writes run one after another, so a clear never lands before the save it follows.
let writes: Promise<unknown> = Promise.resolve();
function write(op: (d: IDBPDatabase) => Promise<unknown>): Promise<void> {
  const next = writes.then(async () => {
    const d = await durable();
    if (d) await op(d);
  }).catch(() => undefined);
  writes = next;
  return next;
}

/** The IndexedDB copy: newer than loadDraft's when the browser died before writing localStorage out. */
export async function loadDurableDraft(): Promise<SavedDraft | null> {
  try {
    await writes;
    const d = await durable();
    return d ? asDraft(await d.get(STORE, KEY)) : null;
  } catch {
    return null;
  }
}

/**
 * Saves the draft in both copies; returns false when localStorage could not keep it (too large, or
 * refused: then it is removed there, and only IndexedDB, which holds more, keeps it).
 */
export function saveDraft(d: Draft, savedAt = Date.now()): boolean {
  const empty = !d.text.trim() && !d.title.trim();
  if (empty) void write((x) => x.delete(STORE, KEY));
  else if (d.text.length <= MAX_CHARS) void write((x) => x.put(STORE, { ...d, savedAt }, KEY));
  const s = storage();
  if (!s) return false;
  try {
    if (empty) {
      s.removeItem(KEY);
      return true;
    }
    if (d.text.length > MAX_DRAFT_CHARS) {
      s.removeItem(KEY);
      return false;
    }
    s.setItem(KEY, JSON.stringify({ ...d, savedAt }));
    return true;
  } catch {
    try {
      s.removeItem(KEY);
    } catch {
      // Nothing more can be done; the form still works.
    }
    return false;
  }
}

export function clearDraft(): void {
  void write((x) => x.delete(STORE, KEY));
  try {
    storage()?.removeItem(KEY);
  } catch {
    // As above.
  }
}
