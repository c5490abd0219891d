// Temporal expressions resolved against the right anchor: the publication date, a caption's own explicit
// date (a 2019 photo's "today" is 2019), or the dateline's day ("Feb. 28 (YPA) -") for the body.
import type { DateValue, Section, Span } from '../types.ts';
import { addDays, formatYmd, isCalendarDay, monthEnd, parseYmd } from './calendar.ts';
import { chronoDates } from './chrono-dates.ts';
import type { Anchor } from './chrono-dates.ts';
import { extraDates } from './extra-dates.ts';
import { FILE_PHOTO } from '../text/sections.ts';

export interface DateContext {
  sections: Section[];
  sentences: Span[];
  published: string;
  /** Where to say why a date was left out (one line for all the dates out of range). */
  warnings?: string[];
}

type Found = DateValue & { narrative?: number };

export function findDates(text: string, ctx: DateContext): DateValue[] {
  const published: Anchor = { date: ctx.published, label: `published ${ctx.published}` };
  const sections = ctx.sections.length ? ctx.sections : text.length ? [{ kind: 'body' as const, start: 0, end: text.length }] : [];
  const dropped: string[] = [];
  // "3000 years ago", "in 8000 years": chrono counts them, but a DateValue holds only the years
  // 0001-9999 (YYYY-MM-DD), and a clamped date would be a false one; they are left out, with a reason.
  const inRange = (d: Found) => {
    if (isCalendarDay(d.start) && isCalendarDay(d.end)) return true;
    dropped.push(d.text);
    return false;
  };
  const scan = (sec: Span, anchor: Anchor): Found[] => {
    const slice = { text, start: sec.start, end: sec.end, anchor };
    return mergeFound(chronoDates(slice), extraDates(slice)).filter(inRange);
  };

  const dateline = sections.find((s) => s.kind === 'dateline');
  const datelineDates = dateline ? scan(dateline, published) : [];
  const datelineDay = datelineDates.find(isExplicitDay);
  const bodyAnchor: Anchor = datelineDay ? { date: datelineDay.start, label: `dateline date ${datelineDay.start}` } : published;

  const found: Found[] = [...datelineDates];
  // A loop, not found.push(...items): a spread of a 5 MB text's dates overflows the call stack.
  const add = (items: Found[]) => {
    for (const d of items) found.push(d);
  };
  for (const sec of sections) {
    if (sec.kind === 'dateline') continue;
    if (sec.kind === 'caption') {
      const first = scan(sec, published);
      const own = first.find(isExplicitDay);
      // A caption dated by its own words re-anchors its "today" and weekdays to that day.
      if (own) add(scan(sec, { date: own.start, label: `caption date ${own.start}` }));
      // A file photo's "on Tuesday" is some old Tuesday: without its own date, only explicit dates stay.
      else if (FILE_PHOTO.test(text.slice(sec.start, sec.end))) add(first.filter((d) => d.basis.startsWith('explicit')));
      else add(first);
      continue;
    }
    add(scan(sec, bodyAnchor));
  }
  found.sort((a, b) => a.span.start - b.span.start);
  // "the next day" after "December 31, 9999" counts past the last day too.
  const dates = joinRanges(text, resolveNarrative(text, found).filter(inRange));
  if (dropped.length) ctx.warnings?.push(outOfRangeWarning(dropped));
  return dates;
}

function outOfRangeWarning(words: string[]): string {
  const shown = [...new Set(words)].slice(0, 3).map((w) => `"${w.length > 40 ? `${w.slice(0, 40)}…` : w}"`).join(', ');
  const what = words.length === 1 ? `The date ${shown} was` : `${words.length} dates (${shown}${new Set(words).size > 3 ? ', …' : ''}) were`;
  return `${what} left out: Dateline holds dates from the year 1 to 9999 only.`;
}

