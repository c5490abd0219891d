// Runs chrono-node over one section and turns its results into DateValues: a day range with a precision,
// resolved against the section's anchor (publication, caption or dateline date), never into the future
// for past-tense reporting, and with the part of day and the words that say so.
import type { ParsedResult } from 'chrono-node';
import type { DatePrecision, DateValue, PartOfDay } from '../types.ts';
import { addDays, daysBetween, formatYmd, minYmd, monthEnd, monthStart, utcDay, weekStart, weekdayOnOrBefore } from './calendar.ts';
import {
  FUTURE_CUE, LEADING_PREPOSITION, NARRATIVE_RELATIVE, TRAILING_MODIFIER,
  WEEKDAY_TITLE, leadingModifier, partOfDayAt, partOfDayIn, precisionFromWords,
} from './date-words.ts';
import { FastChrono } from './chrono-fast.ts';

export interface Anchor {
  /** YYYY-MM-DD the section's relative dates count from. */
  date: string;
  /** How to name it in a basis: "published 2020-05-06", "caption date 2019-01-21". */
  label: string;
}

export interface SliceContext {
  text: string;
  start: number;
  end: number;
  anchor: Anchor;
  /** Sentence spans, to tell whether the words around a date speak of the future. */
}

// chrono's casual English parser, run through FastChrono: the same results, found without a pass
// of every parser's regex over the whole section.
const PARSER = new FastChrono();

function ymdOf(r: ParsedResult['start']): string {
  return formatYmd({ y: r.get('year')!, m: r.get('month')!, d: r.get('day')! });
}

/** Chrono results in one section, resolved to DateValues in text order (narrative-relative ones need `resolveNarrative`). */
export function chronoDates(ctx: SliceContext): Array<DateValue & { narrative?: number }> {
  const { text, anchor } = ctx;
  const slice = text.slice(ctx.start, ctx.end);
  const [y, m, d] = anchor.date.split('-').map(Number);
  const ref = { instant: utcDay(y!, m!, d!, 12), timezone: 'UTC' };
  const out: Array<DateValue & { narrative?: number }> = [];
  // chrono-node 2.10 reads "about 12 days ago" as two days ago (the first digit after "about" is lost:
  // "about 20 days ago" is today); "about" before a number is blanked out, offsets unchanged.
  const parsed = /\babout\s+\d/i.test(slice) ? slice.replace(/\babout(?=\s+\d)/gi, (w) => ' '.repeat(w.length)) : slice;
  for (const r of PARSER.parse(parsed, ref, { forwardDate: false })) {
    // "the worst fighting the city has seen in two years": a span of time, not a date two years on.
    if (SPAN_OF_YEARS.test(r.text)) continue;
    const value = countBefore(r, ctx, slice, ref) ?? partOfDayOf(r, ctx, slice, ref) ?? withinSentence(r, ctx, slice, ref) ?? resolveResult(r, ctx, slice);
    if (value) out.push(value);
  }
  return out;
}

const SPAN_OF_YEARS = /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many)\s+(?:years?|decades?)$/i;

/** The clause a date stands in: back to the last , ; . newline or " and " (within 80), on to the next (within 40). */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  // The last of the marks: one walk back from the end, not five searches of `before`.
  let cut = before.length - 1;
  for (; cut >= 0; cut--) {
    const c = before[cut];
    if (c === ',' || c === ';' || c === '.' || c === '\n' || (c === ' ' && cut + 5 <= before.length && before.startsWith(' and ', cut))) break;
  }
  const after = text.slice(end, end + 40);
  const stop = after.search(/[,;.\n]|\band\b/);
  return before.slice(cut + 1) + text.slice(start, end) + (stop >= 0 ? after.slice(0, stop) : after);
}

// "the toll rose to 14 on Tuesday": chrono takes the count for a day of the month; the date is "on Tuesday".
function countBefore(r: ParsedResult, ctx: SliceContext, slice: string, ref: { instant: Date; timezone: string }): (DateValue & { narrative?: number }) | null {
  const lead = /^(\d{1,3})\s+(?=(?:on|in|at|by|since|last|this|early|late)\s)/i.exec(r.text);
  if (!lead) return null;
  const inner = PARSER.parse(r.text.slice(lead[0].length), ref, { forwardDate: false })[0];
  if (!inner || inner.index !== 0) return null;
  return resolveResult(inner, ctx, slice, r.index + lead[0].length);
}

// "... on Sunday. At 10 p.m. a drone hit Kursk": chrono joins a day and the next sentence's hour; the
// date is the first sentence's (not "10 p.m. Sunday", nor "Feb. 6").
const SENTENCE_BREAK = /(?<!\b(?:[ap]\.m|[AP]\.M|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mr|Dr|No))[.!?]["”’]?\s+(?=["“]?[A-Z])|\n/;
function withinSentence(r: ParsedResult, ctx: SliceContext, slice: string, ref: { instant: Date; timezone: string }): (DateValue & { narrative?: number }) | null {
  const cut = SENTENCE_BREAK.exec(r.text);
  if (!cut) return null;
  const inner = PARSER.parse(r.text.slice(0, cut.index), ref, { forwardDate: false })[0];
  if (!inner || inner.index !== 0) return null;
  return resolveResult(inner, ctx, slice, r.index);
}

