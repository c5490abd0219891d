// Draws the events as markers: one per event while the view holds few, supercluster's clusters when it
// holds many (indexed once per change of the events; a move of the time window only regroups), events
// stacked on one spot fanned out, and only what is in (or near) the view put in the page. Markers that
// stay are kept and updated in place, so keyboard focus survives pans, zooms and window moves.
import { useEffect, useMemo, useRef, useState } from 'react';
import * as L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import { EVENT_TYPE_LABELS, type EventType } from '../../core/index.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { displayPoint } from '../../shared/geo/display-point.ts';
import { eventName } from '../../shared/ui/describe-event.ts';
import { fanOut } from './cluster.ts';
import { createClusterIndex } from './cluster-index.ts';
import { summarizeTypes } from './cluster-name.ts';
import { ALWAYS, dayNumber, layoutMarkers } from './marker-layout.ts';
import { activateOnKeys, clusterIcon, clusterLabel, clusterSize, eventIcon, nameMarker } from './marker-icons.ts';
import type { MapObstacles } from './map-obstacles.ts';
import { EXCERPT_WIDTH_PX, LEGEND_PX } from './overlay-size.ts';
import { mark } from '../../shared/perf-marks.ts';

/** The first markers of the page's life are marked once (see perf-marks.ts). */
let firstMarked = false;

export interface EventMarkersLayerProps {
  /** Every event passing the filters, dated or not: the index is built from these. */
  events: readonly WorkspaceEvent[];
  /** Inclusive YYYY-MM-DD bounds of the time window, or null for all. */
  window: { start: string; end: string } | null;
  selectedKey: string | null;
  /** An event pointed at elsewhere (the list): its marker is emphasised. */
  hoveredKey?: string | null;
  onSelect(key: string): void;
  /** Where markers are, so basemap labels keep clear of them. */
  obstacles?: MapObstacles;
  /** Called once, after the frame that first shows markers has been painted. */
  onFirstDrawn?: () => void;
}

export const EVENT_PANE = 'eventMarkers';
/** Clusters start when more events than this are in (or near) the view. */
const CLUSTER_ABOVE = 150;
const MIN_CLUSTER = 10;
const MAX_SINGLES = 300;
const RADIUS_PX = 60;
const VIEW_PAD_PX = 256;

function isArea(e: WorkspaceEvent): boolean {
  return e.place?.precision === 'country' || e.place?.precision === 'region';
}

/** "Air strike, Syria, 2020-05-04, country-level: somewhere in Syria" for an area-level event. */
export function markerName(e: WorkspaceEvent): string {
  const name = eventName(e);
  if (!e.place || !isArea(e)) return name;
  return `${name}, ${e.place.precision}-level: somewhere in ${e.place.name}`;
}

interface Indexed {
  located: WorkspaceEvent[];
  points: { lat: number; lon: number }[];
  /** Drawn latitude and longitude, and the type's index in TYPES, of each located event: per move
   * only these are read, never the events themselves (at 100,000 events that is the difference
   * between a millisecond and tens). */
  lat: Float64Array;
  lon: Float64Array;
  type: Uint8Array;
  index: ReturnType<typeof createClusterIndex>;
  start: Int32Array;
  end: Int32Array;
  byKey: Map<string, number>;
}

const TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];
const TYPE_INDEX = new Map(TYPES.map((t, i) => [t, i]));

function indexEvents(events: readonly WorkspaceEvent[], maxZoom: number): Indexed {
  const located = events.filter((e) => e.place);
  const points = located.map((e) => displayPoint(e.place!));
  const start = new Int32Array(located.length);
  const end = new Int32Array(located.length);
  located.forEach((e, i) => {
    start[i] = e.date ? dayNumber(e.date.start) : ALWAYS[0];
    end[i] = e.date ? dayNumber(e.date.end) : ALWAYS[1];
  });
  const byKey = new Map(located.map((e, i) => [e.key, i]));
  const lat = Float64Array.from(points, (p) => p.lat);
  const lon = Float64Array.from(points, (p) => p.lon);
  const type = Uint8Array.from(located, (e) => TYPE_INDEX.get(e.type) ?? 0);
  return { located, points, lat, lon, type, index: createClusterIndex(points, { radius: RADIUS_PX, maxZoom }), start, end, byKey };
}

