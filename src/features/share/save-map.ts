// "Save map as file": one self-contained HTML file holding the workspace (articles, analyses,
// corrections) and a read-only viewer of it: map with the embedded basemap, timeline, list and
// excerpts. The viewer page is built once with all its script and style inlined and a CSP that
// allows only that script (by hash) and no network; here the workspace is put into its data
// block. The file opens from disk with no server, and nothing in it can reach the network.
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';

/** Where the built viewer page is served, beside the app. */
export const VIEWER_PATH = 'dateline-viewer.html';
/** The viewer's empty data block, as the build leaves it; the saved file fills it. */
export const DATA_MARKER = '__DATELINE' + '_WORKSPACE__';
const DATA_BLOCK = `<script type="application/json" id="dateline-workspace">${DATA_MARKER}</script>`;

/**
 * JSON made safe to sit inside a <script> element: every "<" becomes \u003c, so no text of an
 * article ("</script>", "<!--") can end the element or open a comment. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface SavedMapData {
  format: 'dateline-workspace';
  version: number;
  exportedAt: string;
  articles: readonly WorkspaceArticle[];
  corrections: readonly Correction[];
}

/** The viewer page with the workspace in its data block; throws when the page is not the viewer. */
export function fillViewer(template: string, data: SavedMapData): string {
  const at = template.indexOf(DATA_BLOCK);
  if (at < 0 || template.indexOf(DATA_BLOCK, at + 1) >= 0) throw new Error('the viewer page has no single data block (is the app built with `npm run build`?)');
  return `${template.slice(0, at)}<script type="application/json" id="dateline-workspace">${scriptSafeJson(data)}</script>${template.slice(at + DATA_BLOCK.length)}`;
}

/** Fetches the viewer page from the app's own origin (no other network is involved). */
export async function fetchViewer(base: string): Promise<string> {
  let r: Response;
  try {
    r = await fetch(`${base}${VIEWER_PATH}`, { cache: 'no-cache' });
  } catch (e) {
    throw new Error(`the map viewer could not be loaded from this app (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!r.ok) throw new Error(`the map viewer is missing from this app (HTTP ${r.status}); rebuild it with \`npm run build\``);
  return r.text();
}

/** A file name for the saved map: the date it was saved. */
export function savedMapName(day: string): string {
  return `dateline-map-${day}.html`;
}
