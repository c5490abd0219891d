// When an event happened: the date expression that governs the trigger in its sentence. A date that
// only dates the reporting ("officials said Tuesday") dates the events inside the report, with a basis
// that says so, and never the events in a trailing "following ..." clause.
import type { DateValue, Span } from '../types.ts';
import { addDays } from '../time/calendar.ts';
import { pointsBack } from './frame.ts';
import type { SentenceFrame } from './frame.ts';
import type { TriggerHit } from './triggers.ts';

// ("said in a statement on Saturday", "told reporters at a briefing on Monday", "said in a statement read
// on state television on Friday", "said on Telegram on Sunday": the same.)
const REPORT_VERB = /\b(?:said|says|told|announced|reported|stated|added|confirmed|claimed|wrote|posted|tweeted|declared|noted)(?:\s+(?:\w+\s+)?(?:in|at|during)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:statement|post|briefing|interview|video|message|conference|address|speech|report|bulletin|update)(?:\s+(?:read|broadcast|aired|published|posted|released|issued|carried)\s+(?:on|by|in|over)\s+(?:[\w-]+\s+){0,3}?)?|\s+on\s+(?:state\s+|national\s+|local\s+)?(?:television|TV|radio|Telegram|X|Twitter|Facebook|social media))?\s*$/i;