interface Live {
  marker: L.Marker;
  /** Cluster markers: the count shown, updated in place. */
  count?: number;
}

export function EventMarkersLayer({ events, window, selectedKey, hoveredKey = null, onSelect, obstacles, onFirstDrawn }: EventMarkersLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup([], { pane: EVENT_PANE }), []);
  /** Event key -> its marker, for selection. */
  const markers = useRef(new Map<string, L.Marker>());
  /** Every marker on the map by a signature of what it shows. */
  const live = useRef(new Map<string, Live>());
  const selectedRef = useRef(selectedKey);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onFirstDrawnRef = useRef(onFirstDrawn);
  onFirstDrawnRef.current = onFirstDrawn;
  const drawn = useRef(false);
  const [view, setView] = useState(0);
  // A clicked cluster whose members share one spot is spread out in place instead of zoomed.
  const [expanded, setExpanded] = useState<L.LatLng | null>(null);
  const maxZoom = map.getMaxZoom();
  const data = useMemo(() => indexEvents(events, maxZoom - 1), [events, maxZoom]);
  const dataRef = useRef(data);
  dataRef.current = data;
  const win = useMemo(() => (window ? ([dayNumber(window.start), dayNumber(window.end)] as const) : null), [window?.start, window?.end]);

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
    const layout = layoutMarkers({
      index: data.index,
      start: data.start,
      end: data.end,
      window: win,
      zoom,
      maxZoom,
      view: { minX: bounds.min!.x - VIEW_PAD_PX, minY: bounds.min!.y - VIEW_PAD_PX, maxX: bounds.max!.x + VIEW_PAD_PX, maxY: bounds.max!.y + VIEW_PAD_PX },
      expanded: expanded ? map.project(expanded, zoom) : null,
      clusterAbove: CLUSTER_ABOVE,
      minCluster: MIN_CLUSTER,
      maxSingles: MAX_SINGLES,
    });

    const wanted = new Map<string, { at: L.LatLng; make: () => Live; update?: (l: Live) => void }>();
    const eventKeyOf = new Map<string, string>();
    for (const c of layout.clusters) {
      const id = `cluster:${zoom}:${c.id}`;
      const n = c.members.length;
      const byType = new Int32Array(TYPES.length);
      let [s, w, north, e] = [90, 540, -90, -540];
      for (const i of c.members) {
        byType[data.type[i]!]!++;
        const la = data.lat[i]!;
        const lo = data.lon[i]!;
        if (la < s) s = la;
        if (la > north) north = la;
        if (lo < w) w = lo;
        if (lo > e) e = lo;
      }
      const at = map.unproject([c.x, c.y], zoom);
      const b = L.latLngBounds([s, w], [north, e]);
      const onePlace = s === north && w === e;
      const summary = summarizeTypes(TYPES.map((t, k) => [t, byType[k]!] as [EventType, number]));
      const name = `Cluster of ${n} events (${summary}): press to ${onePlace ? 'spread them out' : 'zoom in'}`;
      const open = () => (onePlace ? setExpanded(b.getCenter()) : map.fitBounds(b.pad(0.2)));
      wanted.set(id, {
        at,
        make: () => {
          const m = L.marker(at, { icon: clusterIcon(n), keyboard: false, title: name, pane: EVENT_PANE });
          nameMarker(m, name, { role: 'button', 'data-rove-id': id, 'data-count': String(n) });
          m.on('click', () => open());
          activateOnKeys(m, () => open());
          return { marker: m, count: n };
        },
        update: (l) => {
          // The same cluster with another count (the window moved): its text, size and name change in
          // place, and clicking it opens what it holds now.
          l.marker.off('click').on('click', () => open());
          l.marker.off('keydown');
          activateOnKeys(l.marker, () => open());
          const el = l.marker.getElement();
          if (!el) return;
          if (el.getAttribute('aria-label') !== name) {
            el.setAttribute('aria-label', name);
            el.setAttribute('title', name);
          }
          if (l.count === n) return;
          l.count = n;
          const size = clusterSize(n);
          el.style.width = el.style.height = `${size}px`;
          el.style.marginLeft = el.style.marginTop = `${-size / 2}px`;
          const text = el.querySelector('.ev-cluster__count');
          if (text) text.textContent = clusterLabel(n);
          el.setAttribute('data-count', String(n));
        },
      });
    }
    for (const s of fanOut(
      layout.singles.map((s) => ({ x: s.x, y: s.y, item: data.located[s.i]! })),
      10,
      16,
    )) {
      const e = s.item;
      const name = markerName(e);
      const id = `event:${e.key}:${name}:${isArea(e)}`;
      const at = map.unproject([s.x, s.y], zoom);
      eventKeyOf.set(id, e.key);
      wanted.set(id, {
        at,
        make: () => {
          const m = L.marker(at, {
            icon: eventIcon(e.type, isArea(e)),
            keyboard: false,
            title: name,
            riseOnHover: true,
            pane: EVENT_PANE,
            zIndexOffset: e.key === selectedRef.current ? 1000 : 0,
          });
          nameMarker(m, name, { role: 'button', 'data-rove-id': `event:${e.key}`, 'data-key': e.key, 'data-precision': e.place!.precision, 'data-dated': String(e.date !== null) });
          m.on('add', () => m.getElement()?.classList.toggle('is-selected', e.key === selectedRef.current));
          m.on('click', () => onSelectRef.current(e.key));
          activateOnKeys(m, () => onSelectRef.current(e.key));
          return { marker: m };
        },
      });
    }

    for (const [id, l] of live.current) {
      if (!wanted.has(id)) {
        group.removeLayer(l.marker);
        live.current.delete(id);
      }
    }
    markers.current.clear();
    const shown: L.LatLng[] = [];
    for (const [id, w] of wanted) {
      let l = live.current.get(id);
      if (l) {
        if (!l.marker.getLatLng().equals(w.at)) l.marker.setLatLng(w.at);
        w.update?.(l);
      } else {
        l = w.make();
        live.current.set(id, l);
        group.addLayer(l.marker);
      }
      shown.push(w.at);
      const key = eventKeyOf.get(id);
      if (key) markers.current.set(key, l.marker);
    }
    obstacles?.set('events', shown, 16);
    if (!firstMarked && shown.length) {
      firstMarked = true;
      mark('page: first markers added');
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => mark('page: first markers frame'));
    }
    if (!drawn.current && shown.length) {
      drawn.current = true;
      // A rAF callback runs just before the frame's paint; a task posted from it runs after.
      const after = () => setTimeout(() => onFirstDrawnRef.current?.(), 0);
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(after);
      else after();
    }
  }, [data, win, view, expanded, map, group, maxZoom, obstacles]);

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
    const d = dataRef.current;
    const i = d.byKey.get(selectedKey);
    if (i === undefined) return;
    const p = d.points[i]!;
    // An event hidden in a cluster is brought out: its spot is spread like a clicked cluster.
    if (!m) setExpanded(L.latLng(p.lat, p.lon));
    // Keep the selected event in sight, left of the excerpt popup that covers the map's right side.
    const size = map.getSize();
    const covered = Math.min(EXCERPT_WIDTH_PX, Math.max(0, size.x - 120));
    const c = map.latLngToContainerPoint([p.lat, p.lon]);
    const underLegend = c.x < LEGEND_PX.x && c.y > size.y - LEGEND_PX.y;
    if (underLegend || c.x < 40 || c.y < 40 || c.y > size.y - 40 || c.x > size.x - covered - 30) {
      map.panBy([c.x - (size.x - covered) / 2, c.y - size.y * 0.4], { animate: false });
    }
    // Only a change of selection should pan; a new events list must not move the map.
  }, [selectedKey, map]);

  useEffect(() => {
    if (!hoveredKey) return;
    const el = markers.current.get(hoveredKey)?.getElement();
    el?.classList.add('is-hovered');
    return () => el?.classList.remove('is-hovered');
  }, [hoveredKey, view]);

  return null;
}
