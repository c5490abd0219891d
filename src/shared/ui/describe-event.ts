// How an event is named in words: the accessible name of its marker and list item
// ("Air strike, Syria, 2020-05-04"), with honest date and place precision.
import { EVENT_TYPE_LABELS, type DateValue, type DatelineEvent, type Place } from '../../core/index.ts';

export function dateText(d: DateValue | null): string {
  if (!d) return 'undated';
  return d.start === d.end ? d.start : `${d.start} to ${d.end}`;
}

export function placeText(p: Place | null): string {
  return p ? p.name : 'place unknown';
}

/** "Air strike, Syria, 2020-05-04": type first, then place, then date. */
export function eventName(e: Pick<DatelineEvent, 'type' | 'place' | 'date'>): string {
  return `${EVENT_TYPE_LABELS[e.type]}, ${placeText(e.place)}, ${dateText(e.date)}`;
}

const PRECISION_WORDS: Record<string, string> = {
  country: 'country-level: somewhere in this country',
  region: 'region-level: somewhere in this region',
  city: 'city-level',
  point: 'exact point',
};

export function placePrecisionText(p: Place): string {
  return PRECISION_WORDS[p.precision] ?? p.precision;
}

export function fatalitiesText(r: { min: number; max: number } | null | undefined): string | null {
  if (!r) return null;
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}
