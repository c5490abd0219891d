// Sharing the workspace: a saved map (one HTML file that opens anywhere, offline) and a link that
// carries a small workspace in its fragment. Messages sit right under the buttons.
import { useEffect, useRef, useState } from 'react';
import type { WorkspaceApi } from '../../shared/model/workspace.ts';
import { downloadText } from '../../shared/ui/download.ts';
import { fetchViewer, fillViewer, savedMapName } from './save-map.ts';
import { encodeWorkspaceLink } from './workspace-link.ts';
import '../../shared/ui/panel-buttons.css';
import './SharePanel.css';

export interface SharePanelProps {
  workspace: Pick<WorkspaceApi, 'ready' | 'articles' | 'corrections'>;
  /** The app's base URL, where the viewer page is served. */
  base?: string;
}

type Message = { ok: boolean; text: string; link?: string };

export function SharePanel({ workspace: ws, base = import.meta.env.BASE_URL }: SharePanelProps) {
  const [message, setMessage] = useState<Message | null>(null);
  const [working, setWorking] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  // The drawer scrolls: a message below its fold would be no message at all.
  useEffect(() => {
    if (message) messageRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);

  const saveMap = async () => {
    setWorking(true);
    setMessage(null);
    try {
      const pending = ws.articles.filter((a) => !a.analysis).length;
      const now = new Date().toISOString();
      const html = fillViewer(await fetchViewer(base), { format: 'dateline-workspace', version: 1, exportedAt: now, articles: ws.articles, corrections: ws.corrections });
      downloadText(savedMapName(now.slice(0, 10)), html, 'text/html');
      const kb = Math.round(html.length / 1024);
      setMessage({
        ok: true,
        text: `Saved ${savedMapName(now.slice(0, 10))} (${kb.toLocaleString('en')} KB): it opens in any browser, from disk, with no network.${pending ? ` ${pending} article${pending === 1 ? ' is' : 's are'} not analysed yet and show no events in it.` : ''}`,
      });
    } catch (e) {
      setMessage({ ok: false, text: `The map could not be saved: ${e instanceof Error ? e.message : String(e)}.` });
    } finally {
      setWorking(false);
    }
  };

  const copyLink = async () => {
    setMessage(null);
    const r = await encodeWorkspaceLink(ws.articles, ws.corrections);
    if (!r.ok) {
      setMessage({ ok: false, text: r.error });
      return;
    }
    const link = `${location.origin}${location.pathname}${location.search}#${r.fragment}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No clipboard permission (or not a secure context): the link is shown to copy by hand.
    }
    setMessage({ ok: true, text: `${copied ? 'Copied a link' : 'A link'} (${link.length.toLocaleString('en')} characters) that opens this workspace in another browser; the articles travel inside the link, never through a server.`, link });
  };

  return (
    <section className="share-panel panel-buttons" aria-labelledby="share-title">
      <h2 id="share-title">Share</h2>
      <div className="row">
        <button type="button" onClick={() => void saveMap()} disabled={!ws.ready || working || ws.articles.length === 0}>
          Save map as file
        </button>
        <button type="button" onClick={() => void copyLink()} disabled={!ws.ready || ws.articles.length === 0}>
          Copy link with workspace
        </button>
      </div>
      {message && (
        <div role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'error'} ref={messageRef}>
          <p>{message.text}</p>
          {message.link && <input className="share-panel__link" readOnly value={message.link} aria-label="Workspace link" onFocus={(e) => e.currentTarget.select()} />}
        </div>
      )}
    </section>
  );
}
