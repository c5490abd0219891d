import { describe, expect, test } from 'vitest';
import type { EventType } from '../../../src/core/index.ts';
import { fanOut } from '../../../src/features/map/cluster.ts';

const pt = (x: number, y: number, item: string) => ({ x, y, item });

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

describe('cluster names', () => {
  test('say which types a cluster holds, commonest first', async () => {
    const { clusterSummary } = await import('../../../src/features/map/cluster-name.ts');
    const ev = (type: EventType) => ({ type });
    expect(clusterSummary([ev('shelling'), ev('air_strike'), ev('air_strike'), ev('raid'), ev('killing')])).toBe('2 Air strike, 1 Killing, 2 more');
    expect(clusterSummary([ev('raid')])).toBe('1 Raid');
  });
});
