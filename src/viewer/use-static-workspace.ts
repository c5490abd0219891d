// A read-only WorkspaceApi over the articles and corrections a saved map carries: the dashboard
// draws it like the app's, and every change is refused (a saved map is a record, not a workspace).
import { useMemo } from 'react';
import { applyCorrectionsDetailed } from '../features/workspace/apply-corrections.ts';
import type { WorkspaceFile } from '../features/workspace/validate-file.ts';
import type { WorkspaceApi } from '../shared/model/workspace.ts';

const readOnly = () => {
  throw new Error('A saved map is read-only: open it in Dateline (import its workspace) to change it.');
};

export function useStaticWorkspace(file: WorkspaceFile): WorkspaceApi {
  return useMemo(() => {
    const applied = applyCorrectionsDetailed(file.articles, file.corrections);
    return {
      ready: true,
      articles: file.articles,
      corrections: file.corrections,
      events: applied.events,
      orphans: applied.orphans,
      addArticle: async () => readOnly(),
      setAnalysis: () => {},
      removeArticle: readOnly,
      canUndo: false,
      undoRemove: readOnly,
      correct: readOnly,
      revertCorrection: readOnly,
      exportJSON: () => JSON.stringify(file),
      importJSON: async () => ({ ok: false, error: 'A saved map is read-only.' }),
    };
  }, [file]);
}
