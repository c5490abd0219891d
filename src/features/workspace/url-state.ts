// The view (time window, selection, map position, filters) as URL query parameters, so a copied
// link reopens the same view. Decoding takes anything a user can paste and never throws: each
// parameter that does not check out is simply left out.
import { EVENT_TYPE_LABELS, checkPublished } from '../../core/index.ts';
import type { EventType } from '../../core/index.ts';
import type { ViewState } from '../../shared/model/workspace.ts';

const KEYS = ['from', 'to', 'sel', 'map', 'art', 'type', 'conf'] as const;
const MAX_ID = 300;
const MAX_LIST = 500;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

function day(v: string | null): string | undefined {
  if (!v) return undefined;
  try {
    return checkPublished(v);
  } catch {
    return undefined;
  }
}

function finite(v: string, min: number, max: number): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(v.trim())) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** The query string (without "?") for a view; empty parts are left out. */
export function encodeViewState(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.window) {
    p.set('from', view.window.start);
    p.set('to', view.window.end);
  }
  if (view.selected) p.set('sel', view.selected);
  if (view.map) p.set('map', `${round(view.map.lat, 5)},${round(view.map.lon, 5)},${round(view.map.zoom, 2)}`);
  for (const a of view.filters?.articles ?? []) p.append('art', a);
  for (const t of view.filters?.types ?? []) p.append('type', t);
  if (view.filters?.minConfidence !== undefined && view.filters.minConfidence > 0) p.set('conf', String(round(view.filters.minConfidence, 3)));
  return p.toString();
}

/** Reads a view from a query string (with or without "?"); whatever is malformed is ignored. */
export function decodeViewState(query: string): ViewState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(typeof query === 'string' ? query : '');
  } catch {
    return {};
  }
  const view: ViewState = {};
  const from = day(p.get('from'));
  const to = day(p.get('to'));
  if (from && to) view.window = from <= to ? { start: from, end: to } : { start: to, end: from };
  const sel = p.get('sel');
  if (sel && sel.length <= MAX_ID) view.selected = sel;
  const map = p.get('map')?.split(',');
  if (map?.length === 3) {
    const lat = finite(map[0], -90, 90);
    const lon = finite(map[1], -180, 180);
    const zoom = finite(map[2], 0, 22);
    if (lat !== undefined && lon !== undefined && zoom !== undefined) view.map = { lat, lon, zoom };
  }
  const filters: NonNullable<ViewState['filters']> = {};
  const articles = [...new Set(p.getAll('art').filter((a) => a.length > 0 && a.length <= MAX_ID))].slice(0, MAX_LIST);
  if (articles.length) filters.articles = articles;
  const types = [...new Set(p.getAll('type').filter((t): t is EventType => Object.hasOwn(EVENT_TYPE_LABELS, t)))];
  if (types.length) filters.types = types;
  const conf = finite(p.get('conf') ?? '', 0, 1);
  if (conf !== undefined && conf > 0) filters.minConfidence = conf;
  if (Object.keys(filters).length) view.filters = filters;
  return view;
}

/** A URL's search with the view's parameters replaced and any other parameters kept. */
export function withViewState(search: string, view: ViewState): string {
  const p = new URLSearchParams(search);
  for (const k of KEYS) p.delete(k);
  for (const [k, v] of new URLSearchParams(encodeViewState(view))) p.append(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}
