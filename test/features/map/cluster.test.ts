import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { EventType } from '../../../src/core/index.ts';
import { fanOut, gridCluster, mergeNear } from '../../../src/features/map/cluster.ts';

const pt = (x: number, y: number, item: string) => ({ x, y, item });

describe('gridCluster', () => {
  test('a crowded cell becomes one cluster at its centroid; sparse cells stay single', () => {
    const pts = [pt(1, 1, 'a'), pt(3, 3, 'b'), pt(5, 5, 'c'), pt(200, 200, 'lonely')];
    const r = gridCluster(pts, 64, 3);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]!.items.sort()).toEqual(['a', 'b', 'c']);
    expect(r.clusters[0]!.x).toBeCloseTo(3);
    expect(r.singles.map((s) => s.item)).toEqual(['lonely']);
  });

  test('every point ends up exactly once, in a cluster or alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (xy, min) => {
        const pts = xy.map(([x, y], i) => pt(x, y, String(i)));
        const r = gridCluster(pts, 50, min);
        const seen = [...r.singles.map((s) => s.item), ...r.clusters.flatMap((c) => c.items)].sort();
        expect(seen).toEqual(pts.map((p) => p.item).sort());
        for (const c of r.clusters) expect(c.items.length).toBeGreaterThanOrEqual(min);
      }),
    );
  });
});

describe('fanOut', () => {
  test('points on one spot are spread on a ring so none hides another', () => {
    const out = fanOut([pt(100, 100, 'a'), pt(100, 100, 'b'), pt(100, 100, 'c'), pt(400, 400, 'far')], 8, 16);
    expect(out).toHaveLength(4);
    const ring = out.filter((p) => p.item !== 'far');
    for (const p of ring) expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(16);
    const keys = new Set(ring.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`));
    expect(keys.size).toBe(3);
    expect(out.find((p) => p.item === 'far')).toEqual(pt(400, 400, 'far'));
  });
});

describe('mergeNear', () => {
  test('clusters closer than the distance merge at their weighted centre; distant ones stay apart', () => {
    const merged = mergeNear(
      [
        { x: 0, y: 0, items: ['a', 'b', 'c'] },
        { x: 30, y: 0, items: ['d'] },
        { x: 500, y: 500, items: ['e'] },
      ],
      50,
    );
    expect(merged).toHaveLength(2);
    const big = merged.find((c) => c.items.length === 4)!;
    expect(big.items.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(big.x).toBeCloseTo(7.5);
    expect(merged.find((c) => c.items.includes('e'))!.x).toBe(500);
  });
});

describe('cluster names', () => {
  test('say which types a cluster holds, commonest first', async () => {
    const { clusterSummary } = await import('../../../src/features/map/cluster-name.ts');
    const ev = (type: EventType) => ({ type });
    expect(clusterSummary([ev('shelling'), ev('air_strike'), ev('air_strike'), ev('raid'), ev('killing')])).toBe('2 Air strike, 1 Killing, 2 more');
    expect(clusterSummary([ev('raid')])).toBe('1 Raid');
  });
});
