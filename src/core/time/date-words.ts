// Word patterns that decide a date's precision and part of day, and the cues around it (early/late,
// overnight, "later", future tense) that chrono-node does not report on its own.
import type { DatePrecision, PartOfDay } from '../types.ts';

export const WEEK_WORDS = /\bweek(?:end)?s?\b/i;
export const MONTH_WORDS = /\bmonths?\b/i;
export const YEAR_WORDS = /\byears?\b/i;

/** A part of day named inside or just around a date expression. */
export function partOfDayIn(words: string): PartOfDay | undefined {
  if (/\b(?:night|overnight|tonight|early hours|small hours|midnight)\b/i.test(words)) return 'night';
  if (/\b(?:evening|dusk|late)\b/i.test(words)) return 'evening';
  if (/\bafternoon\b/i.test(words)) return 'afternoon';
  if (/\b(?:morning|dawn|daybreak|early)\b/i.test(words)) return 'morning';
  return undefined;
}

/** The part of day an hour falls in ("3 a.m." is night, "9 p.m." evening). */
export function partOfDayAt(hour: number): PartOfDay {
  if (hour < 5 || hour >= 22) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/** Precision the words themselves fix, before looking at which calendar fields chrono knew. */
export function precisionFromWords(words: string): DatePrecision | null {
  if (/\b(?:today|yesterday|tonight|last night|days?\s+(?:ago|later|earlier|before)|the (?:next|following|previous) day|day before)\b/i.test(words)) return null;
  if (WEEK_WORDS.test(words)) return 'week';
  if (MONTH_WORDS.test(words)) return 'month';
  if (YEAR_WORDS.test(words)) return 'year';
  return null;
}

// Modifiers just before a match: "early on", "late on", "in the early hours of", "at dawn on", "overnight into".
export const LEADING_MODIFIER = /(?:\b(?:early|late)\s+(?:on\s+)?|\b(?:in\s+)?the\s+(?:early|small)\s+hours\s+of\s+|\b(?:at\s+)?(?:dawn|daybreak|midnight)\s+(?:on\s+)?|\bovernight\s+(?:on\s+|into\s+|to\s+)?)$/i;
// The words LEADING_MODIFIER's matches end with, before their last spaces: each stands after a space
// or `\b`, so it is the whole run of ASCII letters there.
const LEADING_MODIFIER_LAST = new Set(['early', 'late', 'on', 'of', 'dawn', 'daybreak', 'midnight', 'overnight', 'into', 'to']);

/**
 * LEADING_MODIFIER's match at the end of `before`. The `$`-anchored pattern is tried at each of the
 * ~40 positions; most dates follow a word none of its matches ends with, which one look at that word
 * rules out first.
 */
export function leadingModifier(before: string): RegExpExecArray | null {
  let j = before.length;
  while (j > 0 && /\s/.test(before[j - 1]!)) j--;
  if (j === before.length) return null;
  let i = j;
  while (i > 0 && /[A-Za-z]/.test(before[i - 1]!)) i--;
  if (!LEADING_MODIFIER_LAST.has(before.slice(i, j).toLowerCase())) return null;
  return LEADING_MODIFIER.exec(before);
}
// Modifiers just after a match: "Monday overnight", "Tuesday at dawn".
export const TRAILING_MODIFIER = /^(?:\s+(?:overnight|at dawn|at daybreak|at midnight))\b/i;

/** Expressions that count from the previous date in the story, not from publication. */
export const NARRATIVE_RELATIVE = /\b(?:later|earlier|after|before|the (?:next|following|previous) day|next day|day before)\b/i;

/** Cues that the sentence speaks of the future, where a date after publication is allowed. */
export const FUTURE_CUE = /\b(?:will|shall|'ll|’ll|scheduled|upcoming|next|coming|planned|plans to|expected to|due to)\b/i;

// Newspaper names that start with a weekday ("the Sunday Times") are not dates. Sticky: tested at
// lastIndex, right after the weekday, instead of on a copy of the rest of the text.
export const WEEKDAY_TITLE = /\s+(?:Times|Telegraph|Mail|Express|Mirror|Herald|Post|Observer|Independent|Star|Sun|World|Tribune|Business|Morning)\b/y;

export const LEADING_PREPOSITION = /^(?:(?:on|in|at|by|since|from|during|until|of|as of)\s+)/i;
