// Fits the view to the events when the set of articles changes (not when the time window moves,
// which would make the map jump under the reader), and flies to a place on request.
import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MapFocus } from './map-types.ts';

export function FitToEvents({ points, fitKey, focus }: { points: readonly [number, number][]; fitKey: string; focus: MapFocus | null }) {
  const map = useMap();

  useEffect(() => {
    if (points.length === 0) return;
    const b = L.latLngBounds(points.map(([lat, lon]) => L.latLng(lat, lon)));
    map.fitBounds(b, { padding: [48, 48], maxZoom: 6, animate: false });
    // Refit only when the article set changes, signalled by fitKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, map]);

  useEffect(() => {
    if (focus) map.setView([focus.lat, focus.lon], Math.max(map.getZoom(), focus.zoom));
  }, [focus, map]);

  return null;
}
