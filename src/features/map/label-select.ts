// Which basemap names to write at a zoom, and where: places by rank (population, capitals weighted up)
// above a floor that falls as the map zooms in, country and region names where they are worth it,
// each label put beside its point where it covers no marker and no other label, or left out. Pure:
// screen pixels in, placed labels out (the canvas layer measures and draws them).

export type LabelKind = 'country' | 'region' | 'place' | 'capital';

export interface LabelCandidate {
  text: string;
  kind: LabelKind;
  /** Screen (container) pixels of the point named. */
  x: number;
  y: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel extends LabelCandidate {
  /** Where the text's left edge and baseline go. */
  tx: number;
  ty: number;
  /** The text's box, with its halo, on screen. */
  box: Box;
  /** Places get a dot at their point; areas are named over their middle. */
  dot: boolean;
}

/** The lowest rank a place needs to be named at a zoom: about 5 million at the world view, every town of 1,000 at city zoom. */
export function minRankAt(zoom: number): number {
  const floors = [2e7, 1e7, 5e6, 2e6, 7e5, 2.5e5, 1e5, 4e4, 1.5e4, 6e3, 2.5e3, 1e3];
  return zoom >= floors.length ? 0 : floors[Math.max(0, Math.floor(zoom))]!;
}

/** Countries are named up to this zoom (beyond it their names would sit far off screen or repeat). */
export const COUNTRY_NAMES_UNTIL = 6;
/** Regions are named from this zoom, and from their own (Natural Earth's min_label) when later. */
export const REGION_NAMES_FROM = 5;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface PlaceOptions {
  width: number;
  height: number;
  /** Width and height (ascent + descent) of a label's text in pixels. */
  measure(text: string, kind: LabelKind): { w: number; h: number };
  /** Boxes nothing may cover: the markers. */
  obstacles: readonly Box[];
  /** Place at most this many names of places (country and region names are not counted). */
  limit: number;
  /** Empty pixels kept around every label. */
  gap?: number;
}

/**
 * Places candidates in the order given (the caller ranks them). A place's text goes right of its
 * dot, else left, above or below (beside the marker, with no dot, when a marker sits on the point);
 * an area's name is centred on its point. A label that would cover an obstacle or an earlier
 * label, or leave the screen, is dropped.
 */
export function placeLabels(candidates: readonly LabelCandidate[], opts: PlaceOptions): PlacedLabel[] {
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
      if (!ok) return;
      const list = grid.get(k);
      if (list)
        for (const o of list)
          if (overlaps(b, o)) {
            ok = false;
            break;
          }
    });
    return ok;
  };
  // The obstacles alone, in the same cells: which markers sit on a point is asked of these, not of
  // every obstacle (a large workspace has tens of thousands of dots in view).
  const obstacleGrid = new Map<number, Box[]>();
  for (const o of opts.obstacles) {
    add(o);
    cells(o, (k) => {
      const list = obstacleGrid.get(k);
      if (list) list.push(o);
      else obstacleGrid.set(k, [o]);
    });
  }

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
      // A box met again in another cell changes nothing: the union is the same.
      cells(dot, (k) => {
        for (const o of obstacleGrid.get(k) ?? []) {
          if (!overlaps(dot, o)) continue;
          around = around ? { x0: Math.min(around.x0, o.x0), y0: Math.min(around.y0, o.y0), x1: Math.max(around.x1, o.x1), y1: Math.max(around.y1, o.y1) } : { ...o };
        }
      });
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
