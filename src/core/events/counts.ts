// Which incident a count belongs to: the trigger nearest before the number in its sentence, or, for
// a sentence that reports a toll and no trigger ("More than 200 people were wounded"), the incident just told.
import type { DateValue, Range, SectionKind, Span } from '../types.ts';
import type { Count } from './casualties.ts';
import { ANY_COUNT, injuredAt, injuredCounts, killedAt, killedCounts, widen } from './casualties.ts';
import type { Draft } from './draft.ts';
import { COUNTED_FROM } from './event-date.ts';
import { tallySentence } from './modality.ts';

export interface CountScope {
  section: SectionKind;
  paragraph: number;
  /** The sentence has triggers of its own. */
  triggered: boolean;
  /** The places a sentence with no trigger names ("The death toll in Dnipro rose to 30"). */
  named?: readonly string[];
}

/** One toll the sentence reports and the incident it belongs to. */
export interface CountAssignment {
  draft: Draft;
  field: 'fatalities' | 'injured';
  range: Range;
  /** The count revises the incident's earlier toll ("the toll rose to 14"). */
  revises?: boolean;
  /** More victims of the incident told just before ("Two soldiers were also killed"): added to its toll. */
  adds?: boolean;
}

const ALSO_KILLED = /\balso\s+(?:been\s+)?(?:killed|died|dead)\b/i;
const ALSO_INJURED = /\balso\s+(?:been\s+)?(?:wounded|injured|hurt)\b/i;

/**
 * The count stage: the killed and injured counts of a sentence, each given to the incident it belongs
 * to, among the sentence's own (`fresh`) or, for a sentence with none, the one just told (`earlier`).
 */
export function assignCounts(text: string, sentence: Span, dates: DateValue[], fresh: Draft[], earlier: Draft[], scope: CountScope): CountAssignment[] {
  // Most sentences report no toll: nothing to give an owner (one cheap word test says so for most,
  // before the dates are masked: masking only removes words).
  const raw = text.slice(sentence.start, sentence.end);
  if (!ANY_COUNT.test(raw)) return [];
  // Numbers inside dates ("on August 29 killed 10") are not counts.
  const counted = maskDates(raw, sentence, dates);
  if (!ANY_COUNT.test(counted)) return [];
  // A tally's count ("more than 200 civilians have been killed since 2022") is no incident's toll.
  if (fresh.length === 0 && tallySentence(raw)) return [];
  const counts = [[killedAt(counted), 'fatalities'], [injuredAt(counted), 'injured']] as const;
  if (!counts[0][0] && !counts[1][0]) return [];
  const owners = fresh.filter((d) => d.type !== 'withdrawal');
  // The main (first) incident of the latest sentence that told one.
  const eligible = (d: Draft) => d.section === scope.section && !d.generic && d.type !== 'withdrawal';
  // Scan back only while within a paragraph: long texts stay linear.
  let lastAt = -1;
  for (let i = earlier.length - 1; i >= 0 && scope.paragraph - earlier[i]!.paragraph <= 1; i--) {
    if (eligible(earlier[i]!)) {
      lastAt = i;
      break;
    }
  }
  // A toll that names a place belongs to the incident told there, though others were told since.
  if (scope.named?.length && !(lastAt >= 0 && earlier[lastAt]!.place && scope.named.includes(earlier[lastAt]!.place!.name))) {
    for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 40); i--) {
      const d = earlier[i]!;
      if (eligible(d) && d.place && d.placeHow !== 'carried' && scope.named.includes(d.place.name)) {
        lastAt = i;
        break;
      }
    }
  }
  const last = lastAt >= 0 ? earlier[lastAt] : undefined;
  let first = lastAt;
  while (first > 0 && earlier[first - 1]!.excerpt.start === last!.excerpt.start) first--;
  const latest = last && earlier.slice(first, lastAt + 1).find((d) => d.excerpt.start === last.excerpt.start && eligible(d));
  const out: CountAssignment[] = [];
  // "killed two in Kherson and wounded nine in Chernihiv", "strikes killed two people in Jabalia and
  // wounded 14 in Beit Lahia ...; no deaths were reported in Beit Lahia": with incidents at two places,
  // each count goes to the place its own clause names, not to the nearest trigger.
  if (new Set(owners.map((d) => d.placeSpan?.start ?? -1)).size >= 2 && owners.every((d) => d.placeSpan)) {
    for (const [list, field] of [[killedCounts(counted), 'fatalities'], [injuredCounts(counted), 'injured']] as const) {
      for (const c of list) {
        const owner = ownerByPlace(raw, sentence.start, c, owners) ?? nearestBefore(owners, sentence.start + c.at);
        out.push({ draft: owner, field, range: c.range, ...(c.revises ? { revises: true } : {}) });
      }
    }
    return out;
  }
  // "The offensive has killed more than 36,000, ... since gunmen attacked Israel on Oct. 7, killing about
  // 1,200": a count before every incident of a tally sentence is the tally's; the incident's comes after it.
  const tallyFirst = owners.length > 0 && tallySentence(raw) ? owners.reduce((m, d) => Math.min(m, d.trigger.start), Infinity) : -1;
  for (const [count, field] of counts) {
    if (!count) continue;
    const at = sentence.start + count.at;
    if (at < tallyFirst && /\bsince\b/i.test(raw.slice(count.at, tallyFirst - sentence.start))) continue;
    let owner = owners.length ? nearestBefore(owners, at) : scope.triggered ? undefined : latest;
    // "The attack came days after at least 17 soldiers were killed near X in an attack ...": a count told
    // past "days after" is the earlier incident's, which its clause tells after the number.
    if (owner && owners.includes(owner) && COUNTED_FROM.test(raw.slice(Math.max(0, owner.trigger.end - sentence.start), count.at))) {
      const later = owners.find((d) => d.trigger.start > at);
      if (!later) continue;
      owner = later;
    }
    const adds = !owners.length && !count.revises && (field === 'fatalities' ? ALSO_KILLED : ALSO_INJURED).test(raw);
    if (owner) out.push({ draft: owner, field, range: count.range, ...(count.revises ? { revises: true } : {}), ...(adds ? { adds: true } : {}) });
  }
  // "... killed nine militants on Sunday, a day after a suicide bomber attacked a checkpoint, killing
  // three officers": an incident told apart in its own clause owns the count told after its trigger.
  let lists: ReadonlyArray<readonly [Count[], 'fatalities' | 'injured']> | undefined;
  for (const d of owners) {
    if (!d.distinct && !(tallyFirst >= 0 && out.length === 0) || out.some((a) => a.draft === d)) continue;
    lists ??= [[killedCounts(counted), 'fatalities'], [injuredCounts(counted), 'injured']];
    for (const [list, field] of lists) {
      const c = list.find((x) => sentence.start + x.at > d.trigger.end && nearestBefore(owners, sentence.start + x.at) === d);
      if (c && !out.some((a) => a.field === field && a.range === c.range)) out.push({ draft: d, field, range: c.range });
    }
  }
  return out;
}

