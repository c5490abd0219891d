// The story's dates, once the incidents are merged: a date relative to another incident ("a day after
// the shelling", "two days after the Nur Shams raid") counts from that incident's day, and an incident
// told without a day in a story about one day takes the story's day ("Jets struck Idlib on Tuesday. A
// separate strike on a school in Ariha killed five."). Each carried date says where it came from.
import type { DateValue } from '../types.ts';
import { addDays } from '../time/calendar.ts';
import type { Draft } from './draft.ts';
import type { Merged } from './merge.ts';
import { placesAgree, typesAgree } from './merge.ts';

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "a day after the shelling", "two days before Monday's raid", "the day after the bombing", "hours after the attack".
const RELATIVE = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|nights?)|the\s+(day|night|morning|evening)|(hours|minutes|shortly))\s+(after|before|following)\s+(?:the|this|that|its|their|[\w’']+[’']s)?\s*/gi;
// Words that put an incident at another time than the story's ("earlier", "last week"): nothing is carried.
const ELSEWHEN = /\b(?:earlier|previously|last (?:week|month|year)|the previous|before that|in the past|ago|since|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4})\b/i;

// A definite or possessive determiner right before the trigger: "the strike", "the U.S.' targeted killing".
const DEFINITE = /\b(?:the|this|that|these|those|its|their|his|her)\s+(?:\S+\s+){0,2}$|\S+(?:['’]s|s['’]|\.['’])\s+(?:\S+\s+){0,1}$/i;

// A verb trigger ("the militants withdrew"): a determiner before it is its subject's.
const VERB = /(?:ed|struck|hit|shot|fought|withdrew|blew|stormed|hit)$/i;

const isDay = (d: DateValue | null) => !!d && (d.precision === 'day' || d.precision === 'part-of-day');
const ownDay = (d: Draft) => isDay(d.date) && !d.reportDate && !d.dateCarried;

/** The date `days` after `date`, told by the phrase `m` of the sentence starting at `at` (its words and span). */
function shift(date: DateValue, days: number, m: RegExpExecArray, at: number, basis: string): DateValue {
  const start = addDays(date.start, days);
  const end = addDays(date.end, days);
  // ("a day after the shelling": the words are "a day after"; the determiner is the incident's.)
  const text = m[0].trim().replace(/\s+(?:the|this|that|its|their)$/i, '');
  const from = at + m.index + (m[0].length - m[0].trimStart().length);
  return { ...date, start, end, precision: date.precision === 'part-of-day' && days !== 0 ? 'day' : date.precision, text, span: { start: from, end: from + text.length }, basis };
}

/**
 * Gives undated incidents a date from the story. `merged` are the incidents in any order; `dayOnly`
 * (tallies across a region that were dropped as summaries) only lend their day to the story.
 */
export function datesFromStory(merged: Merged[], lenders: readonly Merged[] = []): void {
  const byStart = [...merged].sort((a, b) => a.head.excerpt.start - b.head.excerpt.start);
  const lent = lenders.filter((e) => e.head.date && !e.head.reportDate && e.head.section === 'body').sort((a, b) => a.head.excerpt.start - b.head.excerpt.start);
  // The dated incidents told so far, kept in text order as the walk goes (a lender joins when the walk passes it).
  const before: Merged[] = [];
  let li = 0;
  const dated = (x: Merged) => !!x.head.date && !x.head.reportDate && x.head.section === 'body';
  // In text order, so an incident referred to has its date (its own, or the story's) before the one after it.
  for (const e of byStart) {
    const h = e.head;
    while (li < lent.length && lent[li]!.head.excerpt.start < h.excerpt.start) before.push(lent[li++]!);
    if (!(ownDay(h) || h.section !== 'body' || h.generic) && !relativeDate(e, merged) && !siblingDate(e, merged)) storyDate(e, before);
    if (dated(e)) before.push(e);
  }
}

/**
 * 0. "eight were killed in the strikes in Khost and Paktika provinces": one trigger told at two places is
 * two events, and the one whose sibling joined a dated incident has that incident's date.
 */
function siblingDate(e: Merged, merged: readonly Merged[]): boolean {
  if (e.head.date) return false;
  for (const p of e.parts) {
    const sib = merged.find((o) => o !== e && !!o.head.date && !o.head.reportDate
      && o.parts.some((q) => q.trigger.start === p.trigger.start && q.trigger.end === p.trigger.end && q.excerpt.start === p.excerpt.start));
    if (sib) {
      e.head.date = { ...sib.head.date!, basis: `the date of the same words' incident at another place ("${sib.head.date!.text}")` };
      e.head.reportDate = false;
      e.head.dateCarried = true;
      return true;
    }
  }
  return false;
}

/** 1. Relative to another incident: the re-mention inside the phrase was merged into that incident. */
function relativeDate(e: Merged, merged: readonly Merged[]): boolean {
  for (const part of e.parts) {
    const sentence = part.excerpt;
    const words = sentence.text;
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(words); m; m = RELATIVE.exec(words)) {
      const phraseEnd = sentence.start + m.index + m[0].length;
      // The incident referred to: one whose trigger opens right where the phrase ends ("... after the [rocket attack]").
      const ref = merged.find((o) => o !== e && isDay(o.head.date) && !o.head.reportDate
        && o.parts.some((p) => p.trigger.start >= phraseEnd && p.trigger.start - phraseEnd < 30 && p.excerpt.start === sentence.start));
      if (!ref) {
        if (clauseDate(e, part, m, merged)) return true;
        continue;
      }
      dateFrom(e, ref, /^before$/i.test(m[5]!) ? -daysIn(m) : daysIn(m), m, sentence.start);
      return true;
    }
  }
  return false;
}

/**
 * 1b. "The strike came a day after resistance fighters attacked a police station": the incident told in
 * the clause after the phrase is this one, and the sentence's incident before the phrase dates it.
 */
function clauseDate(e: Merged, part: Draft, m: RegExpExecArray, merged: readonly Merged[]): boolean {
  const sentence = part.excerpt;
  const phraseStart = sentence.start + m.index;
  const phraseEnd = phraseStart + m[0].length;
  // (Its own trigger opens the clause: a subject of a few words, then the verb; no determiner after "after".)
  // (... unless that determiner is the subject's and the trigger a verb: "a day after the Houthis launched 28 drones".)
  const determiner = /^(?:the|this|that|its|their)\b/i.test(m[0].replace(/^.*?\b(?:after|before|following)\s+/i, ''));
  if ((determiner && !CLAUSE_VERB.test(part.trigger.text)) || !(part.trigger.start >= phraseEnd && part.trigger.start - phraseEnd < 40)) return false;
  const main = merged.find((o) => o !== e && isDay(o.head.date) && !o.head.reportDate
    && o.parts.some((p) => p.excerpt.start === sentence.start && p.trigger.end <= phraseStart));
  if (!main) return false;
  // (The clause's incident is before the one it dates when that one came "a day after" it.)
  dateFrom(e, main, /^before$/i.test(m[5]!) ? daysIn(m) : -daysIn(m), m, sentence.start);
  return true;
}

const CLAUSE_VERB = /^(?:\w+ed|struck|hit|shot|fought|withdrew|blew|stormed|fired|launched)\b/i;

/** The days a RELATIVE phrase counts ("two days", "a week", "the day", "hours": 0). */
function daysIn(m: RegExpExecArray): number {
  return m[1] ? (NUMBER[m[1].toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1) : m[3] ? 1 : 0;
}

/** Dates the event `days` from the incident `from`, told by the phrase `m`, and says so. */
function dateFrom(e: Merged, from: Merged, days: number, m: RegExpExecArray, at: number): void {
  const n = Math.abs(days);
  e.head.date = shift(from.head.date!, days, m, at, `${n === 0 ? 'the day of' : `${n} day${n === 1 ? '' : 's'} ${days > 0 ? 'after' : 'before'}`} the incident of ${from.head.date!.start} ("${m[0].trim()} ...")`);
  e.head.reportDate = false;
  e.head.dateCarried = true;
}

/**
 * 2. The story's day: the day of the incident told just before, if that one has a day (not a month
 * or a year: "The Taliban captured Kunduz in September last year. During the fighting, an airstrike
 * destroyed the hospital" is not today), and, further on, only in a story that so far told of one day.
 */
function storyDate(e: Merged, before: readonly Merged[]): void {
  const h = e.head;
  if (e.parts.some((p) => ELSEWHEN.test(p.excerpt.text))) return;
  // "the result of the U.S.' targeted killing of ...": a definite mention the story never tells is a
  // known earlier event, not one of the story's day; only a report of something new takes that day.
  // ... unless it retells the incident told just before, of its kind, in the next paragraph ("US jets
  // struck Hodeidah overnight. / The strikes targeted sites near the airport").
  const last = before[before.length - 1];
  if (!last || !isDay(last.head.date)) return;
  const retells = h.paragraph - last.head.paragraph <= 1 && typesAgree(h, last.head);
  if (!retells && e.parts.every((p) => !VERB.test(p.trigger.text) && DEFINITE.test(p.excerpt.text.slice(Math.max(0, p.trigger.start - p.excerpt.start - 30), p.trigger.start - p.excerpt.start)))) return;
  // "Rwanda said on Monday that the army had shelled its territory near Rubavu": told with the day of its
  // report, at another scene or by another attacker than the incident before, it is not that day's.
  const lh = last.head;
  const otherAttacker = !!h.actors.attacker && !!lh.actors.attacker && h.actors.attacker !== lh.actors.attacker;
  const otherScene = (!!h.sceneName && !!lh.sceneName && h.sceneName !== lh.sceneName && !h.place && !lh.place)
    || (!!h.place && !!lh.place && h.placeHow !== 'carried' && !placesAgree(h.place, lh.place));
  if (h.date && h.reportDate && (otherAttacker || otherScene)) return;
  const near = h.paragraph - last.head.paragraph <= 2;
  if (!near && before.some((x) => x.head.date!.start !== last.head.date!.start)) return;
  const from = last.head.date!;
  // A date of the report ("the ministry said on Sunday") gives way to the story's day only if it is no earlier.
  if (h.date && h.reportDate && h.date.start < from.start) return;
  h.date = { ...from, basis: from.basis.startsWith("the story's date") ? from.basis : `the story's date, from "${from.text}" in an earlier sentence` };
  h.reportDate = false;
  h.dateCarried = true;
}
