// @vitest-environment jsdom
// The marker layer is one Tab stop: one marker is tabbable, arrows move to the nearest marker that
// way, Home and End to the ends, and a marker that goes away hands the stop on.
import { afterEach, describe, expect, test } from 'vitest';
import { attachRovingFocus, nextInDirection } from '../../../src/features/map/roving-focus.ts';

describe('nextInDirection', () => {
  const from = { x: 100, y: 100 };
  test('takes the nearest within 45° of the arrow, and something on that side when none is', () => {
    const pts = [
      { x: 160, y: 100 },
      { x: 130, y: 140 },
      { x: 40, y: 100 },
      { x: 100, y: 20 },
    ];
    expect(nextInDirection(from, pts, 'right')).toBe(0);
    expect(nextInDirection(from, pts, 'left')).toBe(2);
    expect(nextInDirection(from, pts, 'up')).toBe(3);
    expect(nextInDirection(from, pts, 'down')).toBe(1);
    expect(nextInDirection(from, [{ x: 110, y: 180 }], 'right')).toBe(0);
    expect(nextInDirection(from, [{ x: 50, y: 100 }], 'right')).toBe(-1);
  });
});

describe('attachRovingFocus', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function pane(xs: [string, number, number][]) {
    const root = document.createElement('div');
    root.className = 'leaflet-container';
    const p = document.createElement('div');
    root.appendChild(p);
    document.body.appendChild(root);
    for (const [id, x, y] of xs) p.appendChild(marker(id, x, y));
    return p;
  }
  function marker(id: string, x: number, y: number) {
    const m = document.createElement('div');
    m.setAttribute('data-rove-id', id);
    m.setAttribute('role', 'button');
    m.getBoundingClientRect = () => ({ left: x - 5, top: y - 5, width: 10, height: 10, right: x + 5, bottom: y + 5, x: x - 5, y: y - 5, toJSON: () => ({}) });
    return m;
  }
  const tabbable = (p: HTMLElement) => [...p.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('data-rove-id'));
  const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  test('exactly one marker is tabbable; arrows, Home and End move focus and the stop', () => {
    const p = pane([
      ['a', 10, 10],
      ['b', 50, 12],
      ['c', 90, 10],
      ['d', 50, 60],
    ]);
    const r = attachRovingFocus(p, '[data-rove-id]');
    expect(tabbable(p)).toHaveLength(1);
    const b = p.querySelector<HTMLElement>('[data-rove-id="b"]')!;
    b.focus();
    expect(tabbable(p)).toEqual(['b']);
    key(b, 'ArrowRight');
    expect(document.activeElement?.getAttribute('data-rove-id')).toBe('c');
    expect(tabbable(p)).toEqual(['c']);
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-rove-id')).toBe('d');
    key(document.activeElement!, 'Home');
    expect(document.activeElement?.getAttribute('data-rove-id')).toBe('a');
    key(document.activeElement!, 'End');
    expect(document.activeElement?.getAttribute('data-rove-id')).toBe('c');
    // Keys it handles do not reach the map (which would pan).
    const ev = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
    r.detach();
  });

  test('markers added later join the group untabbable; a removed active marker hands the stop on', async () => {
    const p = pane([
      ['a', 10, 10],
      ['b', 50, 10],
    ]);
    attachRovingFocus(p, '[data-rove-id]');
    const a = p.querySelector<HTMLElement>('[data-rove-id="a"]')!;
    a.focus();
    p.appendChild(marker('c', 90, 10));
    await Promise.resolve();
    await Promise.resolve();
    expect(tabbable(p)).toEqual(['a']);
    expect(p.querySelector('[data-rove-id="c"]')!.getAttribute('tabindex')).toBe('-1');
    a.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(tabbable(p)).toHaveLength(1);
    // Focus was on the removed marker: it goes to the one nearest where it was.
    expect(document.activeElement?.getAttribute('data-rove-id')).toBe('b');
  });
});
