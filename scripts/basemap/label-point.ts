// Where a country's or region's name and area-level marker go: the point of its largest polygon
// farthest from any edge (polylabel), found on the map's own projection (Web Mercator) so that it
// looks central on screen. Build time only.
import polylabel from 'polylabel';
import type { PolygonRings } from '../../src/shared/geo/antimeridian.ts';
import { ringArea } from '../../src/shared/geo/antimeridian.ts';

const RAD = Math.PI / 180;
const MAX_LAT = 85.0511;

function mercY(lat: number): number {
  const l = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (l * RAD) / 2)) / RAD;
}

function mercLat(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/** The largest polygon by area (cos-latitude weighted), or -1 when there are none. */
export function largestPolygon(polygons: readonly PolygonRings[]): number {
  let best = -1;
  let area = -1;
  polygons.forEach((p, i) => {
    const a = p[0] ? ringArea(p[0]) : 0;
    if (a > area) {
      area = a;
      best = i;
    }
  });
  return best;
}

/** [lon, lat] of the pole of inaccessibility of one polygon (outer ring and holes), in Mercator. */
export function polygonLabelPoint(rings: PolygonRings, precisionDeg = 0.01): [number, number] {
  const projected = rings.map((r) => r.map(([lon, lat]) => [lon, mercY(lat)] as [number, number]));
  const [x, y] = polylabel(projected, precisionDeg);
  return [x, mercLat(y)];
}

/** The label point of a shape: that of its largest polygon. */
export function labelPoint(polygons: readonly PolygonRings[]): [number, number] | null {
  const i = largestPolygon(polygons);
  return i < 0 ? null : polygonLabelPoint(polygons[i]!);
}
