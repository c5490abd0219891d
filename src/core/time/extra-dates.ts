// Date expressions chrono-node misses but conflict reporting uses constantly: a bare year ("in 2019"),
// a standalone "overnight", and "the night of May 3-4" / "the night of 3 to 4 May".
import type { DateValue } from '../types.ts';
import { addDays, formatYmd, isValidYmd, parseYmd } from './calendar.ts';
import type { Anchor } from './chrono-dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const monthNumber = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

export const YEAR = /\b(?:(?:in|during|throughout|since|by|until|of|early|late|mid|through)\s+|mid-)((?:1[89]|20)\d{2})\b(?!\s*[-/.]\s*\d)/gi;
// "between March 1 and 3", "on March 3 and 4", "3 and 4 March": chrono reads only the first day.
export const DAY_PAIR = new RegExp(String.raw`\b(?:between\s+)?(?:${MONTH}\s+(\d{1,2})\s+(?:and|to|-|–)\s+(\d{1,2})\b(?!\s*(?::|\.\d|people|persons|soldiers|civilians|children|others|were|are|%))|(\d{1,2})\s+(?:and|to|-|–)\s+(\d{1,2})\s+${MONTH})(?:,?\s+((?:19|20)\d{2}))?`, 'gi');
export const OVERNIGHT = /\bovernight\b/gi;
export const NIGHT_OF = new RegExp(
  String.raw`\b(?:on\s+)?the\s+night\s+of\s+(?:${MONTH}\s+(\d{1,2})\s*(?:-|–|to|into)\s*(\d{1,2})|(\d{1,2})\s*(?:-|–|to|into)\s*(\d{1,2})\s+${MONTH})(?:,?\s+((?:19|20)\d{2}))?`,
  'gi',
);

// "the previous day", "the same day": counted from the story's last date (see resolveNarrative).
export const NARRATIVE_DAY = /\b(?:on\s+)?the\s+(previous|following|next|same)\s+day\b|\b(?:later|earlier)\s+(?:that|in\s+the)\s+day\b|\bthe\s+day\s+before\b|\b(?:(?:a few|several|some|two|three|four|five|\d{1,2})\s+)?[Hh]ours\s+(?:earlier|later)\b/gi;
const OFFSET: Record<string, number> = { previous: -1, following: 1, next: 1, same: 0 };

export interface ExtraContext {
  text: string;
  start: number;
  end: number;
  anchor: Anchor;
}

/**
 * The month and two days of a "May 3-4" / "3 and 4 May" match (groups: month, day, day | day, day,
 * month; optional year). Without a year, the pair is the latest one on or before the anchor.
 */
function dayPair(m: RegExpMatchArray, anchorDate: string): { y: number; month: number; d1: number; d2: number } {
  const month = monthNumber(m[1] ?? m[6]!);
  const d1 = Number(m[2] ?? m[4]);
  const d2 = Number(m[3] ?? m[5]);
  let y = m[7] ? Number(m[7]) : parseYmd(anchorDate).y;
  if (!m[7] && formatYmd({ y, m: month, d: d1 }) > anchorDate) y -= 1;
  return { y, month, d1, d2 };
}

/**
 * What each pattern cannot match without: a piece of every one of its matches, as a short pattern.
 * Most sections hold none, and these are far cheaper to look for than the patterns themselves,
 * which open with `\b` and an alternation that V8 tries at every position; the gates start with
 * a digit, a literal or a space, which it skips to. Each is a literal piece of its pattern:
 * YEAR's year, DAY_PAIR's "1 and 2" (in both of its orders), the `\s+day\b` of every
 * NARRATIVE_DAY branch (test/core/time/extra-dates.test.ts checks each pattern's gate).
 */
export const GATES = {
  year: /(?:1[89]|20)\d{2}/,
  dayPair: /\d\s+(?:and|to|-|–)\s+\d/i,
  nightOf: /night/i,
  narrativeDay: /\sday\b|hours\s+(?:earlier|later)/i,
  overnight: /overnight/i,
} as const;

export function extraDates(ctx: ExtraContext): Array<DateValue & { narrative?: number }> {
  const slice = ctx.text.slice(ctx.start, ctx.end);
  const out: Array<DateValue & { narrative?: number }> = [];
  const at = (i: number, words: string) => ({ start: ctx.start + i, end: ctx.start + i + words.length });
  if (GATES.year.test(slice)) for (const m of slice.matchAll(YEAR)) {
    const y = Number(m[1]);
    out.push({ start: formatYmd({ y, m: 1, d: 1 }), end: formatYmd({ y, m: 12, d: 31 }), precision: 'year', text: m[0], basis: 'explicit', span: at(m.index, m[0]) });
  }
  if (GATES.dayPair.test(slice)) for (const m of slice.matchAll(DAY_PAIR)) {
    const { y, month, d1, d2 } = dayPair(m, ctx.anchor.date);
    if (!isValidYmd(y, month, d1) || !isValidYmd(y, month, d2) || d2 <= d1) continue;
    out.push({
      start: formatYmd({ y, m: month, d: d1 }), end: formatYmd({ y, m: month, d: d2 }), precision: 'day', text: m[0],
      basis: m[7] ? 'explicit' : `explicit days, year from ${ctx.anchor.label}`, span: at(m.index, m[0]), pair: true,
    } as DateValue & { pair: boolean });
  }
  if (GATES.nightOf.test(slice)) for (const m of slice.matchAll(NIGHT_OF)) {
    const { y, month, d1, d2 } = dayPair(m, ctx.anchor.date);
    if (!isValidYmd(y, month, d1) || d2 !== d1 + 1 && !(d2 === 1 && d1 >= 28)) continue;
    const from = formatYmd({ y, m: month, d: d1 });
    out.push({
      start: from, end: addDays(from, 1), precision: 'part-of-day', partOfDay: 'night', text: m[0],
      basis: m[7] ? 'explicit' : `explicit days, year from ${ctx.anchor.label}`, span: at(m.index, m[0]),
    });
  }
  if (GATES.narrativeDay.test(slice)) for (const m of slice.matchAll(NARRATIVE_DAY)) {
    const offset = m[1] ? OFFSET[m[1].toLowerCase()]! : /day before/i.test(m[0]) ? -1 : 0;
    out.push({
      start: ctx.anchor.date, end: ctx.anchor.date, precision: 'day', text: m[0],
      basis: `relative to ${ctx.anchor.label}`, span: at(m.index, m[0]), narrative: offset,
    });
  }
  if (GATES.overnight.test(slice)) for (const m of slice.matchAll(OVERNIGHT)) {
    // The night that ended on the anchor day: in a report filed on day D, "overnight" is D-1 to D.
    out.push({
      start: addDays(ctx.anchor.date, -1), end: ctx.anchor.date, precision: 'part-of-day', partOfDay: 'night',
      text: m[0], basis: `relative to ${ctx.anchor.label}`, span: at(m.index, m[0]),
    });
  }
  return out;
}
