// Opens a workspace that a link carries in its fragment (#ws=...): once the stored workspace is
// read back, its articles and corrections go through the same validation and store as an
// imported file, the fragment is taken out of the address (a reload must not import it again
// over later changes), and the user is told what arrived or why it could not be read.
import { useEffect, useRef, useState } from 'react';
import { decodeWorkspaceLink, linkPayload } from '../features/share/workspace-link.ts';
import { FILE_FORMAT, FILE_VERSION } from '../features/workspace/validate-file.ts';
import type { WorkspaceApi } from '../shared/model/workspace.ts';

export interface LinkedWorkspaceState {
  /** The page was opened with a workspace in its link. */
  carriesWorkspace: boolean;
  /** Still being unpacked and stored. */
  loading: boolean;
  message: string | null;
}

export function useLinkedWorkspace(ws: Pick<WorkspaceApi, 'ready' | 'importJSON'>): LinkedWorkspaceState {
  const [payload] = useState(() => (typeof location === 'undefined' ? null : linkPayload(location.hash)));
  const [state, setState] = useState<LinkedWorkspaceState>({ carriesWorkspace: payload !== null, loading: payload !== null, message: null });
  const started = useRef(false);

  useEffect(() => {
    if (!payload || !ws.ready || started.current) return;
    started.current = true;
    void (async () => {
      const decoded = await decodeWorkspaceLink(payload);
      let message: string;
      if (!decoded.ok) message = decoded.error;
      else {
        const { articles, corrections } = decoded.workspace;
        const r = await ws.importJSON(JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: new Date().toISOString(), articles, corrections }));
        message = r.ok
          ? `Opened ${articles.length} article${articles.length === 1 ? '' : 's'}${corrections.length ? ` and ${corrections.length} correction${corrections.length === 1 ? '' : 's'}` : ''} from the link; they are analysed here and kept in this browser.`
          : `The workspace in this link could not be opened: ${r.error ?? 'it did not pass the checks'}`;
      }
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      } catch {
        // The address stays as it was; the import is by id, so a reload only replaces the same articles.
      }
      setState({ carriesWorkspace: true, loading: false, message });
    })();
  }, [payload, ws]);

  return state;
}
