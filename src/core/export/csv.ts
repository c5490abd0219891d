// ACLED-like CSV of events: one row per event, RFC 4180 quoting, and every text cell neutralised
// against spreadsheet formula injection (article text is untrusted). Pure; for a workspace, concatenate
// csvRows(analysis, source) of each article and pass the lot to toCSV.
import type { Analysis, DatelineEvent } from '../types.ts';
import { acledGeoPrecision, acledTimePrecision, acledType } from './acled.ts';

export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'event_date_end',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country_code',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'location_precision',
  'fatalities',
  'fatalities_max',
  'notes',
  'source',
  'dateline_type',
  'date_text',
  'date_basis',
  'claim',
  'confidence',
  'excerpt_start',
  'excerpt_end',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvCell = string | number | null | undefined;
export type CsvRow = Partial<Record<CsvColumn, CsvCell>>;

/** One row for an event; `source` names the article (URL, title or file). */
export function eventRow(event: DatelineEvent, source: string): CsvRow {
  const acled = acledType(event);
  const place = event.place;
  return {
    event_id: event.id,
    event_date: event.date?.start,
    event_date_end: event.date?.end,
    time_precision: event.date ? acledTimePrecision(event.date.precision) : null,
    event_type: acled.eventType,
    sub_event_type: acled.subEventType,
    actor1: event.actors.attacker,
    actor2: event.actors.target,
    country_code: place?.country,
    admin1: place?.admin1,
    location: place?.name,
    latitude: place?.lat,
    longitude: place?.lon,
    geo_precision: place ? acledGeoPrecision(place.precision) : null,
    location_precision: place?.precision,
    // ACLED records the lowest credible figure.
    fatalities: event.fatalities?.min,
    fatalities_max: event.fatalities?.max,
    notes: event.excerpt.text,
    source,
    dateline_type: event.type,
    date_text: event.date?.text,
    date_basis: event.date?.basis,
    claim: event.actors.claim,
    confidence: event.confidence,
    excerpt_start: event.excerpt.start,
    excerpt_end: event.excerpt.end,
  };
}

export function csvRows(analysis: Analysis, source = analysis.article.sourceUrl ?? analysis.article.title ?? ''): CsvRow[] {
  return analysis.events.map((e) => eventRow(e, source));
}

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP CSV injection), ASCII and
 * full-width, also behind leading spaces, no-break spaces and invisible format characters (zero-width
 * space, BOM, direction marks), which spreadsheets trim or do not show before evaluating; and a
 * leading tab or carriage return.
 */
const FORMULA_START = /^(?:[\s\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/u;

/** A text cell that would start a formula gets a leading apostrophe; numbers are left as numbers. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: header line, CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function toCSV(rows: readonly CsvRow[], columns: readonly CsvColumn[] = CSV_COLUMNS): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
