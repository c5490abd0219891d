// The clustering adapter over supercluster: the same clusters as supercluster's own public API at
// every zoom (so a change of its internal layout fails here), and a time window that regroups
// without rebuilding.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Supercluster from 'supercluster';
import { mulberry32 } from '../../../src/core/index.ts';
import { createClusterIndex, mercatorX, mercatorY } from '../../../src/features/map/cluster-index.ts';
import { ALWAYS, dayNumber, layoutMarkers } from '../../../src/features/map/marker-layout.ts';

function points(n: number, seed = 7) {
  const rand = mulberry32(seed);
  const centres = [
    [36.2, 37.1],
    [49.9, 36.2],
    [31.5, 34.4],
    [15.5, 32.5],
  ];
  return Array.from({ length: n }, () => {
    const [lat, lon] = centres[Math.floor(rand() * centres.length)]!;
    return { lat: lat! + (rand() - 0.5) * 4, lon: lon! + (rand() - 0.5) * 4 };
  });
}

/** Supercluster's clusters at a zoom as sets of point indices, through its public API. */
function publicPartition(pts: { lat: number; lon: number }[], zoom: number, maxZoom: number): string[] {
  const sc = new Supercluster<{ i: number }>({ radius: 60, maxZoom, minZoom: 0, extent: 256, minPoints: 2 });
  sc.load(pts.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })));
  return sc
    .getClusters([-180, -85, 180, 85], zoom)
    .map((f) => {
      const props = f.properties as { cluster?: boolean; cluster_id?: number; i?: number };
      const ids = props.cluster ? sc.getLeaves(props.cluster_id!, Infinity).map((l) => l.properties.i) : [props.i!];
      return ids.sort((a, b) => a - b).join(',');
    })
    .sort();
}

describe('createClusterIndex', () => {
  test('groups every point as supercluster clusters it, at every zoom', () => {
    const pts = points(1500);
    const index = createClusterIndex(pts, { radius: 60, maxZoom: 11 });
    const all = pts.map((_, i) => i);
    for (let z = 0; z <= 12; z++) {
      const ours = index
        .groupsAt(z, all)
        .map((g) => [...g].sort((a, b) => a - b).join(','))
        .sort();
      expect(ours, `zoom ${z}`).toEqual(publicPartition(pts, z, 11));
    }
  });

  test('a subset is grouped by the same clusters, leaving out the rest', () => {
    const pts = points(400, 3);
    const index = createClusterIndex(pts, { radius: 60, maxZoom: 11 });
    const subset = pts.map((_, i) => i).filter((i) => i % 3 === 0);
    for (const z of [2, 5, 8]) {
      const groups = index.groupsAt(z, subset);
      expect(groups.flat().sort((a, b) => a - b)).toEqual(subset);
      for (const g of groups) for (const i of g) expect(index.groupOf(z, i)).toBe(index.groupOf(z, g[0]!));
    }
  });

  test('projects as Web Mercator does', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 6);
    expect(mercatorY(-89)).toBeCloseTo(1, 6);
  });
});

describe('layoutMarkers', () => {
  const pts = points(2000, 11);
  const index = createClusterIndex(pts, { radius: 60, maxZoom: 11 });
  const start = new Int32Array(pts.length);
  const end = new Int32Array(pts.length);
  pts.forEach((_, i) => {
    start[i] = dayNumber('2022-01-01') + (i % 365);
    end[i] = start[i]! + (i % 10 === 0 ? 6 : 0);
  });
  start[0] = ALWAYS[0];
  end[0] = ALWAYS[1];
  const world = { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 };
  const base = { index, start, end, zoom: 4, maxZoom: 12, view: world, clusterAbove: 150, minCluster: 10, maxSingles: 300 };

  test('shows exactly the events in the window (and the undated), each once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 11 }), (from, len, zoom) => {
        const w = [dayNumber('2022-01-01') + from, dayNumber('2022-01-01') + from + len] as const;
        const out = layoutMarkers({ ...base, zoom, window: w });
        const shown = [...out.singles.map((s) => s.i), ...out.clusters.flatMap((c) => c.members)].sort((a, b) => a - b);
        const expected = pts.map((_, i) => i).filter((i) => start[i]! <= w[1] && end[i]! >= w[0]);
        expect(shown).toEqual(expected);
        expect(out.inView).toBe(expected.length);
        for (const c of out.clusters) expect(c.members.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 40 },
    );
  });

  test('a view with few events shows each on its own; a crowded one clusters, and a cluster sits among its events in the window', () => {
    const narrow = layoutMarkers({ ...base, window: [dayNumber('2022-03-01'), dayNumber('2022-03-02')] });
    expect(narrow.clusters).toHaveLength(0);
    const wide = layoutMarkers({ ...base, window: null });
    expect(wide.clusters.length).toBeGreaterThan(0);
    expect(wide.singles.length + wide.clusters.length).toBeLessThan(300);
    const scale = 256 * 2 ** 4;
    for (const c of wide.clusters) {
      const xs = c.members.map((i) => index.xy[2 * i]! * scale);
      expect(c.x).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(c.x).toBeLessThanOrEqual(Math.max(...xs));
    }
  });

  test('events outside the view are left out; at the last zoom nothing is clustered', () => {
    const scale = 256 * 2 ** 6;
    const x = index.xy[0]! * scale;
    const y = index.xy[1]! * scale;
    const out = layoutMarkers({ ...base, zoom: 6, window: null, view: { minX: x - 50, minY: y - 50, maxX: x + 50, maxY: y + 50 } });
    expect(out.inView).toBeLessThan(pts.length);
    expect([...out.singles.map((s) => s.i), ...out.clusters.flatMap((c) => c.members)]).toContain(0);
    expect(layoutMarkers({ ...base, zoom: 12, window: null }).clusters).toHaveLength(0);
  });

  test('the spread-out spot keeps its events single', () => {
    const scale = 256 * 2 ** 3;
    const at = { x: index.xy[4]! * scale, y: index.xy[5]! * scale };
    const out = layoutMarkers({ ...base, zoom: 3, window: null, expanded: at });
    expect(out.singles.map((s) => s.i)).toContain(2);
    expect(out.clusters.flatMap((c) => c.members)).not.toContain(2);
  });
});

test('dayNumber counts days from 1970-01-01', () => {
  expect(dayNumber('1970-01-02')).toBe(1);
  expect(dayNumber('2020-05-06') - dayNumber('2020-05-04')).toBe(2);
  expect(dayNumber('2021-01-01') - dayNumber('2020-01-01')).toBe(366);
});
