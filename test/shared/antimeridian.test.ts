// Shapes across 180° are drawn whole and in place: rings are continuous, a country's parts sit beside
// its largest part, and points are drawn where their country is.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { closePolarRing, lonRange, unwrapPolygons, unwrapRing, wrapLonInto, type Position } from '../../src/shared/geo/antimeridian.ts';
import { displayPoint } from '../../src/shared/geo/display-point.ts';

describe('unwrapRing', () => {
  test('a ring that jumps from 179.8 to -179.9 goes on to 180.1', () => {
    const ring: Position[] = [
      [179, 65],
      [179.8, 66],
      [-179.9, 66],
      [-178, 65],
      [179, 65],
    ];
    expect(unwrapRing(ring).map((p) => p[0])).toEqual([179, 179.8, 180.1, 182, 179]);
  });

  test('no two neighbours are ever more than 180° apart, and latitudes are kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true })), { minLength: 2, maxLength: 50 }), (pts) => {
        const u = unwrapRing(pts as Position[]);
        for (let i = 1; i < u.length; i++) expect(Math.abs(u[i]![0] - u[i - 1]![0])).toBeLessThanOrEqual(180 + 1e-9);
        u.forEach((p, i) => {
          expect(p[1]).toBe(pts[i]![1]);
          // Only whole turns are added.
          expect(Math.abs(((p[0] - pts[i]![0]) / 360) % 1)).toBeLessThan(1e-9);
        });
      }),
    );
  });

  test('a ring that needs no unwrapping is returned as it was', () => {
    const ring: Position[] = [
      [35, 32],
      [36, 33],
      [37, 32],
      [35, 32],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('closePolarRing', () => {
  test('a ring around the south pole is closed along the bottom of the map', () => {
    const ring = unwrapRing([
      [-180, -70],
      [-60, -65],
      [60, -68],
      [179, -70],
      [-180, -70],
    ]);
    const closed = closePolarRing(ring);
    expect(closed.slice(-3)).toEqual([
      [180, -90],
      [-180, -90],
      [-180, -70],
    ]);
  });

  test('an ordinary ring is left alone', () => {
    const ring: Position[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(closePolarRing(ring)).toBe(ring);
  });
});

describe('unwrapPolygons', () => {
  // A toy Russia: a large main part crossing 180° and an island at -175° east of it.
  const main: Position[] = [
    [30, 50],
    [179, 50],
    [-179, 66],
    [-175, 70],
    [30, 70],
    [30, 50],
  ];
  const island: Position[] = [
    [-176, 71],
    [-174, 71],
    [-174, 72],
    [-176, 71],
  ];

  test('parts are placed beside the largest part, whole and continuous', () => {
    const u = unwrapPolygons([[main], [island]]);
    expect(u.largest).toBe(0);
    const [w, e] = lonRange([u.polygons[1]![0]!]);
    expect(w).toBe(184);
    expect(e).toBe(186);
    expect(u.west).toBe(30);
    expect(u.east).toBe(186);
  });

  test('the largest part is centred in [-180, 180]', () => {
    const shiftedMain = main.map(([x, y]) => [x - 360, y] as Position);
    const u = unwrapPolygons([[shiftedMain]]);
    const [w, e] = lonRange([u.polygons[0]![0]!]);
    expect((w + e) / 2).toBeGreaterThanOrEqual(-180);
    expect((w + e) / 2).toBeLessThanOrEqual(180);
  });
});

describe('Natural Earth countries unwrapped (the basemap build)', () => {
  const t = atlas as unknown as Topology;
  const countries = feature(t, t.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  const shape = (name: string) => {
    const f = countries.features.find((x) => x.properties.name === name)!;
    const g = f.geometry as Polygon | MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][]);
    return { raw: polygons, u: unwrapPolygons(polygons) };
  };

  test('Russia is not a band across the world: drawn from the Baltic to past 180°, no ring spans more than half the world', () => {
    const { raw, u } = shape('Russia');
    // The data as it comes has a ring across the antimeridian, which a flat map draws as a band.
    expect(Math.max(...raw.map((p) => lonRange([p[0]!])).map(([w, e]) => e - w))).toBeGreaterThan(300);
    expect(u.west).toBeGreaterThan(19);
    expect(u.west).toBeLessThan(21);
    expect(u.east).toBeGreaterThan(185);
    expect(u.east).toBeLessThan(195);
    for (const p of u.polygons) {
      const [w, e] = lonRange([p[0]!]);
      expect(e - w).toBeLessThan(180);
    }
  });

  test('Fiji, the United States (the Aleutians) and New Zealand stay together', () => {
    expect(shape('Fiji').u.east - shape('Fiji').u.west).toBeLessThan(10);
    const us = shape('United States of America').u;
    expect(us.west).toBeLessThan(-180);
    expect(us.west).toBeGreaterThan(-190);
    expect(us.east).toBeLessThan(-60);
    const nz = shape('New Zealand').u;
    expect(nz.east - nz.west).toBeLessThan(30);
  });
});

describe('points drawn where their country is', () => {
  test('wrapLonInto moves a point by 360° only into the range', () => {
    expect(wrapLonInto(-173, 19.6, 190.3)).toBe(187);
    expect(wrapLonInto(172.9, -187.6, -66.9)).toBeCloseTo(-187.1);
    expect(wrapLonInto(37, 35.7, 42.4)).toBe(37);
    expect(wrapLonInto(100, 35.7, 42.4)).toBe(100);
  });

  test('a country-level place is drawn at its label point; a town in Chukotka beside Chukotka', () => {
    const russia = displayPoint({ lat: 60, lon: 100, precision: 'country', country: 'RU' });
    expect(russia.source).toBe('label-point');
    expect(russia.lat).not.toBe(60);
    expect(displayPoint({ lat: 64.4, lon: -173.2, precision: 'city', country: 'RU' }).lon).toBeCloseTo(186.8);
    expect(displayPoint({ lat: 52.9, lon: 173.2, precision: 'city', country: 'US' }).lon).toBeCloseTo(-186.8);
    expect(displayPoint({ lat: 36.2, lon: 37.16, precision: 'city', country: 'SY' })).toEqual({ lat: 36.2, lon: 37.16, source: 'gazetteer' });
    // No country, no change.
    expect(displayPoint({ lat: 10, lon: 170, precision: 'region' })).toEqual({ lat: 10, lon: 170, source: 'gazetteer' });
  });
});
