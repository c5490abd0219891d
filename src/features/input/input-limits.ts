// How much text one article may be: past this, pasting or opening is refused with a message,
// so neither the page nor the engine is handed more than it can work through in seconds.
export const MAX_CHARS = 10_000_000;
/**
 * Past this a browser's textarea takes seconds per keystroke (measured: about 1.6 s per key at
 * 5 MB in Chromium), so longer texts are kept aside, shown as a read-only start, and analysed whole.
 */
export const EDIT_LIMIT = 200_000;
/** How much of a long text the read-only box shows. */
export const PREVIEW_CHARS = 20_000;
/**
 * A text file larger than this cannot decode to MAX_CHARS characters or fewer (UTF-8 takes at most
 * three bytes per UTF-16 unit), so it is refused by its size, before it is read.
 */
export const MAX_FILE_BYTES = 3 * MAX_CHARS;
/**
 * HTML is parsed in this tab (the browser's own parser, which workers lack): about 0.3 s per MB on
 * a slow machine, so past this a page would freeze for seconds. Refused by its size, unread.
 */
export const MAX_HTML_BYTES = 10_000_000;

export function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1_000))} KB`;
}

export function formatChars(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} million characters`;
  if (n >= 1_000) return `${Math.round(n / 1_000)} thousand characters`;
  return `${n} characters`;
}

export const tooLargeMessage = (n: number) =>
  `This text is ${formatChars(n)}; Dateline takes up to ${formatChars(MAX_CHARS)} per article. Split it into separate articles.`;
