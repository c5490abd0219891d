// The dateline gets its own marker: it is where the reporter filed from, not an event site.
import { useEffect, useMemo } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import { displayPoint } from '../../shared/geo/display-point.ts';
import type { MapObstacles } from './map-obstacles.ts';
import type { MapDateline } from './map-types.ts';
import { datelineIcon, nameMarker } from './marker-icons.ts';

export function DatelineLayer({ datelines, pane, obstacles }: { datelines: readonly MapDateline[]; pane: string; obstacles?: MapObstacles }) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup([], { pane }), [pane]);

  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    const at: L.LatLng[] = [];
    for (const d of datelines) {
      const label = `Dateline: ${d.place.name} ("${d.words}"), where "${d.articleTitle}" was filed from, not an event site`;
      const p = displayPoint(d.place);
      const ll = L.latLng(p.lat, p.lon);
      at.push(ll);
      const m = L.marker(ll, { icon: datelineIcon(), keyboard: false, title: label, zIndexOffset: -500, pane });
      // Reached with the arrow keys among the events, but it opens nothing: an image with a name.
      nameMarker(m, label, { role: 'img', 'data-rove-id': `dateline:${d.key}` });
      group.addLayer(m);
    }
    // The badge stands above its point (marker-icons.ts: 64 x 20, anchored 26 px below its top), with a
    // pointer down to it, and a little room around.
    obstacles?.set('datelines', at, { x0: -34, y0: -28, x1: 34, y1: 2 });
  }, [datelines, group, pane, obstacles]);

  return null;
}
