// Validates the publication date every relative date is resolved against.

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real calendar date; give the publication date as YYYY-MM-DD, e.g. 2020-05-06.`);
    this.name = 'InvalidDateError';
  }
}

/** Returns the date unchanged when it is a real YYYY-MM-DD calendar day, else throws InvalidDateError. */
export function checkPublished(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new InvalidDateError(value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) throw new InvalidDateError(value);
  return value.trim();
}