// "on Monday and Tuesday", "Friday to Sunday": two days joined by the text are one range.
function joinRanges(text: string, dates: DateValue[]): DateValue[] {
  const out: DateValue[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const daily = (v: DateValue) => v.precision === 'day' || v.precision === 'part-of-day';
    const gap = prev ? text.slice(prev.span.end, d.span.start) : '';
    if (prev && daily(prev) && daily(d) && /^\s*(?:and|to|through|until|or|into|-|–)\s*$/.test(gap)) {
      const span = { start: prev.span.start, end: d.span.end };
      // "Sunday night into Monday" stays one night; "Monday and Tuesday" is whole days.
      const night = /into/.test(gap) && prev.partOfDay === 'night';
      const { partOfDay: _drop, ...base } = prev;
      out[out.length - 1] = {
        ...base,
        ...(night ? { partOfDay: 'night' as const } : {}),
        start: prev.start < d.start ? prev.start : d.start,
        end: prev.end > d.end ? prev.end : d.end,
        precision: night ? 'part-of-day' : 'day',
        text: text.slice(span.start, span.end),
        span,
      };
      continue;
    }
    // "In April last year", "in March of this year": the month of the year the words give.
    if (prev && prev.precision === 'month' && d.precision === 'year' && /^\s*(?:,\s*|of\s+)?$/.test(gap) && /^(?:of\s+)?(?:last|this|next|the\s+previous)\s+year$/i.test(d.text)) {
      const y = parseYmd(d.start).y;
      const m = parseYmd(prev.start).m;
      const span = { start: prev.span.start, end: d.span.end };
      const start = formatYmd({ y, m, d: 1 });
      const end = monthEnd(start);
      out[out.length - 1] = { ...prev, start, end: end < d.end ? end : d.end, text: text.slice(span.start, span.end), basis: d.basis, span };
      continue;
    }
    out.push(d);
  }
  return out;
}

function isExplicitDay(v: DateValue): boolean {
  return (v.precision === 'day' || v.precision === 'part-of-day') && v.basis.startsWith('explicit');
}

// chrono's spans win over the bare-year and "overnight" patterns; "the night of 3-4 May" and the
// narrative days ("the next day") win over chrono.
function mergeFound(chrono: Found[], extra: Found[]): Found[] {
  const overlaps = (a: DateValue, b: DateValue) => a.span.start < b.span.end && b.span.start < a.span.end;
  // "the night of 3-4 May" and "between March 1 and 3" know more than chrono's first day.
  // "the next day" / "earlier in the day" count from the story's last date, which chrono cannot see.
  const nights = extra.filter((e) => /night\s+of/i.test(e.text) || (e as { pair?: boolean }).pair || e.narrative !== undefined);
  const rest = extra.filter((e) => !nights.includes(e));
  const kept = chrono.filter((c) => !nights.some((n) => overlaps(n, c)));
  const out: Found[] = [...kept, ...nights];
  for (const e of rest) if (!out.some((c) => overlaps(c, e))) out.push(e);
  return out;
}

const REPORTED_BEFORE = /\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|stated|added|confirmed)(?:\s+(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)?\s*(?:\w+\s+){0,2}?(?:statement|interview|video|post|message|briefing|conference|Telegram|X|Twitter|Facebook|television|TV|radio))?\s*$/i;

// "the next day", "two days later": counted from the last day-precise date before them in the story.
function resolveNarrative(text: string, found: Found[]): DateValue[] {
  let previous: DateValue | null = null;
  return found.map((f) => {
    const { narrative, ...value } = f;
    if (narrative !== undefined) {
      // Counted from an earlier date the story never gave: no date rather than a wrong one.
      if (!previous) return null;
      const day = addDays(previous.start, narrative);
      const out: DateValue = { ...value, start: day, end: day, basis: `relative to "${previous.text}" (${previous.start})` };
      previous = out;
      return out;
    }
    // "told AFP on Friday" dates the telling; the story's clock is the events' dates.
    // So does "said in a statement on Monday" / "said on Telegram on Friday".
    const reported = REPORTED_BEFORE.test(text.slice(Math.max(0, value.span.start - 45), value.span.start));
    if ((value.precision === 'day' || value.precision === 'part-of-day') && !reported) previous = value;
    return value;
  }).filter((v): v is DateValue => v !== null);
}
