// The map's markers as one stop in the Tab order: a roving tabindex over the marker pane. Exactly one
// marker is tabbable; the arrow keys move focus to the nearest marker in that direction on screen
// (each announced by its name), Home and End to the westernmost and easternmost, and Enter or Space
// act on it (the markers' own handlers). Works on whatever markers the layers put in the pane.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Pt {
  x: number;
  y: number;
}

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The candidate to move to from `from` in a direction (screen coordinates, y down): the nearest whose
 * direction lies within 45° of the arrow, distance across the arrow counting double; failing that,
 * the nearest anywhere on that side. -1 when there is none.
 */
export function nextInDirection(from: Pt, candidates: readonly Pt[], dir: Direction): number {
  let best = -1;
  let bestScore = Infinity;
  let side = -1;
  let sideScore = Infinity;
  candidates.forEach((c, i) => {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (along <= 0.5) return;
    const score = along + 2 * across;
    if (across <= along && score < bestScore) {
      best = i;
      bestScore = score;
    }
    if (score < sideScore) {
      side = i;
      sideScore = score;
    }
  });
  return best >= 0 ? best : side;
}

function centre(el: Element): Pt {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

export interface RovingFocus {
  /** Re-applies the single tab stop after markers were added or removed. */
  refresh(): void;
  detach(): void;
}

/** Makes the items (`selector`) inside `container` one roving tab stop. */
export function attachRovingFocus(container: HTMLElement, selector: string): RovingFocus {
  let activeId: string | null = null;
  let lastPoint: Pt | null = null;
  let hadFocus = false;
  const items = () => Array.from(container.querySelectorAll<HTMLElement>(selector));
  const idOf = (el: Element) => el.getAttribute('data-rove-id');

  function setActive(el: HTMLElement, list: HTMLElement[]): void {
    activeId = idOf(el);
    for (const x of list) {
      const want = x === el ? '0' : '-1';
      if (x.getAttribute('tabindex') !== want) x.setAttribute('tabindex', want);
    }
  }

  function refresh(): void {
    const list = items();
    if (list.length === 0) return;
    let active = activeId ? list.find((x) => idOf(x) === activeId) : undefined;
    const lostFocus = !active && hadFocus && (document.activeElement === document.body || document.activeElement === null);
    if (!active) {
      // The marker that had the stop is gone (the window moved, a cluster opened): the stop goes to
      // the selected marker, else the one nearest where the old one was, else nearest the centre.
      const selected = list.find((x) => x.classList.contains('is-selected'));
      const box = container.closest('.leaflet-container')?.getBoundingClientRect();
      const ref = lastPoint ?? (box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 0, y: 0 });
      active = selected ?? list[nextNearest(ref, list.map(centre))]!;
    }
    setActive(active, list);
    if (lostFocus) active.focus({ preventScroll: true });
  }

  function onKeyDown(ev: KeyboardEvent): void {
    const target = (ev.target as Element | null)?.closest?.(selector) as HTMLElement | null;
    if (!target || !container.contains(target) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const list = items();
    let next: HTMLElement | undefined;
    const dir = KEYS[ev.key];
    if (dir) {
      const others = list.filter((x) => x !== target);
      const i = nextInDirection(centre(target), others.map(centre), dir);
      next = i >= 0 ? others[i] : undefined;
    } else if (ev.key === 'Home' || ev.key === 'End') {
      const sorted = list.map((x) => ({ x, c: centre(x) })).sort((a, b) => a.c.x - b.c.x || a.c.y - b.c.y);
      next = (ev.key === 'Home' ? sorted[0] : sorted[sorted.length - 1])?.x;
    } else return;
    // The keys are ours while a marker has focus: the map must not pan under it.
    ev.preventDefault();
    ev.stopPropagation();
    if (next) {
      setActive(next, list);
      next.focus({ preventScroll: false });
    }
  }

  function onFocusIn(ev: FocusEvent): void {
    const target = (ev.target as Element | null)?.closest?.(selector) as HTMLElement | null;
    if (!target) return;
    hadFocus = true;
    lastPoint = centre(target);
    if (idOf(target) !== activeId) setActive(target, items());
  }

  function onFocusOut(ev: FocusEvent): void {
    const to = ev.relatedTarget as Node | null;
    const from = (ev.target as Element | null)?.closest?.(selector);
    if (from) lastPoint = centre(from);
    if (to && container.contains(to)) return;
    // Focus that left for elsewhere on the page is not pulled back when markers change; focus lost
    // because its marker was taken out of the page (still "had focus") is given to the next one.
    queueMicrotask(() => {
      if (!from || from.isConnected) hadFocus = false;
    });
  }

  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      refresh();
    });
  });
  observer.observe(container, { childList: true });
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  refresh();
  return {
    refresh,
    detach() {
      observer.disconnect();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    },
  };
}

function nextNearest(ref: Pt, pts: readonly Pt[]): number {
  let best = 0;
  let d = Infinity;
  pts.forEach((p, i) => {
    const e = (p.x - ref.x) ** 2 + (p.y - ref.y) ** 2;
    if (e < d) {
      d = e;
      best = i;
    }
  });
  return best;
}