// "the morning of March 3": chrono reads "morning" as today's; the day is in the words after "of".
function partOfDayOf(r: ParsedResult, ctx: SliceContext, slice: string, ref: { instant: Date; timezone: string }): (DateValue & { narrative?: number }) | null {
  const lead = /^(?:on\s+)?(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+/i.exec(r.text);
  if (!lead) return null;
  const inner = PARSER.parse(r.text.slice(lead[0].length), ref, { forwardDate: false })[0];
  if (!inner || inner.index !== 0) return null;
  const value = resolveResult(inner, ctx, slice, r.index + lead[0].length);
  if (!value || (value.precision !== 'day' && value.precision !== 'part-of-day')) return value;
  const start = ctx.start + r.index;
  return { ...value, precision: 'part-of-day', partOfDay: partOfDayIn(lead[1]!)!, text: ctx.text.slice(start, value.span.end), span: { start, end: value.span.end } };
}

const DURATION_WORDS = /^for\s+(?:(?:several|a few|some|many|nearly|almost|about|more than|over|at least|up to)\s+)*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)?\s*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)$/i;
const PAST_SPAN = /\b(?:past|last|previous|preceding)\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|\w+-\w+)\s+(?:days|hours|weeks|months)|day|24 hours|48 hours|72 hours)\b/i;

