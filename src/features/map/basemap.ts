// The embedded basemap: Natural Earth 1:50m country shapes from world-atlas, loaded as a separate
// chunk on first use and converted once to GeoJSON (the app works offline, no tiles).
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryProps = { name: string };
export type Countries = FeatureCollection<Geometry, CountryProps>;

let cached: Promise<Countries> | null = null;

export function loadCountries(): Promise<Countries> {
  cached ??= Promise.all([import('world-atlas/countries-50m.json'), import('topojson-client')]).then(([atlas, topo]) => {
    const data = (atlas.default ?? atlas) as unknown as Topology;
    return topo.feature(data, data.objects.countries as GeometryCollection<CountryProps>) as Countries;
  });
  cached.catch(() => (cached = null));
  return cached;
}
