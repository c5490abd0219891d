// Reduces an HTML document to readable text with plain string scanning: nothing is parsed into a
// DOM or executed, script-like elements are dropped whole, and block boundaries become line breaks.

const DROPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'aside', 'blockquote', 'figure', 'figcaption', 'pre', 'title', 'main', 'nav',
]);
const TAG_NAME = /[a-z][a-z0-9-]*/iy;

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
  // [^<>]: a tag attempt stops at the next '<', so a window of unclosed tags is one scan, not one per tag.
  const tags = text.slice(0, 65536).match(/<\/?(p|div|span|a|br|h[1-6]|article|section|li|table)\b[^<>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

/**
 * One pass over the markup, every search forward from where the last one ended, so a page of
 * unclosed tags ("<a <a <a ...") or an unclosed comment or script costs one scan, not one per tag.
 * As in a browser, a tag, comment or script-like element left open runs to the end of the text.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let i = 0;
  let textFrom = 0;
  const n = html.length;
  const keep = (to: number) => {
    if (to > textFrom) parts.push(html.slice(textFrom, to).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47; /* / */
    TAG_NAME.lastIndex = closing ? lt + 2 : lt + 1;
    const name = TAG_NAME.exec(html)?.[0].toLowerCase();
    if (html.startsWith('<!--', lt)) {
      keep(lt);
      const close = html.indexOf('-->', lt + 4);
      i = textFrom = close < 0 ? n : close + 3;
      continue;
    }
    // "a < b", "<3": a '<' that opens no tag is text.
    if (!name && next !== 33 /* ! */ && next !== 63 /* ? */) {
      i = lt + 1;
      continue;
    }
    keep(lt);
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      i = textFrom = n;
      break;
    }
    i = textFrom = gt + 1;
    if (!name) continue; // <!doctype ...>, <?xml ...?>
    if (BLOCK_ELEMENTS.has(name)) parts.push('\n');
    if (!closing && DROPPED_ELEMENTS.has(name) && html.charCodeAt(gt - 1) !== 47) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = i;
      const m = end.exec(html);
      i = textFrom = m ? m.index + m[0].length : n;
    }
  }
  keep(n);
  return parts
    .join('')
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