/** `at`: where r's words start in the slice, when r was parsed from a piece of it. */
function resolveResult(r: ParsedResult, ctx: SliceContext, slice: string, at = r.index): (DateValue & { narrative?: number }) | null {
  const { anchor } = ctx;
  let start = ctx.start + at;
  let end = start + r.text.replace(/[\s,;:]+$/, '').length;
  const core = r.text.replace(LEADING_PREPOSITION, '');
  const s = r.start;
  const known = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour') => s.isCertain(k);
  const tags = r.tags();
  if (tags.has('casualReference/now')) return null;
  // "during the morning rush hour": a part of day with no day is not a date.
  if (/^(?:the\s+)?(?:morning|afternoon|evening|night|noon|midnight)$/i.test(core.trim())) return null;
  // Lower-case "march"/"may" are verbs, not months; "sat", "sun", "wed" are words, not weekdays.
  if (/^[a-z]/.test(core) && known('month') && !known('day') && !known('year')) return null;
  if (/^[a-z]{2,5}\.?$/.test(core.trim()) && known('weekday') && !known('day')) return null;
  // "exchanged fire for several hours", "fought for two days": a duration, not a date.
  if (DURATION_WORDS.test(r.text.trim())) return null;
  // "six months after", "a week before" with no date after them count from another event, not from the
  // anchor ("X, a week after gunmen attacked Y"): the event stage dates that from X's date.
  if (/\b(?:after|before)$/i.test(r.text.trim()) && tags.has('result/relativeDate')) return null;
  if (known('weekday') && !known('day')) {
    WEEKDAY_TITLE.lastIndex = at + r.text.length;
    if (WEEKDAY_TITLE.test(slice)) return null;
  }

  // Grow the span over modifiers chrono leaves out ("early", "late on", "overnight into").
  const before = ctx.text.slice(Math.max(ctx.start, start - 40), start);
  const lead = leadingModifier(before);
  if (lead) start -= lead[0].length;
  const trail = TRAILING_MODIFIER.exec(ctx.text.slice(end, Math.min(ctx.end, end + 20)));
  if (trail) end += trail[0].length;
  const words = ctx.text.slice(start, end);

  // Only a future cue in the date's own clause ("talks will resume on Thursday") lets it pass the
  // anchor; "Israel struck on Thursday and said it will continue" stays in the past.
  const futureOk = FUTURE_CUE.test(clauseAround(ctx.text, start, end)) || /\bnext\b/i.test(words);
  let precision: DatePrecision | null = precisionFromWords(words);
  let from: string;
  let to: string;
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference'))
    || /\b(?:last|this|next|ago|today|yesterday|tonight|later|earlier|previous|following|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(words);
  const hasYear = /\b(?:1[89]|20)\d{2}\b/.test(words);
  const basis = relative ? `relative to ${anchor.label}` : hasYear ? 'explicit' : `explicit, year from ${anchor.label}`;
  let narrative: number | undefined;
  const chronoDay = ymdOf(s);

  if (precision === 'week') {
    if (/\bweekend\b/i.test(words)) {
      const sat = /\bnext\b/i.test(words) ? addDays(weekdayOnOrBefore(anchor.date, 6), 7) : weekdayOnOrBefore(anchor.date, 6, /\blast\b/i.test(words));
      [from, to] = [sat, addDays(sat, 1)];
    } else if (/\blast\b|\bago\b|\bprevious\b/i.test(words)) {
      const day = /\bago\b/i.test(words) ? chronoDay : addDays(anchor.date, -7);
      [from, to] = [weekStart(day), addDays(weekStart(day), 6)];
    } else {
      [from, to] = [weekStart(anchor.date), addDays(weekStart(anchor.date), 6)];
    }
  } else if (precision === 'month' || (!precision && known('month') && !known('day'))) {
    precision = 'month';
    let day = chronoDay;
    if (!known('year') && day > anchor.date && !futureOk) day = formatYmd({ y: s.get('year')! - 1, m: s.get('month')!, d: 1 });
    [from, to] = [monthStart(day), monthEnd(day)];
  } else if (precision === 'year' || (!precision && known('year') && !known('month'))) {
    precision = 'year';
    const yr = s.get('year')!;
    [from, to] = [formatYmd({ y: yr, m: 1, d: 1 }), formatYmd({ y: yr, m: 12, d: 31 })];
  } else if (known('day') || known('weekday') || tags.size > 0 || /\b(?:today|yesterday|tonight|ago|later|earlier|before|day)\b/i.test(words)) {
    if (!known('day') && !known('weekday') && !known('month') && !known('year') && known('hour') && !/\b(?:today|yesterday|tonight|night|morning|evening|afternoon)\b/i.test(words)) return null;
    precision = 'day';
    if (known('day') && known('month')) {
      from = chronoDay;
      if (!known('year') && from > anchor.date && !futureOk) from = formatYmd({ y: s.get('year')! - 1, m: s.get('month')!, d: s.get('day')! });
      // "the next day", "two days later": counted from the story's previous date (resolved later).
      if (NARRATIVE_RELATIVE.test(words) && tags.has('result/relativeDate')) narrative = daysBetween(anchor.date, chronoDay);
      // "X, a day after Y": the words date X from Y, and which of the two a reader needs is not in
      // them; "two days later" and "the next day" are unambiguous and stay.
      if (/\b(?:after|before)\s*$/i.test(words)) return null;
    } else if (known('weekday')) {
      const wd = s.get('weekday')!;
      if (/\bnext\b/i.test(words) || (futureOk && chronoDay > anchor.date)) from = chronoDay;
      else from = weekdayOnOrBefore(anchor.date, wd, /\blast\b/i.test(words));
    } else {
      from = chronoDay;
    }
    to = from;
    if (r.end && r.end.isCertain('day')) to = ymdOf(r.end);
    // "from Friday to Sunday": the end is a weekday on or after the start.
    else if (r.end && r.end.isCertain('weekday')) {
      const endDay = weekdayOnOrBefore(anchor.date, r.end.get('weekday')!);
      to = endDay >= from ? endDay : addDays(endDay, 7);
    }
  } else {
    return null;
  }
  // "over the past seven days", "in the last 24 hours": a span that runs up to the anchor, not the day it began.
  if (precision === 'day' && PAST_SPAN.test(words) && !/\bago\b/i.test(words)) {
    to = anchor.date;
    const days = daysBetween(from!, to);
    if (days > 10) precision = 'month';
    else if (days > 2) precision = 'week';
  }
  // "04-10-2023" is 10 April month-first and 4 October day-first: the reading that is the publication
  // day (a page stamp, "Updated 04-10-2023 08:15"), or the one not after it, is the one meant.
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(words);
  if (precision === 'day' && numeric && from! === to!) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a <= 12 && b <= 12 && a !== b) {
      const read = formatYmd({ y, m: a, d: b });
      const other = formatYmd({ y, m: b, d: a });
      if (from === read && (other === anchor.date || (read > anchor.date && other <= anchor.date))) from = to = other;
    }
  }
  if (precision !== 'day' && precision !== 'week' && precision !== 'month' && precision !== 'year') return null;
  // Reporting in the past tense: a range never runs past the anchor.
  if (!futureOk && from <= anchor.date) to = minYmd(to, anchor.date);
  if (to < from) to = from;
  let partOfDay: PartOfDay | undefined;
  if (precision === 'day') {
    partOfDay = partOfDayIn(words) ?? (known('hour') ? partOfDayAt(s.get('hour')!) : undefined);
    if (/\blast night\b/i.test(words)) from = to = addDays(anchor.date, -1);
    if (lead && /overnight\s+(?:into|to)\s*$/i.test(lead[0])) from = addDays(from, -1);
  }
  const value: DateValue & { narrative?: number } = {
    start: from,
    end: to,
    precision: partOfDay ? 'part-of-day' : precision,
    text: words,
    basis,
    span: { start, end },
    ...(partOfDay ? { partOfDay } : {}),
  };
  if (narrative !== undefined) value.narrative = narrative;
  return value;
}

