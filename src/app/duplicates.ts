// Finds an article already in the workspace with the same text (by a hash of its words, so a
// re-saved file with other line breaks or spacing still counts), so adding it again is refused
// and said, not stored twice.
import type { WorkspaceArticle } from '../shared/model/workspace.ts';

/** The text as compared: whitespace runs collapsed, typographic quotes made plain, ends trimmed. */
export function normalizeForHash(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
}

/** A 53-bit FNV-1a-style hash of the normalised text, as a base-36 string. */
export function textHash(text: string): string {
  const s = normalizeForHash(text);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return ((h2 >>> 0) * 2 ** 21 + ((h1 >>> 0) & 0x1fffff)).toString(36) + s.length.toString(36);
}

interface Entry {
  id?: string;
  name: string;
  text: string;
}

// Hashes of stored articles, cached by their text (a string does not change).
const cache = new Map<string, string>();
function cachedHash(text: string): string {
  let h = cache.get(text);
  if (h === undefined) {
    if (cache.size > 5_000) cache.clear();
    h = textHash(text);
    cache.set(text, h);
  }
  return h;
}

export class DuplicateIndex {
  private readonly byHash = new Map<string, Entry[]>();

  constructor(articles: readonly Pick<WorkspaceArticle, 'id' | 'text' | 'title'>[]) {
    for (const a of articles) this.add({ id: a.id, text: a.text, name: a.title?.trim() || a.text.trim().split('\n', 1)[0]!.slice(0, 80) || '(untitled)' });
  }

  add(e: Entry): void {
    const h = cachedHash(e.text);
    const list = this.byHash.get(h);
    if (list) list.push(e);
    else this.byHash.set(h, [e]);
  }

  /** An article with the same text, if any (hash match confirmed on the normalised words). */
  find(text: string): Entry | undefined {
    const list = this.byHash.get(textHash(text));
    if (!list) return undefined;
    const norm = normalizeForHash(text);
    return list.find((e) => normalizeForHash(e.text) === norm);
  }
}
