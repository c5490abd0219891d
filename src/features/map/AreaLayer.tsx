// Honest precision: an event known only to the country is drawn as that country's outline, one
// known to a region as a wide circle, never as a confident pin.
import { useEffect, useMemo, useState } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { WorkspaceEvent } from '../workspace/types.ts';
import { loadCountries, type Countries } from './basemap.ts';
import { isoNumeric } from './iso-numeric.ts';

const REGION_RADIUS_M = 90_000;

export function AreaLayer({ events, selectedKey }: { events: readonly WorkspaceEvent[]; selectedKey: string | null }) {
  const map = useMap();
  const [countries, setCountries] = useState<Countries | null>(null);
  const group = useMemo(() => L.layerGroup([], { pane: 'areas' }), []);

  useEffect(() => {
    let cancelled = false;
    loadCountries()
      .then((c) => !cancelled && setCountries(c))
      .catch(() => {}); // the basemap layer reports load failures; areas then fall back to circles
    group.addTo(map);
    return () => {
      cancelled = true;
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    const selected = events.find((e) => e.key === selectedKey);
    const drawnCountries = new Set<string>();
    const drawnRegions = new Set<string>();
    for (const e of events) {
      const p = e.place;
      if (!p || (p.precision !== 'country' && p.precision !== 'region')) continue;
      const isSel = selected?.key === e.key;
      const shape = p.precision === 'country' ? countries?.features.find((f) => f.id === isoNumeric(p.country)) : undefined;
      const style: L.PathOptions = {
        pane: 'areas',
        interactive: false,
        color: isSel ? '#1f2d3d' : '#5b6b7c',
        weight: isSel ? 2.5 : 1.2,
        dashArray: '5 4',
        fillColor: isSel ? '#1f6feb' : '#5b6b7c',
        fillOpacity: isSel ? 0.14 : 0.07,
      };
      const id = shape ? `c:${String(shape.id)}` : `r:${p.lat},${p.lon}`;
      const seen = shape ? drawnCountries : drawnRegions;
      if (seen.has(id) && !isSel) continue;
      seen.add(id);
      if (shape) group.addLayer(L.geoJSON(shape, { style: () => style, interactive: false, pane: 'areas' }));
      else group.addLayer(L.circle([p.lat, p.lon], { ...style, radius: p.precision === 'country' ? REGION_RADIUS_M * 3 : REGION_RADIUS_M }));
    }
  }, [events, selectedKey, countries, group]);

  return null;
}
