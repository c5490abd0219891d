// Proposes the publication date when the text states it near the top: a byline or date line
// ("May 6, 2020", "Published 6 May 2020", an ISO date) or a dateline opener ("TEL AVIV, May 6,
// 2020 —"). A date inside a long sentence is a fact the article reports (a photo caption, a
// past attack), not when it was published, so it is never proposed.
import * as chrono from 'chrono-node';

export interface DetectedDate {
  /** YYYY-MM-DD */
  date: string;
  /** The words it was read from. */
  text: string;
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

function fromLine(line: string): DetectedDate | null {
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

export function detectPublished(text: string): DetectedDate | null {
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r?\n/).filter((l) => l.trim().length > 0).slice(0, HEAD_LINES);
  for (const line of lines) {
    const found = fromLine(line);
    if (found) return found;
  }
  return null;
}
