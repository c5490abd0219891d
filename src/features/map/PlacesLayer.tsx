// The quieter layer: every place the article names, as small grey dots, apart from the events.
import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMapLayerGroup } from './use-map-layer-group.ts';
import type { MapPlace } from './map-types.ts';
import { nameMarker, placeIcon } from './marker-icons.ts';

/** Above this many places, dots go on the canvas instead of the DOM. */
const MAX_DOM_PLACES = 300;

export function PlacesLayer({ places, onFocus }: { places: readonly MapPlace[]; onFocus(p: MapPlace): void }) {
  const group = useMapLayerGroup();

  useEffect(() => {
    group.clearLayers();
    // A few hundred places are DOM markers with names (hover, assistive technology); a large
    // workspace draws them as canvas dots, since thousands of DOM markers would stall the page.
    const asDom = places.length <= MAX_DOM_PLACES;
    for (const p of places) {
      const label = `Place mentioned: ${p.place.name} (${p.place.precision}), named ${p.count} time${p.count === 1 ? '' : 's'} as ${p.names.join(', ')}`;
      const layer = asDom
        ? nameMarker(L.marker([p.place.lat, p.place.lon], { icon: placeIcon(), keyboard: false, title: label, zIndexOffset: -1000 }), label, { 'data-place': p.place.name })
        : L.circleMarker([p.place.lat, p.place.lon], { radius: 3, weight: 1, color: '#ffffff', fillColor: '#7d8896', fillOpacity: 0.9 });
      layer.on('click', () => onFocus(p));
      group.addLayer(layer);
    }
  }, [places, group, onFocus]);

  return null;
}
