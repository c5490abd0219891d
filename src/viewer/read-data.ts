// Reads the workspace a saved map carries in its data block, through the same validation as an
// imported file (a saved file can be edited by anyone before it is opened).
import { parseWorkspaceFile, type WorkspaceFile } from '../features/workspace/validate-file.ts';

export type SavedData = { ok: true; file: WorkspaceFile } | { ok: false; error: string };

export function readSavedData(doc: Document): SavedData {
  const block = doc.getElementById('dateline-workspace');
  const text = block?.textContent ?? '';
  if (!block || text.trim() === '__DATELINE' + '_WORKSPACE__') {
    return { ok: false, error: 'This is the empty map viewer: save a map from Dateline ("Save map as file") to get one with events in it.' };
  }
  const parsed = parseWorkspaceFile(text);
  return parsed.ok ? { ok: true, file: parsed.file } : { ok: false, error: parsed.error };
}
