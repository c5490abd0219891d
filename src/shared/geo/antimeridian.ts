// Shapes that cross the antimeridian (Russia's Chukotka, Fiji, the Aleutians) drawn whole on a flat
// map: each ring is made continuous in longitude, each country's parts are moved next to its largest
// part, and a point is shown on the side of 180° where its country is drawn. Pure; used by the
// basemap build and, for points, by the map and the exports.

/** [lon, lat], as in GeoJSON. */
export type Position = [number, number];
export type Ring = Position[];
/** Outer ring first, then holes. */
export type PolygonRings = Ring[];

/**
 * The ring with every longitude moved by a multiple of 360 so that no two neighbours are more than
 * 180° apart: a ring that went 179.8 -> -179.9 now goes 179.8 -> 180.1, as it does on the globe.
 */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  let prev: number | null = null;
  for (const [lon, lat] of ring) {
    if (prev !== null) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360 * Math.round(d / 360);
      else if (d < -180) shift += 360 * Math.round(-d / 360);
    }
    const x = lon + shift;
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/**
 * A ring around a pole (Antarctica's coast) does not close once unwrapped: it ends 360° from where it
 * began. It is closed along the map's edge at that pole, so it fills the bottom (or top) of the map
 * instead of drawing a line back across the world.
 */
export function closePolarRing(ring: Ring): Ring {
  if (ring.length < 2) return ring;
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole], [first[0], first[1]]];
}

export function lonRange(rings: readonly Ring[]): [number, number] {
  let west = Infinity;
  let east = -Infinity;
  for (const r of rings) {
    for (const [lon] of r) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
    }
  }
  return [west, east];
}

function shiftRings(rings: readonly Ring[], by: number): Ring[] {
  return by === 0 ? (rings as Ring[]) : rings.map((r) => r.map(([lon, lat]) => [lon + by, lat] as Position));
}

/** The multiple of 360 that brings `lon` within 180° of `ref`. */
export function shiftToward(lon: number, ref: number): number {
  return 360 * Math.round((ref - lon) / 360);
}

/** Planar area of a ring in degrees², weighted by cos(latitude) so polar slivers do not win. */
export function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    a += (x1 * y2 - x2 * y1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
  }
  return Math.abs(a / 2);
}

export interface UnwrappedShape {
  polygons: PolygonRings[];
  /** Index of the largest polygon, which the others were placed next to. */
  largest: number;
  /** West and east bounds of the whole shape once unwrapped (east may pass 180, west -180). */
  west: number;
  east: number;
}

/**
 * Unwraps every ring of a (multi)polygon, keeps each polygon's holes beside its outer ring, places the
 * largest polygon with its centre in [-180, 180] and every other polygon within 180° of that centre:
 * Russia's eastern tip lands at 190° beside Chukotka, not at -170° on the far left of the map.
 */
export function unwrapPolygons(polygons: readonly (readonly (readonly Position[])[])[]): UnwrappedShape {
  const unwrapped = polygons.map((rings) => {
    const outer = closePolarRing(unwrapRing(rings[0] ?? []));
    const [w, e] = lonRange([outer]);
    const centre = (w + e) / 2;
    const holes = rings.slice(1).map((h) => {
      const u = unwrapRing(h);
      const [hw, he] = lonRange([u]);
      return shiftRings([u], shiftToward((hw + he) / 2, centre))[0]!;
    });
    return [outer, ...holes];
  });
  let largest = 0;
  let best = -1;
  unwrapped.forEach((p, i) => {
    const a = ringArea(p[0]!);
    if (a > best) {
      best = a;
      largest = i;
    }
  });
  if (unwrapped.length === 0) return { polygons: [], largest: 0, west: 0, east: 0 };
  const [lw, le] = lonRange([unwrapped[largest]![0]!]);
  // A ring around a pole spans the whole world: it stays where unwrapping left it, from about -180.
  const mainShift = le - lw >= 359 ? shiftToward(lw, -180) : shiftToward((lw + le) / 2, 0);
  const mainCentre = (lw + le) / 2 + mainShift;
  const placed = unwrapped.map((p, i) => {
    if (i === largest) return shiftRings(p, mainShift);
    const [w, e] = lonRange([p[0]!]);
    return shiftRings(p, shiftToward((w + e) / 2, mainCentre));
  });
  const [west, east] = lonRange(placed.map((p) => p[0]!));
  return { polygons: placed, largest, west, east };
}

/**
 * The longitude at which to draw a point of a shape drawn over [west, east]: a town at -173° in
 * Chukotka is drawn at 187°, where the basemap draws Chukotka. Points the shape does not reach by
 * a shift stay as they are. `slack` allows for islands too small for the basemap.
 */
export function wrapLonInto(lon: number, west: number, east: number, slack = 2): number {
  const inside = (x: number) => x >= west - slack && x <= east + slack;
  if (inside(lon)) return lon;
  if (inside(lon + 360)) return lon + 360;
  if (inside(lon - 360)) return lon - 360;
  return lon;
}
