// What an imported workspace file does to the workspace already here when both hold an article
// with the same id but different words: the person chooses (replace theirs, keep both, skip the
// file's), and nothing is replaced without asking. Pure; use-workspace.ts stores the result.
import { namesTwoEvents, type Correction, type DuplicateChoice, type WorkspaceArticle } from '../../shared/model/workspace.ts';

/** Articles of the file whose id is taken here by an article with other words, date, title or source. */
export function duplicateArticles(existing: readonly WorkspaceArticle[], incoming: readonly WorkspaceArticle[]): WorkspaceArticle[] {
  const here = new Map(existing.map((a) => [a.id, a]));
  return incoming.filter((a) => {
    const old = here.get(a.id);
    return old !== undefined && (old.text !== a.text || old.published !== a.published || old.title !== a.title || old.sourceUrl !== a.sourceUrl);
  });
}

export interface MergePlan {
  articles: WorkspaceArticle[];
  corrections: Correction[];
  /** How many of the file's articles were left out (skip) or given new ids (keep both). */
  skipped: number;
  renamed: number;
}

/**
 * The articles and corrections to store. `replace`: the file's versions win (as before). `skip`:
 * the file's duplicates and every correction touching them are left out. `keep-both`: each
 * duplicate gets a new id, and its corrections follow it under new ids of their own (the same
 * correction may already be here, for the article it was made on).
 */
export function planImport(
  existing: readonly WorkspaceArticle[],
  file: { articles: readonly WorkspaceArticle[]; corrections: readonly Correction[] },
  choice: DuplicateChoice,
  newId: (prefix: string) => string,
): MergePlan {
  const dupes = new Set(duplicateArticles(existing, file.articles).map((a) => a.id));
  if (dupes.size === 0 || choice === 'replace') return { articles: [...file.articles], corrections: [...file.corrections], skipped: 0, renamed: 0 };
  const touches = (c: Correction) => dupes.has(c.articleId) || (namesTwoEvents(c) && dupes.has(c.otherArticleId));
  if (choice === 'skip') {
    return {
      articles: file.articles.filter((a) => !dupes.has(a.id)),
      corrections: file.corrections.filter((c) => !touches(c)),
      skipped: dupes.size,
      renamed: 0,
    };
  }
  const renamed = new Map([...dupes].map((id) => [id, newId('a')]));
  const to = (id: string) => renamed.get(id) ?? id;
  return {
    articles: file.articles.map((a) => (renamed.has(a.id) ? { ...a, id: to(a.id) } : a)),
    corrections: file.corrections.map((c) => {
      if (!touches(c)) return c;
      const moved = { ...c, id: newId('c'), articleId: to(c.articleId) };
      return namesTwoEvents(moved) ? { ...moved, otherArticleId: to(moved.otherArticleId) } : moved;
    }),
    skipped: 0,
    renamed: renamed.size,
  };
}
