// The Dateline workspace file: a versioned JSON snapshot of articles (with their analyses) and
// corrections that imports back without loss.
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';
import { FILE_FORMAT, FILE_VERSION } from './validate-file.ts';
import type { WorkspaceFile } from './validate-file.ts';
import { jsonParts } from './json-parts.ts';

function workspaceFile(articles: readonly WorkspaceArticle[], corrections: readonly Correction[], exportedAt: string): WorkspaceFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, exportedAt, articles: [...articles], corrections: [...corrections] };
}

/** The file as one string: for a workspace whose file fits in one (see serializeWorkspaceParts). */
export function serializeWorkspace(
  articles: readonly WorkspaceArticle[],
  corrections: readonly Correction[],
  exportedAt: string,
): string {
  return JSON.stringify(workspaceFile(articles, corrections, exportedAt), null, 1);
}

/** The same file in parts for a Blob: any size of workspace, past the longest string V8 can make. */
export function serializeWorkspaceParts(
  articles: readonly WorkspaceArticle[],
  corrections: readonly Correction[],
  exportedAt: string,
): string[] {
  return jsonParts(workspaceFile(articles, corrections, exportedAt), 1);
}
