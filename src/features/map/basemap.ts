// The embedded basemap, built once by scripts/build-basemap.ts and served (precompressed) from data/:
// Natural Earth countries unwrapped at the antimeridian with their label points, first-level regions
// with their names and label points, rivers and lakes. Each file is fetched and converted once, on
// first use; the app works offline, with no tiles.
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, MultiLineString as TopoLines, Topology } from 'topojson-specification';
import { timed } from '../../shared/perf-marks.ts';

export type CountryProps = { name: string; a2?: string; lx: number; ly: number };
export type Countries = FeatureCollection<Geometry, CountryProps>;

/** n: name, c: ISO alpha-2, g: GeoNames id, x/y: label point, z: zoom from which the name shows. */
export type RegionProps = { n: string; c: string; g: number; x: number; y: number; z: number };
export interface Regions {
  shapes: FeatureCollection<Geometry | null, RegionProps>;
  /** Borders between regions of one country. */
  lines: MultiLineString;
  byGeonameId: ReadonlyMap<number, Feature<Geometry | null, RegionProps>>;
}

export interface Physical {
  rivers: FeatureCollection;
  lakes: FeatureCollection;
}

const url = (file: string) => `${import.meta.env.BASE_URL}data/basemap/${file}`;

/** The basemap files a saved map carries inside itself (it has no server to fetch them from). */
let embedded: Readonly<Record<string, Topology>> | null = null;

/** Called by the saved map's entry before it renders: the basemap is read from these, never fetched. */
export function embedBasemap(files: Readonly<Record<string, Topology>>): void {
  embedded = files;
}

async function fetchTopology(file: string, what: string): Promise<Topology> {
  if (embedded) {
    const t = embedded[file];
    if (!t) throw new Error(`The ${what} is not part of this saved map.`);
    return t;
  }
  const r = await fetch(url(file));
  if (!r.ok) throw new Error(`The ${what} could not be loaded (HTTP ${r.status}).`);
  return (await r.json()) as Topology;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () => {
    cached ??= load();
    // A failed load is tried again next time rather than remembered.
    cached.catch(() => (cached = null));
    return cached;
  };
}

export const loadCountries = once(async (): Promise<Countries> => {
  const [data, topo] = await Promise.all([fetchTopology('countries.json', 'basemap'), import('topojson-client')]);
  return timed('basemap: countries topojson', () => topo.feature(data, data.objects.countries as GeometryCollection<CountryProps>) as Countries);
});

export const loadRegions = once(async (): Promise<Regions> => {
  const [data, topo] = await Promise.all([fetchTopology('admin1.json', 'region boundaries'), import('topojson-client')]);
  const shapes = topo.feature(data, data.objects.regions as GeometryCollection<RegionProps>) as unknown as Regions['shapes'];
  const lines = topo.feature(data, data.objects.lines as TopoLines).geometry as MultiLineString;
  const byGeonameId = new Map(shapes.features.filter((f) => f.properties.g > 0).map((f) => [f.properties.g, f]));
  return { shapes, lines, byGeonameId };
});

export const loadPhysical = once(async (): Promise<Physical> => {
  const [data, topo] = await Promise.all([fetchTopology('physical.json', 'rivers and lakes'), import('topojson-client')]);
  return {
    rivers: topo.feature(data, data.objects.rivers as GeometryCollection) as FeatureCollection,
    lakes: topo.feature(data, data.objects.lakes as GeometryCollection) as FeatureCollection,
  };
});

function lonBounds(g: Geometry | null): [number, number] {
  let w = Infinity;
  let e = -Infinity;
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const lon = (c as number[])[0]!;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
    } else for (const x of c as unknown[]) walk(x);
  };
  if (g && 'coordinates' in g) walk(g.coordinates);
  return [w, e];
}

function shifted<G extends Geometry>(g: G, by: number): G {
  const move = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + by, (c as number[])[1]] : (c as unknown[]).map(move));
  return { ...g, coordinates: move((g as { coordinates: unknown }).coordinates) } as G;
}

/**
 * The features plus a copy, 360° over, of each one that comes near the antimeridian, so a view
 * across 180° (the Bering Strait, Fiji) shows land on both sides. Shapes around a pole are left alone.
 */
export function withAntimeridianCopies<P>(fc: FeatureCollection<Geometry | null, P>, near = 150): FeatureCollection<Geometry | null, P> {
  const out = [...fc.features];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const [w, e] = lonBounds(f.geometry);
    if (e - w >= 350) continue;
    if (e > near) out.push({ ...f, geometry: shifted(f.geometry, -360) });
    if (w < -near) out.push({ ...f, geometry: shifted(f.geometry, 360) });
  }
  return { ...fc, features: out };
}
