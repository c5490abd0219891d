// The offline basemap on canvas beneath everything else: Natural Earth countries, lakes and rivers,
// and from zoom 4 the borders of first-level regions. Built when the page is idle, after the first
// render, so it never holds up the first markers.
import { useEffect, useState } from 'react';
import * as L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import { loadCountries, loadPhysical, loadRegions, withAntimeridianCopies } from './basemap.ts';
import './BasemapLayer.css';
import { timed } from '../../shared/perf-marks.ts';

/** Regions' borders are drawn from this zoom on (below it they are a blur of lines). */
export const REGION_LINES_FROM_ZOOM = 4;
const LAND = { color: '#9aa7b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 };
const WATER = '#cfe0ee';

/** Runs `fn` when the main thread is idle (or after `timeout` ms at the latest). */
export function whenIdle(fn: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

export function BasemapLayer({ faded }: { faded: boolean }) {
  const map = useMap();
  const [land, setLand] = useState<L.GeoJSON | null>(null);
  const [regionLines, setRegionLines] = useState<L.GeoJSON | null>(null);
  const [zoom, setZoom] = useState(map.getZoom());
  const [error, setError] = useState<string | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  useEffect(() => {
    let cancelled = false;
    const added: L.Layer[] = [];
    const fail = (err: unknown) => {
      if (!cancelled) setError(err instanceof Error ? err.message : String(err));
    };
    const stop = whenIdle(() => {
      loadCountries()
        .then((countries) => {
          if (cancelled) return;
          const layer = timed('basemap: countries layer', () =>
            L.geoJSON(withAntimeridianCopies(countries), {
              pane: 'basemap',
              interactive: false,
              style: LAND,
              attribution: 'Shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
            }),
          );
          timed('basemap: countries drawn', () => layer.addTo(map));
          added.push(layer);
          setLand(layer);
          // Rivers, lakes and region borders come after the land, each when the page is idle again.
          whenIdle(() => {
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
          });
        })
        .catch(fail);
    });
    return () => {
      cancelled = true;
      stop();
      for (const l of added) l.remove();
    };
  }, [map]);

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
