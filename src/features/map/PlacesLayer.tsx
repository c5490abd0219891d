// The quieter layer: every place the article names, as small grey dots, apart from the events.
import { useEffect } from 'react';
import * as L from 'leaflet';
import { displayPoint } from '../../shared/geo/display-point.ts';
import { useMapLayerGroup } from './use-map-layer-group.ts';
import type { MapObstacles } from './map-obstacles.ts';
import type { MapPlace } from './map-types.ts';
import { nameMarker, placeIcon } from './marker-icons.ts';

/** Above this many places, dots go on the canvas instead of the DOM. */
const MAX_DOM_PLACES = 300;

export function PlacesLayer({ places, onFocus, obstacles }: { places: readonly MapPlace[]; onFocus(p: MapPlace): void; obstacles?: MapObstacles }) {
  const group = useMapLayerGroup();

  useEffect(() => {
    group.clearLayers();
    // A few hundred places are DOM markers with names (hover, assistive technology); a large
    // workspace draws them as canvas dots, since thousands of DOM markers would stall the page.
    const asDom = places.length <= MAX_DOM_PLACES;
    const at: L.LatLng[] = [];
    for (const p of places) {
      const label = `Place mentioned: ${p.place.name} (${p.place.precision}), named ${p.count} time${p.count === 1 ? '' : 's'} as ${p.names.join(', ')}`;
      const d = displayPoint(p.place);
      const ll = L.latLng(d.lat, d.lon);
      at.push(ll);
      // Not a tab stop (the article lists every mention): an image with a name, so its label is allowed.
      const layer = asDom
        ? nameMarker(L.marker(ll, { icon: placeIcon(), keyboard: false, title: label, zIndexOffset: -1000 }), label, { role: 'img', 'data-place': p.place.name })
        : L.circleMarker(ll, { radius: 3, weight: 1, color: '#ffffff', fillColor: '#7d8896', fillOpacity: 0.9 });
      layer.on('click', () => onFocus(p));
      group.addLayer(layer);
    }
    obstacles?.set('places', at, 6);
  }, [places, group, onFocus, obstacles]);

  return null;
}
