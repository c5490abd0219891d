// The dateline gets its own marker: it is where the reporter filed from, not an event site.
import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMapLayerGroup } from './use-map-layer-group.ts';
import type { MapDateline } from './map-types.ts';
import { datelineIcon, nameMarker } from './marker-icons.ts';

export function DatelineLayer({ datelines }: { datelines: readonly MapDateline[] }) {
  const group = useMapLayerGroup();

  useEffect(() => {
    group.clearLayers();
    for (const d of datelines) {
      const label = `Dateline: ${d.place.name} ("${d.words}"), where "${d.articleTitle}" was filed from, not an event site`;
      const m = L.marker([d.place.lat, d.place.lon], { icon: datelineIcon(), keyboard: true, title: label, zIndexOffset: -500 });
      nameMarker(m, label);
      group.addLayer(m);
    }
  }, [datelines, group]);

  return null;
}
