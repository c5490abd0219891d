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

  const write = useMemo(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const q = encodeViewState({ ...latest.current, ...(map.current ? { map: map.current } : {}) });
        const next = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
        if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
      }, 300);
    },
    [],
  );

  const key = encodeViewState(view);
  useEffect(() => write(), [key, write]);
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
