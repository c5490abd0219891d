// Keeps the view (window, selection, filters, map position) in the URL so a copied link reopens
// it; uses the workspace feature's codec, which never throws on a pasted URL.
import { useEffect, useMemo, useRef } from 'react';
import { decodeViewState, encodeViewState } from '../features/workspace/url-state.ts';
import type { ViewState } from '../shared/model/workspace.ts';

export function readUrlView(): ViewState {
  return typeof location === 'undefined' ? {} : decodeViewState(location.search);
}

/** Writes the view to the URL (replacing history, debounced) and returns a setter for the map part. */
export function useUrlView(view: Omit<ViewState, 'map'>): (map: ViewState['map']) => void {
  const map = useRef<ViewState['map']>(readUrlView().map);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(view);
  latest.current = view;
  const flush = () => {
    timer.current = null;
    const q = encodeViewState({ ...latest.current, ...(map.current ? { map: map.current } : {}) });
    const next = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
    if (next === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      history.replaceState(history.state, '', next);
    } catch {
      // A saved map opened from disk may not rewrite its own URL; the view then just is not kept.
    }
  };

  const write = useMemo(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, 300);
    },
    [],
  );

  const key = encodeViewState(view);
  // A selection opened or closed is one act, written at once: a reload right after closing the excerpt
  // must not open it again (the debounce is for the window and the map, which move continuously).
  const selected = useRef(view.selected);
  useEffect(() => {
    if (selected.current !== view.selected) {
      selected.current = view.selected;
      if (timer.current) clearTimeout(timer.current);
      flush();
    } else write();
  }, [key, write]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return useMemo(
    () => (m: ViewState['map']) => {
      map.current = m;
      write();
    },
    [write],
  );
}
