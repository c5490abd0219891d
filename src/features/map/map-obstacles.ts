// Where the map's markers are, shared between the layers that draw them and the basemap labels,
// which must never cover a marker: each layer reports its markers, the labels read them all.
import type * as L from 'leaflet';

export interface Obstacle {
  at: L.LatLng;
  /** Half the marker's size in pixels. */
  r: number;
}

export interface MapObstacles {
  /** Replaces what one layer reported. */
  set(layer: string, points: readonly L.LatLng[], radiusPx: number): void;
  all(): Obstacle[];
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
    set(layer, points, r) {
      const before = byLayer.get(layer);
      // The same markers again (a window move that changed nothing in sight) are no news.
      if (before && before.length === points.length && before.every((o, i) => o.r === r && o.at.equals(points[i]!, 1e-5))) return;
      byLayer.set(
        layer,
        points.map((at) => ({ at, r })),
      );
      notify();
    },
    all: () => [...byLayer.values()].flat(),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
