// Where the map draws a place, which is not always the gazetteer's point: a country-level place is
// drawn at its outline's label point (inside the country, where a reader takes it as "somewhere in
// this country"), and any point is drawn on the side of the antimeridian where its country's outline
// is drawn (a Chukotka town at 187° beside Chukotka, not at -173° on the far left). The exports
// carry both points.
import type { Place } from '../../core/index.ts';
import { wrapLonInto } from './antimeridian.ts';
import { PACKED_COUNTRY_POINTS } from './country-points.ts';

interface CountryPoint {
  lat: number;
  lon: number;
  west: number;
  east: number;
}

let table: ReadonlyMap<string, CountryPoint> | null = null;

/** Label point and drawn longitude range of a country by ISO alpha-2 code, from the basemap build. */
export function countryPoint(alpha2: string | undefined): CountryPoint | undefined {
  if (!alpha2) return undefined;
  table ??= new Map(
    PACKED_COUNTRY_POINTS.split(' ').map((entry) => {
      const [code, nums] = entry.split(':') as [string, string];
      const [lat, lon, west = -180, east = 180] = nums.split(',').map(Number) as [number, number, number?, number?];
      return [code, { lat, lon, west, east }];
    }),
  );
  return table.get(alpha2.toUpperCase());
}

export interface DisplayPoint {
  lat: number;
  lon: number;
  /** label-point: the country's outline label point; gazetteer: the place's own point (maybe moved by 360°). */
  source: 'label-point' | 'gazetteer';
}

export function displayPoint(place: Pick<Place, 'lat' | 'lon' | 'precision' | 'country'>): DisplayPoint {
  const c = countryPoint(place.country);
  if (place.precision === 'country' && c) return { lat: c.lat, lon: c.lon, source: 'label-point' };
  return { lat: place.lat, lon: c ? wrapLonInto(place.lon, c.west, c.east) : place.lon, source: 'gazetteer' };
}
