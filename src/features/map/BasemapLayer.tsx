// The offline basemap on canvas beneath everything else: Natural Earth countries, lakes and rivers,
// and from zoom 4 the borders of first-level regions. Started once the first markers are drawn (or
// after a few seconds at the latest), and the countries added a few at a time when the page is
// idle, so it never holds up the first markers nor makes a long task of its own.
import { useEffect, useState } from 'react';
import * as L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import { loadCountries, loadPhysical, loadRegions, withAntimeridianCopies } from './basemap.ts';
import './BasemapLayer.css';
import type { Feature } from 'geojson';
import { mark } from '../../shared/perf-marks.ts';

/** Regions' borders are drawn from this zoom on (below it they are a blur of lines). */
export const REGION_LINES_FROM_ZOOM = 4;
const LAND = { color: '#9aa7b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 };
const WATER = '#cfe0ee';

/** Runs `fn` when the main thread is idle (or after `timeout` ms at the latest). */
export function whenIdle(fn: (deadline?: IdleDeadline) => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

/** The longest the basemap waits for the first markers before it starts anyway. */
export const BASEMAP_START_MS = 4000;
/** Work per slice when the browser cannot say how long it will stay idle. */
const SLICE_MS = 12;

/**
 * Adds the features to `layer` (already on the map) a few at a time, each batch in an idle period,
 * then calls `done`. Projecting a country's outline is most of the cost of drawing it: all 240 at
 * once were a task of half a second to a second on a slow machine. Returns a function that stops.
 */
export function addInSlices(layer: L.GeoJSON, features: readonly Feature[], done: () => void): () => void {
  let i = 0;
  let stop = () => {};
  const step = (deadline?: IdleDeadline) => {
    const t0 = performance.now();
    // At least one feature per slice, so a page that is never idle still gets its basemap.
    do layer.addData(features[i++]!);
    while (i < features.length && (deadline && !deadline.didTimeout ? deadline.timeRemaining() > 2 : performance.now() - t0 < SLICE_MS));
    if (i < features.length) stop = whenIdle(step, 200);
    else done();
  };
  stop = whenIdle(step, 200);
  return () => stop();
}

/**
 * `start`: the first markers are on the map (or there are none to wait for); until then, or for
 * BASEMAP_START_MS at most, the basemap waits. Once started it stays.
 */
export function BasemapLayer({ faded, start = true }: { faded: boolean; start?: boolean }) {
  const map = useMap();
  const [started, setStarted] = useState(start);
  if (start && !started) setStarted(true);
  useEffect(() => {
    if (started) return;
    const id = setTimeout(() => setStarted(true), BASEMAP_START_MS);
    return () => clearTimeout(id);
  }, [started]);
  const [land, setLand] = useState<L.GeoJSON | null>(null);
  const [regionLines, setRegionLines] = useState<L.GeoJSON | null>(null);
  const [zoom, setZoom] = useState(map.getZoom());
  const [error, setError] = useState<string | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    const added: L.Layer[] = [];
    const stops: (() => void)[] = [];
    const fail = (err: unknown) => {
      if (!cancelled) setError(err instanceof Error ? err.message : String(err));
    };
    stops.push(
      whenIdle(() => {
        loadCountries()
          .then((countries) => {
            if (cancelled) return;
            const layer = L.geoJSON(undefined, {
              pane: 'basemap',
              interactive: false,
              style: LAND,
              attribution: 'Shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
            });
            layer.addTo(map);
            added.push(layer);
            setLand(layer);
            stops.push(
              addInSlices(layer, withAntimeridianCopies(countries).features as Feature[], () => {
                mark('basemap: countries drawn');
                // Rivers, lakes and region borders come after the land, each when the page is idle again.
                stops.push(whenIdle(() => {
                  loadPhysical()
                    .then((p) => {
                      if (cancelled) return;
                      const lakes = L.geoJSON(p.lakes, { pane: 'basemap', interactive: false, style: { stroke: false, fillColor: WATER, fillOpacity: 1 } });
                      const rivers = L.geoJSON(p.rivers, { pane: 'basemap', interactive: false, style: { color: '#9cc0de', weight: 1, opacity: 0.9, fill: false } });
                      for (const l of [lakes, rivers]) {
                        l.addTo(map);
                        added.push(l);
                      }
                    })
                    .catch(fail);
                  loadRegions()
                    .then((r) => {
                      if (cancelled) return;
                      setRegionLines(L.geoJSON(r.lines, { pane: 'basemap', interactive: false, style: { color: '#a99bb5', weight: 0.8, dashArray: '3 3', fill: false } }));
                    })
                    .catch(fail);
                }));
              }),
            );
          })
          .catch(fail);
      }),
    );
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
      for (const l of added) l.remove();
    };
  }, [map, started]);

  // Region borders only where they can be read; removing them below that zoom also spares the
  // canvas their redraw on every pan.
  const showRegions = zoom >= REGION_LINES_FROM_ZOOM;
  useEffect(() => {
    if (!regionLines || !showRegions) return;
    regionLines.addTo(map);
    return () => {
      regionLines.remove();
    };
  }, [regionLines, showRegions, map]);

  useEffect(() => {
    land?.setStyle({ fillOpacity: faded ? 0.35 : 1 });
  }, [land, faded]);

  if (!error) return null;
  return (
    <div className="map-error" role="alert">
      The offline basemap could not be loaded: {error}
    </div>
  );
}
