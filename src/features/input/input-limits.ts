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
/** A file this many bytes or larger cannot decode to fewer than MAX_CHARS characters of HTML we would keep. */
export const MAX_FILE_BYTES = 40_000_000;

export function formatChars(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} million characters`;
  if (n >= 1_000) return `${Math.round(n / 1_000)} thousand characters`;
  return `${n} characters`;
}

export const tooLargeMessage = (n: number) =>
  `This text is ${formatChars(n)}; Dateline takes up to ${formatChars(MAX_CHARS)} per article. Split it into separate articles.`;
