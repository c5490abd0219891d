// Turns the user's text selection inside a rendered article into offsets in the article text,
// for "add an event from the selected sentence". Works for any container whose text nodes, in
// order, spell the article text (highlights may wrap them in elements; nothing else may be added).
import { useCallback, useEffect, useState } from 'react';
import type { Span } from '../../core/index.ts';

/** Offset of (node, offset) counted in characters of the container's text, or -1 when outside it. */
function offsetIn(container: Node, node: Node, offset: number): number {
  if (!container.contains(node)) return -1;
  const doc = container.ownerDocument ?? document;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  // A boundary inside an element counts the text of its children before `offset`.
  const stopAt = node.nodeType === Node.TEXT_NODE ? node : (node.childNodes[offset] ?? null);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return total + offset;
    if (stopAt && (t === stopAt || stopAt.contains(t))) return total;
    if (!stopAt && !node.contains(t) && node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) return total;
    total += t.nodeValue?.length ?? 0;
  }
  return total;
}

/** The selected range as offsets into the container's text; null when empty or not inside it. */
export function selectionSpan(container: Node, range: Range): Span | null {
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  if (start < 0 || end < 0 || end <= start) return null;
  return { start, end };
}

/**
 * The current selection inside the first element matching `selector`, as article offsets.
 * Kept while the user works in a form elsewhere (clicking a button clears the page selection).
 */
export function useTextSelection(selector: string | undefined): [Span | null, () => void] {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    if (!selector) return;
    const onChange = () => {
      const sel = document.getSelection();
      const container = document.querySelector(selector);
      if (!sel || sel.rangeCount === 0 || !container || sel.isCollapsed) return;
      const next = selectionSpan(container, sel.getRangeAt(0));
      if (next) setSpan((old) => (old && old.start === next.start && old.end === next.end ? old : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [selector]);
  const clear = useCallback(() => setSpan(null), []);
  return [span, clear];
}
