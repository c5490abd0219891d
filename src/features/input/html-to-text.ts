// Reduces an HTML document to its readable text. DOMParser builds an inert document (its
// scripts never run, its images never load); script, style and other non-text elements are
// dropped and block elements become paragraph breaks, so sentences stay apart.
export interface HtmlText {
  text: string;
  title?: string;
  /** How many script-like elements were removed (shown to the user as a note). */
  removedScripts: number;
}

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, head, nav, form, button, select';
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'PRE', 'ADDRESS', 'HR', 'TIME',
]);

export function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 4096));
}

const TAG_START = /<[a-z]/gi;
const HANDLER = /([\s/"'])on([a-z]+\s*=)/gi;

/**
 * Renames on*= attributes before parsing. The parsed document never runs them anyway, but
 * Chromium still checks them against the page's Content-Security-Policy and logs a violation
 * for every one; only text is kept, so nothing is lost. One pass: each tag is found from where
 * the last one ended, and a tag left open runs to the end (a regex over the whole text per tag
 * made 192 KB of unclosed tags take 6.6 s on the main thread).
 */
export function disarmHandlers(html: string): string {
  const out: string[] = [];
  let from = 0;
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(html); m; m = TAG_START.exec(html)) {
    const gt = html.indexOf('>', m.index + 2);
    const end = gt < 0 ? html.length : gt;
    out.push(html.slice(from, m.index + 2), html.slice(m.index + 2, end).replace(HANDLER, '$1data-dateline-removed-$2'));
    from = end;
    TAG_START.lastIndex = end;
  }
  out.push(html.slice(from));
  return out.join('');
}

export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(disarmHandlers(html), 'text/html');
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const removedScripts = doc.querySelectorAll('script, noscript, iframe, object, embed').length;
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') { parts.push('\n'); return; }
    const block = BLOCK.has(el.tagName);
    if (block) parts.push('\n\n');
    // PRE keeps its own line breaks.
    if (el.tagName === 'PRE') parts.push(el.textContent ?? '');
    else el.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  if (doc.body) walk(doc.body);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...(title ? { title } : {}), removedScripts };
}
