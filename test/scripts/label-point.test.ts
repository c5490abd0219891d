// A country's marker and name go at its label point: inside its largest polygon, away from its edges,
// even where the centroid would fall outside (a crescent) or on a thin arm.
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { unwrapPolygons, type Position } from '../../src/shared/geo/antimeridian.ts';
import { countryPoint } from '../../src/shared/geo/display-point.ts';
import { isoAlpha2 } from '../../scripts/basemap/iso-numeric.ts';
import { labelPoint, largestPolygon, polygonLabelPoint } from '../../scripts/basemap/label-point.ts';

function inside([x, y]: [number, number], ring: readonly Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

describe('label point', () => {
  test('of a C-shaped polygon lies in its body, not at the empty centre', () => {
    const c: Position[] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const p = polygonLabelPoint([c], 0.01);
    expect(inside(p, c)).toBe(true);
    expect(p[0]).toBeLessThan(2);
  });

  test('is that of the largest polygon', () => {
    const small: Position[] = [
      [50, 0],
      [51, 0],
      [51, 1],
      [50, 0],
    ];
    const big: Position[] = [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
      [0, 0],
    ];
    expect(largestPolygon([[small], [big]])).toBe(1);
    const p = labelPoint([[small], [big]])!;
    expect(inside(p, big)).toBe(true);
  });

  test('every country point the map uses lies inside that country, and matches a fresh computation', () => {
    const t = atlas as unknown as Topology;
    const countries = feature(t, t.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
    let checked = 0;
    for (const f of countries.features) {
      const a2 = isoAlpha2(String(f.id ?? ''));
      // The Ashmore and Cartier Islands share Australia's id; the code is the larger shape's.
      if (!a2 || !countryPoint(a2) || f.properties.name === 'Ashmore and Cartier Is.') continue;
      const g = f.geometry as Polygon | MultiPolygon;
      const u = unwrapPolygons(g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][]));
      const stored = countryPoint(a2)!;
      const main = u.polygons[largestPolygon(u.polygons)]!;
      expect(inside([stored.lon, stored.lat], main[0]!), `${a2} ${f.properties.name}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
    // The committed table is what the build writes today (regenerate with scripts/build-basemap.ts).
    const ru = countries.features.find((f) => f.properties.name === 'Russia')!;
    const lp = labelPoint(unwrapPolygons((ru.geometry as MultiPolygon).coordinates as Position[][][]).polygons)!;
    expect(countryPoint('RU')!.lat).toBeCloseTo(lp[1], 1);
    expect(countryPoint('RU')!.lon).toBeCloseTo(lp[0], 1);
  });
});
