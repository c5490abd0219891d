// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectionSpan } from '../../../src/features/workspace/text-selection.ts';

function rendered(): HTMLElement {
  // What a highlighting renderer produces: plain text nodes and marks wrapping some words.
  const div = document.createElement('div');
  div.append('Jets struck ', Object.assign(document.createElement('mark'), { textContent: 'Homs' }), ' on Monday. A raid hit ');
  const m = document.createElement('mark');
  m.append(Object.assign(document.createElement('b'), { textContent: 'Idlib' }));
  div.append(m, '.');
  document.body.append(div);
  return div;
}
const TEXT = 'Jets struck Homs on Monday. A raid hit Idlib.';

describe('selectionSpan', () => {
  it('maps a selection across highlights to offsets in the article text', () => {
    const div = rendered();
    expect(div.textContent).toBe(TEXT);
    const r = document.createRange();
    r.setStart(div.childNodes[0], 5); // "struck"
    r.setEnd(div.childNodes[2], 3); // " on"
    const s = selectionSpan(div, r)!;
    expect(TEXT.slice(s.start, s.end)).toBe('struck Homs on');
    const r2 = document.createRange();
    r2.setStart(div.childNodes[2], 12);
    r2.setEnd(div.querySelector('b')!.firstChild!, 5);
    const s2 = selectionSpan(div, r2)!;
    expect(TEXT.slice(s2.start, s2.end)).toBe('A raid hit Idlib');
  });

  it('handles boundaries set on elements rather than text nodes', () => {
    const div = rendered();
    const r = document.createRange();
    r.setStart(div, 1); // before the first mark
    r.setEnd(div, 2); // after it
    const s = selectionSpan(div, r)!;
    expect(TEXT.slice(s.start, s.end)).toBe('Homs');
  });

  it('returns null outside the container or for an empty selection', () => {
    const div = rendered();
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(other);
    const r = document.createRange();
    r.setStart(other.firstChild!, 0);
    r.setEnd(other.firstChild!, 4);
    expect(selectionSpan(div, r)).toBeNull();
    const c = document.createRange();
    c.setStart(div.childNodes[0], 3);
    c.setEnd(div.childNodes[0], 3);
    expect(selectionSpan(div, c)).toBeNull();
  });
});
