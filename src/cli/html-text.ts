// Reduces an HTML document to readable text with plain string scanning: nothing is parsed into a
// DOM or executed, script-like elements are dropped whole, and block boundaries become line breaks.

const DROPPED_ELEMENTS = /<(script|style|noscript|template|svg|head|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG = /<\/?(p|div|br|hr|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|aside|blockquote|figure|figcaption|pre|title|main|nav)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab',
  raquo: '\u00bb', middot: '\u00b7', deg: '\u00b0', copy: '\u00a9', eacute: '\u00e9', egrave: '\u00e8',
  aacute: '\u00e1', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7',
  auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', szlig: '\u00df',
};

/** True when the text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body)\b/.test(head)) return true;
  if (!head.startsWith('<')) return false;
  const tags = text.slice(0, 65536).match(/<\/?(p|div|span|a|br|h[1-6]|article|section|li|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED_ELEMENTS, '')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Controls and lone surrogates would smuggle binary back into the text.
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code < 0x20 && code !== 0x0a && code !== 0x09)) return '';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}
