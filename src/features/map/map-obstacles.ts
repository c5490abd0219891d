// Where the map's markers are, shared between the layers that draw them and the basemap labels,
// which must never cover a marker: each layer reports its markers, the labels read them all.
import type * as L from 'leaflet';

/** A marker's extent in pixels around its point (left and up negative): a badge need not be centred. */
export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Obstacle {
  at: L.LatLng;
  extent: Extent;
}

/** A round or square marker centred on its point: r is half its size. */
export const centred = (r: number): Extent => ({ x0: -r, y0: -r, x1: r, y1: r });

const sameExtent = (a: Extent, b: Extent) => a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;

export interface MapObstacles {
  /** Replaces what one layer reported. */
  set(layer: string, points: readonly L.LatLng[], size: number | Extent): void;
  /** Every marker reported; with `within`, only those whose point it contains. */
  all(within?: { contains(at: L.LatLng): boolean }): Obstacle[];
  /** Called (once per animation frame at most) after any layer reported. Returns an unsubscribe. */
  subscribe(fn: () => void): () => void;
}

export function createObstacles(): MapObstacles {
  const byLayer = new Map<string, Obstacle[]>();
  const listeners = new Set<() => void>();
  let pending = false;
  const notify = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      for (const fn of listeners) fn();
    });
  };
  return {
    set(layer, points, size) {
      const extent = typeof size === 'number' ? centred(size) : size;
      const before = byLayer.get(layer);
      // The same markers again (a window move that changed nothing in sight) are no news.
      if (before && before.length === points.length && before.every((o, i) => sameExtent(o.extent, extent) && o.at.equals(points[i]!, 1e-5))) return;
      byLayer.set(
        layer,
        points.map((at) => ({ at, extent })),
      );
      notify();
    },
    all(within) {
      const out: Obstacle[] = [];
      for (const list of byLayer.values()) for (const o of list) if (!within || within.contains(o.at)) out.push(o);
      return out;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
