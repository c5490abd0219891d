// Draws the events as focusable markers, clustering dense areas at the current zoom and fanning
// out events stacked on one spot; only markers in (or near) the view are put in the page.
import { useEffect, useMemo, useRef, useState } from 'react';
import * as L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { eventName } from '../../shared/ui/describe-event.ts';
import { fanOut, gridCluster, mergeNear, type ScreenPoint } from './cluster.ts';
import { clusterSummary } from './cluster-name.ts';
import { activateOnKeys, clusterIcon, eventIcon, nameMarker } from './marker-icons.ts';
import { EXCERPT_WIDTH_PX, LEGEND_PX } from './overlay-size.ts';

export interface EventMarkersLayerProps {
  events: readonly WorkspaceEvent[];
  selectedKey: string | null;
  /** An event pointed at elsewhere (the list): its marker is emphasised. */
  hoveredKey?: string | null;
  onSelect(key: string): void;
}

const CELL_PX = 64;
const MIN_CLUSTER = 10;
/** Clustering starts when more events than this are in (or near) the view. */
const CLUSTER_ABOVE = 150;
const VIEW_PAD_PX = 256;

function isArea(e: WorkspaceEvent): boolean {
  return e.place?.precision === 'country' || e.place?.precision === 'region';
}

export function EventMarkersLayer({ events, selectedKey, hoveredKey = null, onSelect }: EventMarkersLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  /** Event key -> its marker, for selection. */
  const markers = useRef(new Map<string, L.Marker>());
  /** Every marker on the map by a signature of what it shows. */
  const live = useRef(new Map<string, L.Marker>());
  const projected = useRef<{ zoom: number; byPlace: Map<string, L.Point> }>({ zoom: -1, byPlace: new Map() });
  const selectedRef = useRef(selectedKey);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [view, setView] = useState(0);
  // A clicked cluster whose members share one spot is spread out in place instead of zoomed.
  const [expanded, setExpanded] = useState<L.LatLng | null>(null);

  useMapEvents({
    zoomend: () => {
      setExpanded(null);
      setView((v) => v + 1);
    },
    moveend: () => setView((v) => v + 1),
  });

  useEffect(() => {
    group.addTo(map);
    const byId = live.current;
    return () => {
      group.remove();
      group.clearLayers();
      byId.clear();
    };
  }, [map, group]);

  useEffect(() => {
    const zoom = map.getZoom();
    const bounds = map.getPixelBounds();
    const min = bounds.min!.subtract([VIEW_PAD_PX, VIEW_PAD_PX]);
    const max = bounds.max!.add([VIEW_PAD_PX, VIEW_PAD_PX]);
    const inView = (x: number, y: number) => x >= min.x && x <= max.x && y >= min.y && y <= max.y;
    const expandedPx = expanded ? map.project(expanded, zoom) : null;

    // World pixel positions depend only on the place and the zoom, so they are kept per zoom:
    // moving the time window then costs no projection at all.
    if (projected.current.zoom !== zoom) projected.current = { zoom, byPlace: new Map() };
    const cache = projected.current.byPlace;
    const points: ScreenPoint<WorkspaceEvent>[] = [];
    const loose: ScreenPoint<WorkspaceEvent>[] = [];
    for (const e of events) {
      if (!e.place) continue;
      const pk = `${e.place.lat},${e.place.lon}`;
      let p = cache.get(pk);
      if (!p) {
        p = map.project([e.place.lat, e.place.lon], zoom);
        cache.set(pk, p);
      }
      const pt = { x: p.x, y: p.y, item: e };
      if (expandedPx && Math.abs(p.x - expandedPx.x) < 1 && Math.abs(p.y - expandedPx.y) < 1) loose.push(pt);
      else points.push(pt);
    }
    // An ordinary article keeps one marker per event (fanned out where they share a spot); only a
    // crowded view (a large workspace) merges dense cells into clusters.
    let near = 0;
    for (const p of points) if (inView(p.x, p.y)) near++;
    const clusterAt = zoom >= map.getMaxZoom() || near <= CLUSTER_ABOVE ? Number.POSITIVE_INFINITY : MIN_CLUSTER;
    const grid = gridCluster(points, CELL_PX, clusterAt);
    const singles = grid.singles;
    const clusters = mergeNear(grid.clusters, CELL_PX * 0.8);

    // Markers that stay the same are kept, not re-created, so keyboard focus survives pans and zooms.
    const wanted = new Map<string, () => L.Marker>();
    const where = new Map<string, L.LatLng>();
    const eventKeyOf = new Map<string, string>();
    for (const c of clusters) {
      if (!inView(c.x, c.y)) continue;
      const id = `cluster:${c.items.length}:${c.items[0]!.key}`;
      where.set(id, map.unproject([c.x, c.y], zoom));
      wanted.set(id, () => {
        const b = L.latLngBounds(c.items.map((e) => L.latLng(e.place!.lat, e.place!.lon)));
        const onePlace = b.getNorthEast().equals(b.getSouthWest());
        const name = `Cluster of ${c.items.length} events (${clusterSummary(c.items)}): press to ${onePlace ? 'spread them out' : 'zoom in'}`;
        const m = L.marker(where.get(id)!, { icon: clusterIcon(c.items.length), keyboard: true, title: name });
        nameMarker(m, name);
        const open = () => (onePlace ? setExpanded(b.getCenter()) : map.fitBounds(b.pad(0.2)));
        m.on('click', open);
        activateOnKeys(m, open);
        return m;
      });
    }
    for (const s of fanOut([...singles, ...loose], 10, 16)) {
      if (!inView(s.x, s.y)) continue;
      const e = s.item;
      const name = eventName(e);
      const id = `event:${e.key}:${name}:${isArea(e)}`;
      where.set(id, map.unproject([s.x, s.y], zoom));
      eventKeyOf.set(id, e.key);
      wanted.set(id, () => {
        const m = L.marker(where.get(id)!, {
          icon: eventIcon(e.type, isArea(e)),
          keyboard: true,
          title: name,
          riseOnHover: true,
          zIndexOffset: e.key === selectedRef.current ? 1000 : 0,
        });
        nameMarker(m, name, { 'data-key': e.key, 'data-precision': e.place!.precision, 'data-dated': String(e.date !== null) });
        m.on('add', () => m.getElement()?.classList.toggle('is-selected', e.key === selectedRef.current));
        m.on('click', () => onSelectRef.current(e.key));
        activateOnKeys(m, () => onSelectRef.current(e.key));
        return m;
      });
    }

    for (const [id, m] of live.current) {
      if (!wanted.has(id)) {
        group.removeLayer(m);
        live.current.delete(id);
      }
    }
    markers.current.clear();
    for (const [id, make] of wanted) {
      let m = live.current.get(id);
      if (m) {
        if (!m.getLatLng().equals(where.get(id)!)) m.setLatLng(where.get(id)!);
      } else {
        m = make();
        live.current.set(id, m);
        group.addLayer(m);
      }
      const key = eventKeyOf.get(id);
      if (key) markers.current.set(key, m);
    }
  }, [events, view, expanded, map, group]);

  useEffect(() => {
    const prev = selectedRef.current;
    selectedRef.current = selectedKey;
    if (prev) {
      const pm = markers.current.get(prev);
      pm?.getElement()?.classList.remove('is-selected');
      pm?.setZIndexOffset(0);
    }
    if (!selectedKey) return;
    const m = markers.current.get(selectedKey);
    if (m) {
      m.getElement()?.classList.add('is-selected');
      m.setZIndexOffset(1000);
    }
    const e = events.find((x) => x.key === selectedKey);
    // An event hidden in a cluster is brought out: its spot is spread like a clicked cluster.
    if (e?.place && !m) setExpanded(L.latLng(e.place.lat, e.place.lon));
    if (e?.place) {
      // Keep the selected event in sight, left of the excerpt popup that covers the map's right side.
      const size = map.getSize();
      const covered = Math.min(EXCERPT_WIDTH_PX, Math.max(0, size.x - 120));
      const p = map.latLngToContainerPoint([e.place.lat, e.place.lon]);
      const underLegend = p.x < LEGEND_PX.x && p.y > size.y - LEGEND_PX.y;
      if (underLegend || p.x < 40 || p.y < 40 || p.y > size.y - 40 || p.x > size.x - covered - 30) {
        map.panBy([p.x - (size.x - covered) / 2, p.y - size.y * 0.4], { animate: false });
      }
    }
    // Only a change of selection should pan; a new events list must not move the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedKey, map]);

  useEffect(() => {
    if (!hoveredKey) return;
    const el = markers.current.get(hoveredKey)?.getElement();
    el?.classList.add('is-hovered');
    return () => el?.classList.remove('is-hovered');
  }, [hoveredKey, view]);

  return null;
}
