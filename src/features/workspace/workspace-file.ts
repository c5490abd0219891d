// The Dateline workspace file: a versioned JSON snapshot of articles (with their analyses) and
// corrections that imports back without loss.
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';
import { FILE_FORMAT, FILE_VERSION } from './validate-file.ts';
import type { WorkspaceFile } from './validate-file.ts';

export function serializeWorkspace(
  articles: readonly WorkspaceArticle[],
  corrections: readonly Correction[],
  exportedAt: string,
): string {
  const file: WorkspaceFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt,
    articles: [...articles],
    corrections: [...corrections],
  };
  return JSON.stringify(file, null, 1);
}