const SHOOTING = /^(?:fatally shot|shot to death|shot and \w+(?: \w+)?|(?:was|were|been|being) shot|opened fire|open fire|fired (?:shots |bullets )?(?:on|at|into)|(?:mass |drive-by )?shootings?|gunfire|shot at)$/i;

/** Gives each count to its incident (two reports of one toll widen into a range); a shooting that killed is a killing. */
export function applyCounts(assignments: readonly CountAssignment[], fresh: readonly Draft[]): void {
  for (const a of assignments) {
    if (a.revises) {
      a.draft[a.field] = a.range;
      a.draft.revisesToll = true;
    } else if (a.adds && a.draft[a.field]) {
      const was = a.draft[a.field]!;
      a.draft[a.field] = { min: was.min + a.range.min, max: was.max + a.range.max };
    } else a.draft[a.field] = widen(a.draft[a.field], a.range);
  }
  for (const d of fresh) if (d.type === 'other' && d.fatalities && d.fatalities.max > 0 && SHOOTING.test(d.trigger.text)) d.type = 'killing';
}

function maskDates(raw: string, sentence: Span, dates: DateValue[]): string {
  let out = raw;
  for (const d of dates) {
    if (d.span.start < sentence.start || d.span.end > sentence.end) continue;
    const a = d.span.start - sentence.start;
    const b = d.span.end - sentence.start;
    out = out.slice(0, a) + 'x'.repeat(b - a) + out.slice(b);
  }
  return out;
}

// Between a count and its place: no clause break ("killed five, and shelling hit B" is not B's toll).
const CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|while|whereas|as|after|before|when)\b/i;

/** The incident whose place follows the count in the count's own clause, if one does. */
function ownerByPlace(s: string, base: number, c: Count, owners: Draft[]): Draft | undefined {
  const end = base + (c.end ?? c.at);
  let best: Draft | undefined;
  for (const d of owners) {
    const at = d.placeSpan!.start;
    if (at < end || at - end > 90) continue;
    if (!best || at < best.placeSpan!.start) best = d;
  }
  if (!best) return undefined;
  return CLAUSE_BREAK.test(s.slice(end - base, best.placeSpan!.start - base)) ? undefined : best;
}

function nearestBefore(drafts: Draft[], at: number): Draft {
  // Ties (one trigger listed over several places) go to the first place named; a count before every
  // trigger ("Two soldiers were killed in X, and fighting also erupted in Y") goes to the first in the text.
  let best = drafts[0]!;
  for (const d of drafts) if (d.trigger.start < best.trigger.start) best = d;
  for (const d of drafts) if (d.trigger.start <= at && d.trigger.start > best.trigger.start) best = d;
  return best;
}
