// The basemap built at install (scripts/build-basemap.ts) gives every country that has a label
// point its code on exactly one outline: the map draws a country-level event as that outline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PACKED_COUNTRY_POINTS } from '../../../src/shared/geo/country-points.ts';

const file = path.resolve(import.meta.dirname, '../../../public/data/basemap/countries.json');

test('every country with a label point has its code on exactly one outline', () => {
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const geoms = (topo.objects.countries as GeometryCollection<{ name: string; a2?: string }>).geometries;
  const byCode = new Map<string, number>();
  for (const g of geoms) {
    const a2 = (g.properties as { a2?: string } | undefined)?.a2;
    if (a2) byCode.set(a2, (byCode.get(a2) ?? 0) + 1);
  }
  const codes = PACKED_COUNTRY_POINTS.trim().split(/\s+/).map((e) => e.split(':')[0]!);
  expect(codes.length).toBeGreaterThan(200);
  expect(codes.filter((c) => byCode.get(c) !== 1)).toEqual([]);
  // the countries a conflict map needs most, named
  for (const c of ['RU', 'UA', 'SY', 'US', 'CN', 'FJ']) expect(byCode.get(c), c).toBe(1);
});
