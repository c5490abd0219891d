// Honest precision: an event known only to the country is drawn as that country's outline, one known
// to a first-level region as the region's outline, and one known to a wider or informal region (a sea,
// "the Donbas") as a wide circle; never as a confident pin. Only the areas of events in the time
// window are drawn, and a window move that keeps the same areas redraws nothing.
import { useEffect, useMemo, useState } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Place } from '../../core/index.ts';
import { displayPoint } from '../../shared/geo/display-point.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { loadCountries, loadRegions, withAntimeridianCopies, type Countries, type Regions } from './basemap.ts';
import { ALWAYS, dayNumber } from './marker-layout.ts';

const REGION_RADIUS_M = 90_000;

interface AreaEvent {
  id: string;
  key: string;
  place: Place;
  start: number;
  end: number;
}

function areaId(p: Place): string {
  if (p.precision === 'country' && p.country) return `c:${p.country}`;
  return p.featureCode === 'ADM1' && p.geonameId ? `r:${p.geonameId}` : `p:${p.lat},${p.lon}`;
}

export function AreaLayer({ events, window, selectedKey }: { events: readonly WorkspaceEvent[]; window: { start: string; end: string } | null; selectedKey: string | null }) {
  const map = useMap();
  const [countries, setCountries] = useState<Countries | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const group = useMemo(() => L.layerGroup([], { pane: 'areas' }), []);
  // A few outlines at most, as SVG: they stay crisp, and each is an element the tests can measure.
  const renderer = useMemo(() => L.svg({ pane: 'areas' }), []);

  const areas = useMemo<AreaEvent[]>(
    () =>
      events
        .filter((e) => e.place && (e.place.precision === 'country' || e.place.precision === 'region'))
        .map((e) => ({ id: areaId(e.place!), key: e.key, place: e.place!, start: e.date ? dayNumber(e.date.start) : ALWAYS[0], end: e.date ? dayNumber(e.date.end) : ALWAYS[1] })),
    [events],
  );
  const needRegions = areas.some((a) => a.id.startsWith('r:'));
  // Only for an event known to the country: otherwise the outlines wait for the basemap, which
  // loads them after the first markers.
  const needCountries = areas.some((a) => a.id.startsWith('c:'));

  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    if (!needCountries || countries) return;
    let cancelled = false;
    loadCountries()
      .then((c) => !cancelled && setCountries(c))
      .catch(() => {}); // the basemap layer reports load failures; areas then fall back to circles
    return () => {
      cancelled = true;
    };
  }, [needCountries, countries]);

  useEffect(() => {
    if (!needRegions || regions) return;
    let cancelled = false;
    loadRegions()
      .then((r) => !cancelled && setRegions(r))
      .catch(() => {}); // as above: circles instead of outlines
    return () => {
      cancelled = true;
    };
  }, [needRegions, regions]);

  const w0 = window ? dayNumber(window.start) : ALWAYS[0];
  const w1 = window ? dayNumber(window.end) : ALWAYS[1];
  const wanted = new Map<string, { p: Place; selected: boolean }>();
  for (const a of areas) {
    if (a.start > w1 || a.end < w0) continue;
    const selected = a.key === selectedKey;
    if (!wanted.has(a.id) || selected) wanted.set(a.id, { p: a.place, selected });
  }
  const signature = [...wanted].map(([id, w]) => `${id}${w.selected ? '*' : ''}`).sort().join('|');

  useEffect(() => {
    group.clearLayers();
    const byA2 = new Map(countries?.features.filter((f) => f.properties.a2).map((f) => [f.properties.a2!, f]) ?? []);
    for (const [id, { p, selected }] of wanted) {
      const style: L.PathOptions = {
        pane: 'areas',
        renderer,
        interactive: false,
        color: selected ? '#1f2d3d' : '#5b6b7c',
        weight: selected ? 2.5 : 1.2,
        dashArray: '5 4',
        fillColor: selected ? '#1f6feb' : '#5b6b7c',
        fillOpacity: selected ? 0.14 : 0.07,
      };
      const shape: Feature<Geometry | null, unknown> | undefined = id.startsWith('c:') ? byA2.get(p.country!) : id.startsWith('r:') ? regions?.byGeonameId.get(p.geonameId!) : undefined;
      if (shape?.geometry) {
        const fc: FeatureCollection<Geometry | null, unknown> = { type: 'FeatureCollection', features: [shape] };
        const layer = L.geoJSON(withAntimeridianCopies(fc) as FeatureCollection, { style: () => style, interactive: false, pane: 'areas', renderer } as L.GeoJSONOptions);
        layer.eachLayer((l) => (l as L.Path).once('add', () => (l as L.Path).getElement()?.setAttribute('data-area', id)));
        group.addLayer(layer);
      } else {
        const at = displayPoint(p);
        const circle = L.circle([at.lat, at.lon], { ...style, radius: p.precision === 'country' ? REGION_RADIUS_M * 3 : REGION_RADIUS_M });
        circle.once('add', () => circle.getElement()?.setAttribute('data-area', id));
        group.addLayer(circle);
      }
    }
    // wanted is read through the signature: same areas, same drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, countries, regions, group, renderer]);

  return null;
}