const CAUSE_BEFORE = /\b(?:in (?:response|retaliation|revenge) (?:to|for)|(?:its|their|a|the) (?:response|retaliation|revenge) (?:to|for)|retaliation for|to avenge|(?:held |holds |hold )?responsible for|blamed for|accused of)\s+(?:the|a|an|its|their|his|her|last\s+\w+['’]s|[\w’']+['’]s)?\s*(?:[\w’'-]+\s+){0,2}?(?:killing|assassination|strike|attack|bombing|raid|shelling|death|murder)s?\b/i;
const DURATION = /^(?:for|over|during)\s+(?:the\s+)?(?:several|a few|some|many|two|three|four|five|six|\d+|nearly|almost|about|more than|hours?|days?)\b(?![^,;]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

// "The offensive began on June 15, a week after gunmen attacked the airport": the incident after the
// interval is dated from the date the words before it give, less the interval (plus it, for "before").
const INTERVAL = /^\s*,\s*(?:(?:just|only|about|some|nearly|almost|exactly)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:[\w’'-]+\s+){0,5}$/i;
const COUNT_WORD: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function intervalFrom(text: string, d: DateValue, trigger: Span): DateValue | null {
  if (d.span.end > trigger.start || (d.precision !== 'day' && d.precision !== 'part-of-day')) return null;
  const m = INTERVAL.exec(text.slice(d.span.end, trigger.start));
  if (!m) return null;
  const n = (COUNT_WORD[m[1]!.toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1);
  const days = m[3]!.toLowerCase() === 'after' ? -n : n;
  const interval = m[0].slice(0, m[0].toLowerCase().lastIndexOf(m[3]!.toLowerCase()) + m[3]!.length).replace(/^\s*,\s*/, '');
  return { ...d, start: addDays(d.start, days), end: addDays(d.end, days), precision: 'day', basis: `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} "${d.text}" (${d.start}): "${interval}"` };
}

const RELATIVE_CLAUSE = /,\s*(?:which|who|whom|whose)\b/i;

// "the Houthis claimed the attack on Monday", "condemned Sunday's strike on Tuesday": an incident
// named as the object of a claim, a denial or a condemnation; the date right after it is that act's.
const CLAIM_BEFORE = /\b(?:claimed|claiming|claims|claim|denied|denying|denies|deny|condemned|condemning|condemns|condemn)\s+(?:(?:responsibility|credit)\s+for\s+)?(?:the|this|that|its|their|an?)?\s*(?:[\w’'-]+\s+){0,2}$/i;

/** "two days after", "a week before", "the day after", "days after": an interval from another incident. */
export const COUNTED_FROM = /\b(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+)?(?:days?|weeks?|nights?|hours?|months?)|the\s+(?:day|night))\s+(?:after|before)\b/i;

export interface DateChoice {
  date: DateValue;
  report: boolean;
}

/** datelines: the dateline spans near the sentence ("BAMAKO, Jan 14 (Reuters) -"); their date is the filing's. */
export function dateFor(text: string, sentence: Span, trigger: Span, dates: DateValue[], definite = false, datelines: readonly Span[] = []): DateChoice | null {
  const inSentence = dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  let best: { d: DateValue; cost: number } | null = null;
  let report: DateValue | null = null;
  for (const d of inSentence) {
    const lead = text.slice(Math.max(sentence.start, d.span.start - 20), d.span.start);
    // "since October", "until Friday" bound a period; they do not date an incident.
    // ... except "since October, when twin bombings killed ...", where the date is the event's own.
    const when = d.span.end <= trigger.start && /^,?\s*when\b/i.test(text.slice(d.span.end, trigger.start));
    // "Updated 04-10-2023 08:15", "Posted on", "date 2024-05-02": a page stamp dates the page, not an event.
    if (/\b(?:updated|posted|published|modified|date|dated|edited)\s*(?:on\s*)?:?\s*$/i.test(lead)) continue;
    // "exchanged fire for several hours", "fought for three days": a duration, not a day. And "a car sat
    // in a crater", "the sun rose": a weekday's abbreviation is written capitalised when it is one.
    if (DURATION.test(d.text) || (/\bfor\s*$/i.test(lead) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(d.text)) || /^[a-z]{2,4}$/.test(d.text)) continue;
    // "bought the motorcycle used in the attack a week earlier": a trailing "earlier" dates the clause's
    // verb, not a definite re-mention of an incident.
    if (definite && d.span.start >= trigger.end && /\b(?:earlier|later|before|after|ago|previously)$/i.test(d.text)) continue;
    if ((/\b(?:since|until|till|through)\s*$/i.test(lead) || /^(?:since|until)\b/i.test(d.text)) && !when) continue;
    // "since the offensive began on Oct. 26": the date of what began the period, not of this trigger.
    // ("since the campaign began at the request of the Tripoli government on Aug. 1"; "bringing to 29 the
    // number of strikes ...": a tally the sentence adds, whose dates are not this incident's.)
    if (d.span.start > trigger.end && /\bsince\b[^,;.]{0,80}$/i.test(text.slice(Math.max(trigger.end, d.span.start - 90), d.span.start))) continue;
    // ("its attack was its response to the killing of its commander in Beirut last month", "against the
    // commander it held responsible for the rocket attack on Majdal Shams on Saturday": the date is the
    // cause's, told after the words that name it.)
    if (d.span.start > trigger.end && CAUSE_BEFORE.test(text.slice(trigger.end, d.span.start))) continue;
    if (d.span.start > trigger.end && /,\s*(?:bringing|raising|taking|pushing)\s+(?:to\s+[\d,]+\s+)?the\s+(?:total|number|tally|toll|count)\b/i.test(text.slice(trigger.end, d.span.start))) continue;
    // "hit a school in Kherson, which officials said on Friday had been evacuated", "in Avdiivka, which
    // Russia said on Friday it had captured": a date inside a relative clause after the trigger dates
    // that clause (or its claim), neither the incident nor the report of it.
    if (d.span.start >= trigger.end && RELATIVE_CLAUSE.test(text.slice(trigger.end, d.span.start))) continue;
    // "BAMAKO, Jan 14 (Reuters) - Suspected jihadists killed ...": the dateline's day is when the story
    // was filed, a report date like "officials said on Sunday", not the day of the incident it tells.
    if (datelines.some((x) => d.span.start >= x.start && d.span.end <= x.end)) {
      if (d.span.end <= trigger.start && !report) report = d;
      continue;
    }
    // "used by fighters who had taken part in the Oct. 7 attack": a date between "the" and another
    // incident's noun names that incident, not this trigger.
    if ((d.span.start >= trigger.end || d.span.end <= trigger.start - 40) && /\bthe\s+$/i.test(lead) && ATTRIBUTIVE_OF.test(text.slice(d.span.end, d.span.end + 40))) continue;
    const claimed = d.span.start >= trigger.end && /^\s*$/.test(text.slice(trigger.end, d.span.start))
      && CLAIM_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start));
    if (REPORT_VERB.test(text.slice(Math.max(sentence.start, d.span.start - 60), d.span.start)) || claimed) {
      // The report's content comes before "said", or after "said Tuesday that".
      // ("said on Monday it had repelled an attack": "that" left out before a pronoun subject.)
      const thatAfter = /^\s*(?:that|it|they|its|their|he|she|we)\b/i.test(text.slice(d.span.end, d.span.end + 8)) && trigger.start > d.span.end;
      if (trigger.end <= d.span.start || thatAfter) report = d;
      continue;
    }
    const shifted = intervalFrom(text, d, trigger);
    if (shifted) return { date: shifted, report: false };
    // "struck hideouts on Monday, ..., two days after militants killed seven soldiers in an attack": the
    // day before "two days after" is the other incident's; this one counts from it (story-dates.ts).
    // (Not "began on June 15, a week after the talks failed, and jets struck Hama": a new clause.)
    const counted = d.span.end <= trigger.start ? COUNTED_FROM.exec(text.slice(d.span.end, trigger.start)) : null;
    if (counted && !/,\s*(?:and|but|while)\s|;/.test(text.slice(d.span.end + counted.index, trigger.start))) continue;
    const between = d.span.start >= trigger.end ? text.slice(trigger.end, d.span.start) : text.slice(d.span.end, trigger.start);
    // Dates after the trigger bind more closely ("strikes on Monday night"); clause breaks loosen the tie.
    let cost = between.length * (d.span.start >= trigger.end ? 1 : 1.3);
    if (/[;:]|\s[—–-]\s|,\s*(?:but|while|and)\s/.test(between)) cost += 150;
    if (!best || cost < best.cost) best = { d, cost };
  }
  if (best) return tollDate(text, sentence, trigger, best.d) ?? { date: best.d, report: false };
  if (report) return { date: { ...report, basis: `${report.basis} (date of the report)` }, report: true };
  return null;
}

// "The death toll from an air strike on a school rose to 17 on Monday": the day the toll was told.
const TOLL_BEFORE = /\b(?:toll|number of (?:the )?(?:dead|deaths|victims|casualties)|death count|casualty count)\b[^.;]{0,30}$/i;
const TOLL_RISE = /\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|stands? at|stood at|grew|mounted)\b/i;
// "..., a day after the attack": how long after the incident the toll was told.
const AFTER_IT = /\b(a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|air strike|airstrike|bombing|raid|shelling|blast|explosion|assault|incident)\b/i;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** A date that only tells when a toll was updated dates the report; "a day after the attack" dates the incident. */
function tollDate(text: string, sentence: Span, trigger: Span, d: DateValue): DateChoice | null {
  if (d.span.start < trigger.end || !TOLL_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start))) return null;
  if (d.span.start - trigger.end > 200 || !TOLL_RISE.test(text.slice(trigger.end, d.span.start))) return null;
  const after = AFTER_IT.exec(text.slice(d.span.end, Math.min(sentence.end, d.span.end + 160)));
  if (after && (d.precision === 'day' || d.precision === 'part-of-day')) {
    const n = COUNT[after[1]!.toLowerCase()] ?? Number(after[1]);
    return {
      date: { ...d, start: addDays(d.start, -n), end: addDays(d.end, -n), precision: 'day', basis: `${n} day${n === 1 ? '' : 's'} before the toll was told ("${d.text}", "${after[0]}")` },
      report: false,
    };
  }
  return { date: { ...d, basis: `${d.basis} (the day the toll was told)` }, report: true };
}

const ATTRIBUTIVE_OF = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air ?strikes?|bombings?|raids?|massacres?|shelling|assaults?|offensives?|invasion|incursion|ambush|blasts?|explosions?)\b/i;

/** A trigger with the date that governs it in its sentence (or none). */
export interface DatedHit {
  hit: TriggerHit;
  date: DateChoice | null;
}

/** The date stage: each trigger of the sentence with its own date. */
export function dateTriggers(text: string, frame: SentenceFrame, hits: readonly TriggerHit[]): DatedHit[] {
  return hits.map((hit) => ({ hit, date: dateFor(text, frame.sentence, hit, frame.dates, pointsBack(text, frame.sentence.start, hit), frame.datelines) }));
}
