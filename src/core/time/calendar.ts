// Calendar arithmetic on plain YYYY-MM-DD strings (UTC, no clock): the engine's dates are days, not instants.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(value: string): Ymd {
  // The first three fields of `value.split('-').map(Number)` (undefined where there are fewer), without
  // building the arrays: this runs for every date's arithmetic.
  const a = value.indexOf('-');
  const b = a < 0 ? -1 : value.indexOf('-', a + 1);
  const c = b < 0 ? -1 : value.indexOf('-', b + 1);
  const field = (from: number, to: number) => Number(to < 0 ? value.slice(from) : value.slice(from, to));
  return {
    y: field(0, a),
    m: (a < 0 ? undefined : field(a + 1, b))!,
    d: (b < 0 ? undefined : field(b + 1, c))!,
  };
}

export function formatYmd({ y, m, d }: Ymd): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * The UTC instant of a day at `hour`. Not Date.UTC(y, ...) alone: it reads the years 0 to 99 as
 * 1900 to 1999, so "2000 years ago" would land in the twentieth century.
 */
export function utcDay(y: number, m: number, d: number, hour = 0): Date {
  const t = new Date(Date.UTC(y, m - 1, d, hour));
  if (y >= 0 && y <= 99) t.setUTCFullYear(y, m - 1, d);
  return t;
}

function toUtc(value: string): Date {
  const { y, m, d } = parseYmd(value);
  return utcDay(y, m, d);
}

function fromUtc(t: Date): string {
  return formatYmd({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

export function addDays(value: string, days: number): string {
  const t = toUtc(value);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(value: string): number {
  return toUtc(value).getUTCDay();
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Monday of the ISO week holding the day. */
export function weekStart(value: string): string {
  return addDays(value, -((weekday(value) + 6) % 7));
}

export function monthStart(value: string): string {
  const { y, m } = parseYmd(value);
  return formatYmd({ y, m, d: 1 });
}

export function monthEnd(value: string): string {
  const { y, m } = parseYmd(value);
  return fromUtc(utcDay(y, m + 1, 0));
}

/** The most recent day with this weekday on or before the anchor (strictly before when `strict`). */
export function weekdayOnOrBefore(anchor: string, wd: number, strict = false): string {
  let back = (weekday(anchor) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(anchor, -back);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  const t = utcDay(y, m, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The days a DateValue can hold: YYYY-MM-DD, years 0001 to 9999. */
export const FIRST_DAY = '0001-01-01';
export const LAST_DAY = '9999-12-31';

/** True for a real calendar day written YYYY-MM-DD in the years 0001 to 9999 (what a DateValue holds). */
export function isCalendarDay(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < FIRST_DAY) return false;
  const { y, m, d } = parseYmd(value);
  return isValidYmd(y, m, d);
}

export const minYmd = (a: string, b: string) => (a < b ? a : b);
