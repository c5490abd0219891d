// Whether this page may load online map tiles. The page's Content-Security-Policy (index.html)
// allows images from the one tile host and nowhere else on the internet; unless the user turned
// tiles on, a second, stricter policy is added at start-up that allows no online image at all.
// A policy can be tightened but never loosened in a loaded page, so turning tiles on reloads it.

export const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** The tiles' origin: the only one outside this app the page may reach, and only once allowed. */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';
const KEY = 'dateline:online-tiles';
const OFFLINE_IMAGES = "img-src 'self' data: blob:";

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** True when the user turned tiles on in this tab (the choice lasts until the tab is closed). */
export function tilesAllowed(): boolean {
  return session()?.getItem(KEY) === 'on';
}

/** Adds the policy that allows no online image; once added, it holds until the page is reloaded. */
export function lockOutTiles(doc: Document = document): void {
  if (doc.querySelector('meta[data-dateline-offline-images]')) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = OFFLINE_IMAGES;
  meta.dataset.datelineOfflineImages = '';
  doc.head.append(meta);
}

/** Called at start-up, before anything renders: no online image unless tiles are on. */
export function applyTilePolicy(doc: Document = document): void {
  if (!tilesAllowed()) lockOutTiles(doc);
}

/** Turns tiles on: remembered for this tab, and the page reloads without the stricter policy. */
export function allowTilesAndReload(): void {
  const s = session();
  if (!s) return;
  s.setItem(KEY, 'on');
  location.reload();
}

/** Turns tiles off: forgotten, and the stricter policy applies from now on. */
export function forbidTiles(doc: Document = document): void {
  session()?.removeItem(KEY);
  lockOutTiles(doc);
}
