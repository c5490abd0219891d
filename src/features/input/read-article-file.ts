// Opens a dropped or chosen file as article text: .txt and .md as they are, .html reduced to its
// text; binary files, unknown kinds and oversized files are refused with a message.
import { looksBinary } from './check-text.ts';
import { htmlToText, looksLikeHtmlDocument } from './html-to-text.ts';
import { formatBytes, formatChars, MAX_CHARS, MAX_FILE_BYTES, MAX_HTML_BYTES, tooLargeMessage } from './input-limits.ts';

export type FileRead =
  | { ok: true; text: string; title?: string; note?: string }
  | { ok: false; error: string };

const TEXT_EXT = /\.(txt|text|md|markdown)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('the file could not be read'));
    r.readAsArrayBuffer(file);
  });
}

const htmlTooLarge = (name: string, bytes: number) =>
  `"${name}" is ${formatBytes(bytes)} of HTML; Dateline opens HTML files up to ${formatBytes(MAX_HTML_BYTES)}, since their markup is read in this tab. Save the article's text (or copy and paste it) and try again.`;

export async function readArticleFile(file: File): Promise<FileRead> {
  const name = file.name || 'the file';
  const isHtml = HTML_EXT.test(name) || file.type === 'text/html';
  const isText = TEXT_EXT.test(name) || file.type === 'text/plain' || file.type === 'text/markdown';
  if (!isHtml && !isText) {
    return { ok: false, error: `"${name}" is not a .txt, .md or .html file. Save the article as text or HTML, or paste it.` };
  }
  if (file.size === 0) return { ok: false, error: `"${name}" is empty.` };
  // Refused by size before a byte is read: reading and parsing 38 MB of HTML froze the page for seconds.
  if (isHtml && file.size > MAX_HTML_BYTES) return { ok: false, error: htmlTooLarge(name, file.size) };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: `"${name}" is ${formatBytes(file.size)}, more text than the ${formatChars(MAX_CHARS)} Dateline takes per article. Split it into separate articles.` };
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(file);
  } catch (e) {
    return { ok: false, error: `"${name}" could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
  // A byte-order mark names UTF-16 (Windows Notepad's "Unicode"): its text is full of NUL bytes,
  // which are not binary there. The CLI reads such files too.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.subarray(0, 65_536).includes(0)) {
    return { ok: false, error: `"${name}" holds binary data, not text (is it a PDF, an image or a Word file?).` };
  }
  let raw: string;
  try {
    raw = utf16 ? new TextDecoder(utf16, { fatal: true }).decode(bytes) : new TextDecoder('utf-8').decode(bytes);
  } catch {
    return { ok: false, error: `"${name}" starts like UTF-16 text but does not decode as it; save it as UTF-8 and try again.` };
  }
  if (looksBinary(raw)) return { ok: false, error: `"${name}" does not decode as UTF-8 text; save it as UTF-8 and try again.` };
  if (isHtml || looksLikeHtmlDocument(raw)) {
    if (bytes.length > MAX_HTML_BYTES) return { ok: false, error: htmlTooLarge(name, bytes.length) };
    const html = htmlToText(raw);
    if (html.text.length > MAX_CHARS) return { ok: false, error: tooLargeMessage(html.text.length) };
    if (html.text.trim().length === 0) return { ok: false, error: `"${name}" has no readable text once its markup is removed.` };
    const removed = html.removedScripts > 0 ? ` ${html.removedScripts} script${html.removedScripts === 1 ? ' was' : 's were'} removed and never run.` : '';
    return { ok: true, text: html.text, ...(html.title ? { title: html.title } : {}), note: `Read "${name}" as HTML: only its text was kept.${removed}` };
  }
  if (raw.length > MAX_CHARS) return { ok: false, error: tooLargeMessage(raw.length) };
  return { ok: true, text: raw.replace(/^\uFEFF/, '') };
}
