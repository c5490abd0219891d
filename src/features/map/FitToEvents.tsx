// Fits the view to the events when the set of articles changes (not when the time window moves,
// which would make the map jump under the reader), and flies to a place on request.
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MapFocus } from './map-types.ts';
import { LEGEND_PX } from './overlay-size.ts';

export function FitToEvents({ points, fitKey, focus, skipFirst = false }: { points: readonly [number, number][]; fitKey: string; focus: MapFocus | null; skipFirst?: boolean }) {
  const map = useMap();
  // A shared link's own view wins over fitting, until the articles change.
  const firstKey = useRef<string | null>(skipFirst ? '' : null);

  useEffect(() => {
    if (points.length === 0) return;
    if (firstKey.current !== null) {
      if (firstKey.current === '') {
        firstKey.current = fitKey;
        return;
      }
      if (firstKey.current === fitKey) return;
    }
    const b = L.latLngBounds(points.map(([lat, lon]) => L.latLng(lat, lon)));
    // The legend sits over the bottom-left of the map: keep the events clear of it.
    const left = Math.min(LEGEND_PX.x, map.getSize().x * 0.35);
    map.fitBounds(b, { paddingTopLeft: [left, 40], paddingBottomRight: [40, 40], maxZoom: 6, animate: false });
    // Refit only when the article set changes, signalled by fitKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, map]);

  useEffect(() => {
    if (focus) map.setView([focus.lat, focus.lon], Math.max(map.getZoom(), focus.zoom));
  }, [focus, map]);

  return null;
}
