// Basemap names: fewer, larger places at the world view, towns at city zoom; never over a marker or
// another name, never off screen; better-ranked names win the space.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { minRankAt, placeLabels, type Box, type LabelCandidate, type PlacedLabel, type PlaceOptions } from '../../../src/features/map/label-select.ts';

const measure = (text: string) => ({ w: text.length * 6, h: 11 });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const place = (text: string, x: number, y: number): LabelCandidate => ({ text, kind: 'place', x, y });

describe('minRankAt', () => {
  test('falls as the map zooms in, to every town of 1,000 at city zoom', () => {
    for (let z = 1; z <= 14; z++) expect(minRankAt(z)).toBeLessThanOrEqual(minRankAt(z - 1));
    expect(minRankAt(2)).toBeGreaterThanOrEqual(1e6);
    expect(minRankAt(10)).toBeLessThanOrEqual(5000);
    expect(minRankAt(11)).toBeLessThanOrEqual(1000);
  });
});

describe('placeLabels', () => {
  const opts = { width: 400, height: 300, measure, obstacles: [] as Box[], limit: 100 };

  test('a name goes right of its point, else left, above or below when that side is taken', () => {
    const [a, b] = placeLabels([place('Aleppo', 100, 100), place('Homs', 180, 100)], opts);
    expect(a!.tx).toBeGreaterThan(100);
    expect(b!.tx).toBeGreaterThan(180);
    const crowded = placeLabels([place('Aleppo', 100, 100), place('Hama', 100 + 50, 100), place('Idlib', 140, 100)], opts);
    for (const l of crowded) for (const m of crowded) if (l !== m) expect(overlaps(l.box, m.box)).toBe(false);
  });

  test('a name that would cover a marker moves to another side or is left out', () => {
    const marker: Box = { x0: 108, y0: 88, x1: 190, y1: 112 };
    const [l] = placeLabels([place('Aleppo', 100, 100)], { ...opts, obstacles: [marker] });
    expect(l).toBeDefined();
    expect(overlaps(l!.box, marker)).toBe(false);
    // A marker on the point itself: the name goes beside the marker, with no dot of its own.
    const onTop: Box = { x0: 87, y0: 87, x1: 113, y1: 113 };
    const [beside] = placeLabels([place('Aleppo', 100, 100)], { ...opts, obstacles: [onTop] });
    expect(beside!.dot).toBe(false);
    expect(overlaps(beside!.box, onTop)).toBe(false);
    // A large marker (a 32 px ring) with a small one (the place's own dot) on the point: still named,
    // just clear of both.
    const ring32: Box = { x0: 84, y0: 84, x1: 116, y1: 116 };
    const dot: Box = { x0: 95, y0: 95, x1: 105, y1: 105 };
    const [big] = placeLabels([place('Damascus', 100, 100)], { ...opts, obstacles: [ring32, dot] });
    expect(big).toBeDefined();
    expect(overlaps(big!.box, ring32)).toBe(false);
    expect(big!.tx - 116).toBeLessThan(8);
    // Markers all round: left out.
    const ring = [onTop, { x0: 113, y0: 80, x1: 200, y1: 120 }, { x0: 0, y0: 80, x1: 87, y1: 120 }, { x0: 60, y0: 0, x1: 140, y1: 87 }, { x0: 60, y0: 113, x1: 140, y1: 200 }];
    expect(placeLabels([place('Aleppo', 100, 100)], { ...opts, obstacles: ring })).toEqual([]);
  });

  test('areas are named over their middle; better-ranked candidates take the space first', () => {
    const [syria] = placeLabels([{ text: 'SYRIA', kind: 'country', x: 200, y: 150 }], opts);
    expect(syria!.tx + 15).toBeCloseTo(200);
    expect(syria!.dot).toBe(false);
    const won = placeLabels([place('Damascus', 100, 100), place('Darayya', 102, 101)], opts);
    expect(won.map((l) => l.text)).toEqual(['Damascus']);
  });

  test('whatever the candidates: nothing overlaps, nothing covers an obstacle, nothing leaves the screen, the limit holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 14 }), x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -50, max: 350 }) }), { maxLength: 120 }),
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 60 }),
        (cands, obs, limit) => {
          const obstacles = obs.map(({ x, y }) => ({ x0: x - 13, y0: y - 13, x1: x + 13, y1: y + 13 }));
          const out = placeLabels(
            cands.map((c) => place(c.text, c.x, c.y)),
            { ...opts, obstacles, limit },
          );
          expect(out.length).toBeLessThanOrEqual(limit);
          for (const l of out) {
            expect(l.box.x0).toBeGreaterThanOrEqual(0);
            expect(l.box.y0).toBeGreaterThanOrEqual(0);
            expect(l.box.x1).toBeLessThanOrEqual(400);
            expect(l.box.y1).toBeLessThanOrEqual(300);
            for (const o of obstacles) expect(overlaps(l.box, o)).toBe(false);
            for (const m of out) if (m !== l) expect(overlaps(l.box, m.box)).toBe(false);
          }
        },
      ),
    );
  });
});

