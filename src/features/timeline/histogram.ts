// Bins dated events into a histogram whose bin width suits the span shown (days, weeks or
// months), counting an event in every bin its date range touches.
import type { DateValue } from '../../core/index.ts';
import { isoToDay } from './days.ts';

export interface Bin {
  /** First day of the bin (days since epoch), inclusive. */
  start: number;
  /** Day after the bin, exclusive. */
  end: number;
  count: number;
}

/** Bin width in days for a span: one bar per day up to ~4 months, then weeks, then ~months. */
export function binWidth(spanDays: number): number {
  if (spanDays <= 120) return 1;
  if (spanDays <= 3 * 365) return 7;
  return 30;
}

export function histogram(dates: readonly (DateValue | null)[], domainStart: number, domainEnd: number): Bin[] {
  const span = Math.max(1, domainEnd - domainStart + 1);
  const w = binWidth(span);
  const n = Math.ceil(span / w);
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ start: domainStart + i * w, end: Math.min(domainEnd + 1, domainStart + (i + 1) * w), count: 0 }));
  for (const d of dates) {
    if (!d) continue;
    const s = Math.max(isoToDay(d.start), domainStart);
    const e = Math.min(isoToDay(d.end), domainEnd);
    if (e < s) continue;
    const first = Math.floor((s - domainStart) / w);
    const last = Math.floor((e - domainStart) / w);
    for (let i = first; i <= last; i++) bins[i]!.count += 1;
  }
  return bins;
}
