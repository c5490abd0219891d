// The basemap's names, on one canvas above the areas and below every marker: countries at the world
// view, first-level regions from zoom 5, and populated places from the gazetteer (sent by the worker)
// by rank at each zoom, down to towns of 1,000 at city zoom. Labels keep clear of markers and of
// each other (label-select.ts); the canvas is decoration, hidden from assistive technology.
import { useEffect, useMemo, useRef, useState } from 'react';
import * as L from 'leaflet';
import KDBush from 'kdbush';
import { useMap } from 'react-leaflet';
import type { Geometry } from 'geojson';
import type { PlaceLabels } from '../../shared/model/place-labels.ts';
import { loadCountries, loadRegions, type Countries, type Regions } from './basemap.ts';
import { COUNTRY_NAMES_UNTIL, minRankAt, placeLabels, REGION_NAMES_FROM, type Box, type LabelCandidate, type LabelKind } from './label-select.ts';
import type { MapObstacles } from './map-obstacles.ts';

export const LABEL_PANE = 'labels';
/** At most this many names on screen (about one per 8,000 square pixels). */
const PIXELS_PER_LABEL = 8000;
/** Names make room for markers this long after the markers last changed. */
const OBSTACLES_SETTLE_MS = 250;
/** No more candidates than this are tried per draw, whatever the zoom. */
const MAX_CANDIDATES = 4000;

const FONTS: Record<LabelKind, string> = {
  country: '600 11px system-ui, sans-serif',
  region: 'italic 11px system-ui, sans-serif',
  place: '11px system-ui, sans-serif',
  capital: '600 12px system-ui, sans-serif',
};
const COLOURS: Record<LabelKind, string> = { country: '#6b5f55', region: '#6e5f82', place: '#2f2b27', capital: '#1f1c19' };

interface IndexedLabels {
  names: string[];
  seat: Uint8Array;
  rank: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
  tree: KDBush;
}

function indexLabels(l: PlaceLabels): IndexedLabels {
  const n = l.lat.length;
  const tree = new KDBush(Math.max(1, n), 64, Float32Array);
  for (let i = 0; i < n; i++) tree.add(l.lon[i]!, l.lat[i]!);
  if (n === 0) tree.add(0, 0);
  tree.finish();
  return { names: l.names.split('\n'), seat: l.seat, rank: l.rank, lat: l.lat, lon: l.lon, tree };
}

/** The largest polygon of a shape: its area (square degrees, cos-latitude weighted) and longitudes. */
function mainPart(g: Geometry | null): { area: number; west: number; east: number } {
  const polygons = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best = { area: 0, west: 0, east: 0 };
  for (const p of polygons) {
    const ring = p[0] ?? [];
    let a = 0;
    let west = Infinity;
    let east = -Infinity;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[i]!;
      a += (x1! * y2! - x2! * y1!) * Math.cos(((y1! + y2!) / 360) * Math.PI);
      if (x2! < west) west = x2!;
      if (x2! > east) east = x2!;
    }
    if (Math.abs(a / 2) > best.area) best = { area: Math.abs(a / 2), west, east };
  }
  return best;
}

/** The copies of the world the view shows: 0, and -360 or 360 when it reaches past the antimeridian. */
function worldShifts(west: number, east: number): number[] {
  return [0, ...(west < -180 ? [-360] : []), ...(east > 180 ? [360] : [])];
}

/** Markers this far outside the view (a share of its size) still count as under labels. */
const OBSTACLE_MARGIN = 0.25;

