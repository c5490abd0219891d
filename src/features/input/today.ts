// Today's date where the reader is, and the warning for a publication date after it.

/** Today in the browser's own time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * A publication date after today is almost always a typo or a day and month swapped; relative
 * dates ("on Monday") would all be read against it. Accepted, with this warning. One day of slack
 * covers a report stamped in a time zone ahead of the reader's.
 */
export function futureDateWarning(published: string, today: string): string | null {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  if (published <= tomorrow) return null;
  return `The publication date ${published} is after today (${today}). It was kept, but check it: "on Monday" or "last week" in the text are read against it.`;
}