/**
 * placeLabels as it was before its obstacles were indexed: every candidate tested against every
 * obstacle. The indexed one must place exactly the same labels.
 */
function referencePlaceLabels(candidates: readonly LabelCandidate[], opts: PlaceOptions): PlacedLabel[] {
  const gap = opts.gap ?? 3;
  const placed: PlacedLabel[] = [];
  let towns = 0;
  const taken: Box[] = [];
  // A coarse grid of the boxes taken so far keeps the overlap tests local.
  const CELL = 64;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, fn: (k: number) => void) => {
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) fn(cx * 4096 + cy);
  };
  const add = (b: Box) => {
    taken.push(b);
    cells(b, (k) => {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    });
  };
  const free = (b: Box) => {
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > opts.width || b.y1 > opts.height) return false;
    let ok = true;
    cells(b, (k) => {
      if (ok) for (const o of grid.get(k) ?? []) if (overlaps(b, o)) ok = false;
    });
    return ok;
  };
  for (const o of opts.obstacles) add(o);

  for (const c of candidates) {
    // The limit keeps towns from cluttering the map; country and region names are placed only where
    // they fit, and neither count toward it nor are crowded out by it.
    const isArea = c.kind === 'country' || c.kind === 'region';
    if (!isArea && towns >= opts.limit) continue;
    if (c.x < 0 || c.y < 0 || c.x > opts.width || c.y > opts.height) continue;
    const { w, h } = opts.measure(c.text, c.kind);
    const area = c.kind === 'country' || c.kind === 'region';
    const dot: Box = { x0: c.x - 3 - gap, y0: c.y - 3 - gap, x1: c.x + 3 + gap, y1: c.y + 3 + gap };
    // A place with a marker on its point (a place the article names, an event in a town) keeps its
    // name, set beside the marker instead of beside a dot of its own.
    // The markers on the point, as one box: the name goes just outside it, whatever their size.
    let around: Box | null = null;
    if (!area) {
      for (const o of opts.obstacles) {
        if (!overlaps(dot, o)) continue;
        around = around ? { x0: Math.min(around.x0, o.x0), y0: Math.min(around.y0, o.y0), x1: Math.max(around.x1, o.x1), y1: Math.max(around.y1, o.y1) } : { ...o };
      }
    }
    const onMarker = around !== null;
    if (!area && !onMarker && !free(dot)) continue;
    const withDot = !area && !onMarker;
    // Beside a dot of its own, 6 px from the point; beside markers, clear of them by the gap.
    const e = around ?? { x0: c.x - 6 + gap + 1, y0: c.y - 6 + gap + 1, x1: c.x + 6 - gap - 1, y1: c.y + 6 - gap - 1 };
    // An area's name sits over its label point, or just above or below it when a marker stands there
    // (a country-level event is drawn at that very point).
    const options: [number, number][] = area
      ? [
          [c.x - w / 2, c.y + h / 2],
          [c.x - w / 2, c.y - 18],
          [c.x - w / 2, c.y + 18 + h],
        ]
      : [
          [e.x1 + gap + 1, c.y + h / 2 - 1],
          [e.x0 - gap - 1 - w, c.y + h / 2 - 1],
          [c.x - w / 2, e.y0 - gap - 1],
          [c.x - w / 2, e.y1 + gap + 1 + h],
        ];
    for (const [tx, ty] of options) {
      const box: Box = { x0: tx - gap, y0: ty - h - gap, x1: tx + w + gap, y1: ty + gap };
      if (!free(box)) continue;
      add(box);
      if (withDot) add(dot);
      placed.push({ ...c, tx, ty, box, dot: withDot });
      if (!isArea) towns++;
      break;
    }
  }
  return placed;
}

describe('placeLabels with its obstacles indexed', () => {
  test('places exactly what testing every obstacle placed, with big, off-screen and stacked markers', () => {
    // Near the index's 64 px cell borders, where a marker and a point fall in different cells.
    const nearBorder = (max: number) => fc.tuple(fc.integer({ min: -2, max: Math.ceil(max / 64) }), fc.integer({ min: -12, max: 12 })).map(([k, d]) => k * 64 + d);
    const box = fc.oneof(
      fc.record({ x: nearBorder(400), y: nearBorder(300), w: fc.integer({ min: 1, max: 30 }), h: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ x: fc.integer({ min: -300, max: 700 }), y: fc.integer({ min: -300, max: 600 }), w: fc.integer({ min: 1, max: 200 }), h: fc.integer({ min: 1, max: 150 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 14 }), x: nearBorder(400), y: nearBorder(300), area: fc.boolean() }), { maxLength: 80 }),
        fc.array(box, { maxLength: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (cands, obs, limit) => {
          const obstacles = obs.map(({ x, y, w, h }) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
          const candidates = cands.map((c): LabelCandidate => (c.area ? { text: c.text, kind: 'region', x: c.x, y: c.y } : place(c.text, c.x, c.y)));
          const o = { width: 400, height: 300, measure, obstacles, limit };
          expect(placeLabels(candidates, o)).toEqual(referencePlaceLabels(candidates, o));
        },
      ),
      { numRuns: 300 },
    );
  });
});
