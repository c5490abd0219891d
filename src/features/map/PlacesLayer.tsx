// The quieter layer: every place the article names, as small grey dots, apart from the events.
import { useEffect, useMemo } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MapPlace } from './map-types.ts';
import { nameMarker, placeIcon } from './marker-icons.ts';

export function PlacesLayer({ places, onFocus }: { places: readonly MapPlace[]; onFocus(p: MapPlace): void }) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);

  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    for (const p of places) {
      const label = `Place mentioned: ${p.place.name} (${p.place.precision}), named ${p.count} time${p.count === 1 ? '' : 's'} as ${p.names.join(', ')}`;
      const m = L.marker([p.place.lat, p.place.lon], { icon: placeIcon(), keyboard: false, title: label, zIndexOffset: -1000 });
      nameMarker(m, label, { 'data-place': p.place.name });
      m.on('click', () => onFocus(p));
      group.addLayer(m);
    }
  }, [places, group, onFocus]);

  return null;
}
