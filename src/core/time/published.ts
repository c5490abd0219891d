// Validates the publication date every relative date is resolved against.
import { isCalendarDay } from './calendar.ts';

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real calendar date; give the publication date as YYYY-MM-DD, e.g. 2020-05-06.`);
    this.name = 'InvalidDateError';
  }
}

/** Returns the date trimmed when it is a real YYYY-MM-DD calendar day (years 0001-9999), else throws InvalidDateError. */
export function checkPublished(value: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new InvalidDateError(value);
  return day;
}
