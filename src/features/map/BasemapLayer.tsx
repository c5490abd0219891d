// The offline basemap: Natural Earth country shapes drawn on canvas beneath everything else.
import { useEffect, useState } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import { loadCountries } from './basemap.ts';
import './BasemapLayer.css';

export function BasemapLayer({ faded }: { faded: boolean }) {
  const map = useMap();
  const [layer, setLayer] = useState<L.GeoJSON | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let added: L.GeoJSON | null = null;
    loadCountries()
      .then((countries) => {
        if (cancelled) return;
        added = L.geoJSON(countries, {
          pane: 'basemap',
          interactive: false,
          style: { color: '#9aa7b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
          attribution: 'Shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
        });
        added.addTo(map);
        setLayer(added);
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
      added?.remove();
    };
  }, [map]);

  useEffect(() => {
    layer?.setStyle({ fillOpacity: faded ? 0.35 : 1 });
  }, [layer, faded]);

  if (!error) return null;
  return (
    <div className="map-error" role="alert">
      The offline basemap could not be loaded: {error}
    </div>
  );
}
