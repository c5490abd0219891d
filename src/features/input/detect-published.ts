// Proposes the publication date when the text states it near the top: a byline or date line
// ("May 6, 2020", "Published 6 May 2020", an ISO date), a page stamp ("Updated 04-10-2023
// 08:15", read day-first with a note when the digits allow both orders) or a dateline opener
// ("TEL AVIV, May 6, 2020 —", a wire's "KABUL (Reuters) May 6 -", whose year is taken from the
// page or assumed, with a note). A date inside a long sentence is a fact the article reports (a
// photo caption, a past attack), not when it was published, so it is never proposed.
import * as chrono from 'chrono-node';

export interface DetectedDate {
  /** YYYY-MM-DD */
  date: string;
  /** The words it was read from. */
  text: string;
  /** What the reader should check: an order of day and month, or a year that was assumed. */
  note?: string;
}

/** Only the top of an article carries its own date; later lines are reporting. */
const HEAD_CHARS = 2_000;
const HEAD_LINES = 12;
const SHORT_LINE = 90;
// The keyword must lead straight into the date ("Published: 6 May 2020", "Updated 10:31 AM ET,
// Wed"), not merely sit earlier in the same line ("the date of the alleged offense, Nov. 23").
const KEYED = /(\b(published|updated|posted|last modified)\b|^\s*date\s*:)[^.;!?]{0,30}$/i;
// chrono needs a reference instant; any fixed one works because only fully stated dates are kept.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function realDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDay = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

// A page stamp in digits: 04-10-2023, 04.10.2023, 04/10/2023 (optionally after a keyword).
const NUMERIC = /\b(\d{1,2})([-./])(\d{1,2})\2(\d{4})\b/;

/**
 * Digits with dashes or dots are day-first (the order of most of the world's sites); slashes are
 * month-first (the order of US sites, and chrono's). When both orders make a real day the other
 * one is named in a note, for the reader to check.
 */
function fromNumeric(line: string): DetectedDate | null {
  const m = NUMERIC.exec(line);
  if (!m) return null;
  const before = line.slice(0, m.index);
  // Bare digits count only when they open a short line of their own (a stamp), not mid-sentence.
  const isStampLine = /^\W*$/.test(before) && line.trim().length <= SHORT_LINE && !/[.!?]["”’]?\s+\S/.test(line.trim());
  if (!isStampLine && !KEYED.test(before)) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const y = Number(m[4]);
  const dayFirst = m[2] !== '/';
  const date = dayFirst ? realDay(y, b, a) : realDay(y, a, b);
  if (!date) return null;
  const other = a !== b ? (dayFirst ? realDay(y, a, b) : realDay(y, b, a)) : null;
  const text = m[0];
  if (!other) return { date, text };
  return {
    date,
    text,
    note: `"${text}" was read ${dayFirst ? 'day first' : 'month first'} as ${longDay(date)}; it could also be ${longDay(other)}.`,
  };
}

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// A wire dateline: "KABUL (Reuters) May 6 -", "BEIRUT, May 6 (Reuters) -", "GAZA CITY, Oct 9 (AP) —".
const WIRE = new RegExp(
  `^\\s*[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.' -]{1,30})?\\s*(?:\\(\\w[\\w .&-]{0,20}\\)\\s*)?,?\\s*${MONTH_RE}\\s+(\\d{1,2})\\s*(?:\\(\\w[\\w .&-]{0,20}\\)\\s*)?[-—–]`,
);

/**
 * A year-less wire dateline. Its year is the one the top of the page states (a copyright line, a
 * stamp), else the latest year that does not put the day after today; either way it is a guess,
 * said in a note.
 */
function fromWire(line: string, head: string, today: string | undefined): DetectedDate | null {
  const m = WIRE.exec(line);
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.slice(0, 3).toLowerCase() === m[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  const stated = /\b(19[89]\d|20\d\d)\b/.exec(head.replace(line, ''));
  let year: number;
  let how: string;
  if (stated) {
    year = Number(stated[1]);
    how = `the year ${year} is the one the page states`;
  } else if (today) {
    year = Number(today.slice(0, 4));
    if (realDay(year, month, day) && realDay(year, month, day)! > today) year -= 1;
    how = `no year is given, so ${year} was assumed (the latest that is not in the future)`;
  } else return null;
  const date = realDay(year, month, day);
  if (!date) return null;
  const text = line.slice(m.index, m.index + m[0].length).replace(/\s*[-—–]$/, '').trim();
  return { date, text, note: `The dateline "${text}" gives the day; ${how}. Check it.` };
}

function fromLine(line: string): DetectedDate | null {
  const numeric = fromNumeric(line);
  if (numeric) return numeric;
  // Strict mode: no "today" or "in a week", whose year chrono fills in from the reference.
  for (const r of chrono.strict.parse(line, REFERENCE)) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    if (!/\d{4}/.test(r.text)) continue;
    const date = realDay(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    if (!date) continue;
    const before = line.slice(0, r.index);
    const after = line.slice(r.index + r.text.length);
    const isDateLine = line.trim().length <= SHORT_LINE && !/[.!?]["”’]?\s+\S/.test(line.trim());
    const isKeyed = KEYED.test(before);
    // "CITY, May 6, 2020 —": the date sits in the opener, right before the dash.
    const isOpener = before.length <= 40 && /^\s*[—–-]/.test(after);
    if (isDateLine || isKeyed || isOpener) return { date, text: r.text };
  }
  return null;
}

/** today (YYYY-MM-DD) lets a year-less wire dateline be read; without it such a dateline is not proposed. */
export function detectPublished(text: string, today?: string): DetectedDate | null {
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r?\n/).filter((l) => l.trim().length > 0).slice(0, HEAD_LINES);
  for (const line of lines) {
    const found = fromLine(line);
    if (found) return found;
  }
  // A stated full date anywhere at the top wins over a dateline that gives only the day.
  for (const line of lines) {
    const found = fromWire(line, head, today);
    if (found) return found;
  }
  return null;
}
