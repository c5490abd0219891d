// Honest precision: an event known only to the country is drawn as that country's outline, one
// known to a region as a wide circle, never as a confident pin.
import { useEffect, useMemo, useState } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Place } from '../../core/index.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
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

  // The areas depend on which countries/regions are visible, not on each event, so a moved time
  // window that leaves them unchanged redraws nothing.
  const wanted = useMemo(() => {
    const out = new Map<string, { p: Place; selected: boolean }>();
    for (const e of events) {
      const p = e.place;
      if (!p || (p.precision !== 'country' && p.precision !== 'region')) continue;
      const id = p.precision === 'country' && p.country ? `c:${p.country}` : `r:${p.lat},${p.lon}`;
      const selected = e.key === selectedKey;
      if (!out.has(id) || selected) out.set(id, { p, selected });
    }
    return out;
  }, [events, selectedKey]);
  const signature = [...wanted].map(([id, w]) => `${id}${w.selected ? '*' : ''}`).sort().join('|');

  useEffect(() => {
    group.clearLayers();
    for (const { p, selected } of wanted.values()) {
      const shape = p.precision === 'country' ? countries?.features.find((f) => f.id === isoNumeric(p.country)) : undefined;
      const style: L.PathOptions = {
        pane: 'areas',
        interactive: false,
        color: selected ? '#1f2d3d' : '#5b6b7c',
        weight: selected ? 2.5 : 1.2,
        dashArray: '5 4',
        fillColor: selected ? '#1f6feb' : '#5b6b7c',
        fillOpacity: selected ? 0.14 : 0.07,
      };
      if (shape) group.addLayer(L.geoJSON(shape, { style: () => style, interactive: false, pane: 'areas' }));
      else group.addLayer(L.circle([p.lat, p.lon], { ...style, radius: p.precision === 'country' ? REGION_RADIUS_M * 3 : REGION_RADIUS_M }));
    }
    // wanted is read through the signature: same areas, same drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, countries, group]);

  return null;
}
