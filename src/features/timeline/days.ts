// Calendar-day arithmetic on YYYY-MM-DD strings in UTC, so a window never drifts with the
// viewer's time zone or daylight saving.
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function isoToDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC reads the years 0-99 as 1900-1999; a date of the year 44 stays in the year 44.
  if (y >= 0 && y <= 99) t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function dateToDay(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export function addDays(iso: string, n: number): string {
  return dayToIso(isoToDay(iso) + n);
}

export function clampDay(day: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, day));
}