/** `start`: the country outlines (for country names) are loaded from then on; see EventMap. */
export function PlaceLabelsLayer({ labels, obstacles, start = true }: { labels: PlaceLabels | null; obstacles: MapObstacles; start?: boolean }) {
  const map = useMap();
  const canvas = useMemo(() => {
    const c = document.createElement('canvas');
    c.className = 'map-labels';
    c.setAttribute('aria-hidden', 'true');
    c.style.pointerEvents = 'none';
    c.style.position = 'absolute';
    return c;
  }, []);
  const [countries, setCountries] = useState<Countries | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const [wantRegions, setWantRegions] = useState(map.getZoom() >= REGION_NAMES_FROM);
  const indexed = useMemo(() => (labels ? indexLabels(labels) : null), [labels]);
  const draw = useRef<() => void>(() => {});
  /** Text sizes by font and text, kept between draws: measuring is a good part of a draw's cost. */
  const textWidths = useRef(new Map<string, { w: number; h: number }>());

  // Once started, stays started (as the basemap does).
  const [started, setStarted] = useState(start);
  if (start && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    loadCountries()
      .then((c) => !cancelled && setCountries(c))
      .catch(() => {}); // the basemap layer reports it; there are just no country names
    return () => {
      cancelled = true;
    };
  }, [started]);

  useEffect(() => {
    if (!wantRegions || regions) return;
    let cancelled = false;
    loadRegions()
      .then((r) => !cancelled && setRegions(r))
      .catch(() => {}); // as above
    return () => {
      cancelled = true;
    };
  }, [wantRegions, regions]);

  // Countries by the size of their main part, largest first (France's overseas lands do not make it
  // big), each with that part's width, so a name is written only where the country is wide enough.
  const countryNames = useMemo(() => {
    if (!countries) return [];
    // Shapes with no ISO code (N. Cyprus, Somaliland, Siachen Glacier) are outlined but not named.
    return countries.features
      .filter((f) => f.properties.a2 && f.geometry)
      .map((f) => {
        const main = mainPart(f.geometry);
        return { name: f.properties.name.toUpperCase(), lat: f.properties.ly, lon: f.properties.lx, area: main.area, width: main.east - main.west };
      })
      .sort((a, b) => b.area - a.area);
  }, [countries]);

  draw.current = () => {
    const size = map.getSize();
    const zoom = map.getZoom();
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size.x * dpr) || canvas.height !== Math.round(size.y * dpr)) {
      canvas.width = Math.round(size.x * dpr);
      canvas.height = Math.round(size.y * dpr);
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.style.visibility = 'visible';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);

    const b = map.getBounds();
    const west = b.getWest();
    const east = b.getEast();
    const south = Math.max(-85, b.getSouth());
    const north = Math.min(85, b.getNorth());
    const toScreen = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
    const countriesC: LabelCandidate[] = [];
    const regionsC: LabelCandidate[] = [];
    const placesC: LabelCandidate[] = [];
    if (zoom <= COUNTRY_NAMES_UNTIL) {
      for (const c of countryNames) {
        // A name much wider than its country (MALTA at the world view) would label open sea.
        const px = (c.width / 360) * 256 * 2 ** zoom;
        if (px < c.name.length * 4) continue;
        for (const s of worldShifts(west, east)) {
          const lon = c.lon + s;
          if (lon < west || lon > east || c.lat < south || c.lat > north) continue;
          const p = toScreen(c.lat, lon);
          countriesC.push({ text: c.name, kind: 'country', x: p.x, y: p.y });
        }
      }
    }
    if (regions && zoom >= REGION_NAMES_FROM) {
      for (const f of regions.shapes.features) {
        const r = f.properties;
        if (zoom < r.z - 0.5 || !r.n) continue;
        for (const s of worldShifts(west, east)) {
          const lon = r.x + s;
          if (lon < west || lon > east || r.y < south || r.y > north) continue;
          const p = toScreen(r.y, lon);
          regionsC.push({ text: r.n, kind: 'region', x: p.x, y: p.y });
        }
      }
    }
    if (indexed) {
      const floor = minRankAt(zoom);
      // Places come best first, so those above the floor are a prefix: at the world view a few
      // hundred to scan, where a range query would return every place on Earth.
      let above = 0;
      let hi = indexed.rank.length;
      while (above < hi) {
        const mid = (above + hi) >>> 1;
        if (indexed.rank[mid]! >= floor) above = mid + 1;
        else hi = mid;
      }
      const ids: { id: number; shift: number }[] = [];
      for (const s of worldShifts(west, east)) {
        const w = Math.max(-180, west - s);
        const e = Math.min(180, east - s);
        if (w >= e) continue;
        if (above < 20_000) {
          for (let id = 0; id < above; id++) {
            const lon = indexed.lon[id]!;
            const lat = indexed.lat[id]!;
            if (lon >= w && lon <= e && lat >= south && lat <= north) ids.push({ id, shift: s });
          }
        } else for (const id of indexed.tree.range(w, south, e, north)) if (id < above) ids.push({ id, shift: s });
      }
      // Ids are in rank order: the best places are tried first.
      ids.sort((a, b) => a.id - b.id);
      for (const { id, shift } of ids.slice(0, MAX_CANDIDATES)) {
        const p = toScreen(indexed.lat[id]!, indexed.lon[id]! + shift);
        placesC.push({ text: indexed.names[id]!, kind: indexed.seat[id] === 2 ? 'capital' : 'place', x: p.x, y: p.y });
      }
    }
    const candidates = zoom <= COUNTRY_NAMES_UNTIL ? [...countriesC, ...regionsC, ...placesC] : [...placesC, ...regionsC];
    const widths = textWidths.current;
    if (widths.size > 50_000) widths.clear();
    const measure = (text: string, kind: LabelKind) => {
      const k = `${kind}|${text}`;
      let m = widths.get(k);
      if (!m) {
        ctx.font = FONTS[kind];
        ctx.letterSpacing = kind === 'country' ? '1px' : '0px';
        m = { w: ctx.measureText(text).width, h: kind === 'capital' ? 12 : 11 };
        widths.set(k, m);
      }
      return m;
    };
    // Only markers in or near the view can be under a label: a large workspace reports tens of
    // thousands (every place's dot), and projecting and indexing them all made each draw after a
    // pan or zoom a task of hundreds of milliseconds. The margin covers a marker whose point is
    // just outside the view while its badge reaches in.
    const markers: Box[] = obstacles.all(map.getBounds().pad(OBSTACLE_MARGIN)).map((o) => {
      const p = map.latLngToContainerPoint(o.at);
      return { x0: p.x + o.extent.x0, y0: p.y + o.extent.y0, x1: p.x + o.extent.x1, y1: p.y + o.extent.y1 };
    });
    const placed = placeLabels(candidates, { width: size.x, height: size.y, measure, obstacles: markers, limit: Math.round((size.x * size.y) / PIXELS_PER_LABEL) });

    ctx.lineJoin = 'round';
    for (const l of placed) {
      if (l.dot) {
        ctx.beginPath();
        ctx.arc(l.x, l.y, l.kind === 'capital' ? 3 : 2.3, 0, Math.PI * 2);
        ctx.fillStyle = '#4d4741';
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 1;
        ctx.fill();
        ctx.stroke();
      }
      ctx.font = FONTS[l.kind];
      ctx.letterSpacing = l.kind === 'country' ? '1px' : '0px';
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      ctx.lineWidth = 3;
      ctx.strokeText(l.text, l.tx, l.ty);
      ctx.fillStyle = COLOURS[l.kind];
      ctx.fillText(l.text, l.tx, l.ty);
    }
    // What was written, for tests and for anyone inspecting the page (the canvas itself has no text).
    canvas.dataset.labels = placed
      .slice(0, 300)
      .map((l) => l.text)
      .join('|');
    canvas.dataset.boxes = JSON.stringify(placed.slice(0, 300).map((l) => [l.box.x0, l.box.y0, l.box.x1, l.box.y1].map(Math.round)));
    canvas.dataset.zoom = String(zoom);
    // How many place names it had to choose from: 0 until the worker has sent them.
    canvas.dataset.places = String(indexed?.names.length ?? 0);
  };

  useEffect(() => {
    const pane = map.getPane(LABEL_PANE) ?? map.getPanes().overlayPane;
    pane.appendChild(canvas);
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw.current());
    };
    const hide = () => {
      canvas.style.visibility = 'hidden';
    };
    const onZoomEnd = () => {
      setWantRegions(map.getZoom() >= REGION_NAMES_FROM);
      schedule();
    };
    // Markers that come and go as the time window moves (playback, a dragged handle) move the names
    // once they settle, not on every step: the names are drawn beneath the markers meanwhile.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onObstacles = () => {
      clearTimeout(settle);
      settle = setTimeout(schedule, OBSTACLES_SETTLE_MS);
    };
    map.on('moveend resize viewreset', schedule);
    map.on('zoomend', onZoomEnd);
    map.on('zoomstart', hide);
    const unsubscribe = obstacles.subscribe(onObstacles);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      map.off('moveend resize viewreset', schedule);
      map.off('zoomend', onZoomEnd);
      map.off('zoomstart', hide);
      unsubscribe();
      canvas.remove();
    };
  }, [map, canvas, obstacles]);

  // New names to write (labels arrived, the basemap loaded): draw again.
  useEffect(() => {
    const id = requestAnimationFrame(() => draw.current());
    return () => cancelAnimationFrame(id);
  }, [indexed, countryNames, regions]);

  return null;
}
