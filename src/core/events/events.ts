// Events: what happened (trigger and type), where (a literal place, never a dateline or a metonymic
// capital), when (the governing date, else undated), who (attacker, target, claims) and how many were
// killed or hurt, with the words for each; mentions of one incident merged into one event.
import type { DateValue, DatelineEvent, EventType, Mention, Section, SectionKind, Span, TextSpan } from '../types.ts';
import { actorsFor } from './actors.ts';
import { confidenceOf } from './draft.ts';
import type { Draft } from './draft.ts';
import { dateFor } from './event-date.ts';
import { listedAfter, placeFor } from './event-place.ts';
import { assignCounts } from './counts.ts';
import { mergeDrafts } from './merge.ts';
import { modalityOf } from './modality.ts';
import { sentenceTriggers, typeTrigger } from './triggers.ts';
import type { TriggerHit } from './triggers.ts';
import { paragraphIndex } from '../text/sections.ts';

export interface EventContext {
  sections: Section[];
  sentences: Span[];
  mentions: Mention[];
  dates: DateValue[];
  published: string;
}

// "the latest raids", "Monday's attack", "these strikes": a reference back to an incident already told.
const ANAPHORIC = /\b(?:the|these|those|this|that|its|their|latest|last|recent|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s)\s+(?:\w+\s+){0,2}$/i;
// How long an earlier event's place may be carried over to a placeless mention, in paragraphs.
const CARRY_PARAGRAPHS = 3;

const span = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

// A sentence's event reads the mentions and dates near it (a few paragraphs back, a little ahead),
// never the whole article's: that keeps the stage linear on a multi-megabyte paste.
const LOOK_BACK = 3000;
const LOOK_AHEAD = 400;

/** The index of the first item of a list sorted by `at` whose position is at least `v`. */
function lowerBound<T>(items: readonly T[], at: (x: T) => number, v: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by `at` whose position lies in [from, to). */
function within<T>(items: readonly T[], at: (x: T) => number, from: number, to: number): T[] {
  return items.slice(lowerBound(items, at, from), lowerBound(items, at, to));
}

/** The latest draft (scanning back no further than `paragraphs` paragraphs) that passes `ok`. */
function latestDraft(drafts: readonly Draft[], paragraph: number, paragraphs: number, ok: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (paragraph - d.paragraph > paragraphs) return undefined;
    if (ok(d)) return d;
  }
  return undefined;
}

export function findEvents(text: string, ctx: EventContext): DatelineEvent[] {
  const mentions = [...ctx.mentions].sort((a, b) => a.start - b.start);
  const sections = [...ctx.sections].sort((a, b) => a.start - b.start);
  // Sections do not overlap: the one holding an offset is the last that starts at or before it.
  const sectionAt = (offset: number): Section | undefined => {
    const s = sections[lowerBound(sections, (x) => x.start, offset + 1) - 1];
    return s && offset < s.end ? s : undefined;
  };
  // Built on first use: it scans the whole text, and a text without triggers or counts never asks.
  let paragraphs: ((offset: number) => number) | undefined;
  const paragraphAt = (offset: number) => (paragraphs ??= paragraphIndex(text))(offset);
  const drafts: Draft[] = [];
  // An article about a war puts every ambiguous "strikes" in it; local crime news does not.
  // (Read on the first sentence with a trigger: most texts have none, and this scans the whole text.)
  let articleConflict: boolean | undefined;
  let previousType: EventType | null = null;
  let previousParagraph = -1;
  // The dateline words are where the reporter sat: no trigger or place inside them counts.
  const datelines = ctx.sections.filter((s) => s.kind === 'dateline');
  const allDates = [...ctx.dates].sort((a, b) => a.span.start - b.span.start);

  for (const sentence of ctx.sentences) {
    const from = sentence.start - LOOK_BACK;
    const to = sentence.end + LOOK_AHEAD;
    const dates = within(allDates, (d) => d.span.start, from, to);
    const section = sectionAt(sentence.start);
    const kind: SectionKind = section?.kind === 'dateline' ? 'body' : section?.kind ?? 'body';
    const hits = sentenceTriggers(text, sentence, within(datelines, (d) => d.start, from, to));
    if (hits.length === 0) {
      // Speed: most sentences hold no trigger; all that can come of one is a toll for the incident
      // just told ("More than 200 people were wounded"), so the rest of the work is skipped.
      // (A getter: the paragraph is only read when the sentence holds a count.)
      assignCounts(text, sentence, dates, [], drafts, { section: kind, get paragraph() { return paragraphAt(sentence.start); }, triggered: false });
      continue;
    }
    articleConflict ??= CONFLICT_WORDS.test(text);
    const near = within(mentions, (m) => m.start, from, to);
    const usable = near.filter((m) => m.role !== 'dateline' && m.role !== 'metonymy');
    const local: EventContext = { ...ctx, mentions: near, dates };
    const sentenceText = text.slice(sentence.start, sentence.end);
    // One incident per type per sentence, unless two triggers of a type govern different places
    // ("strikes hit Aleppo and, separately, a strike hit Damascus").
    const groups: Array<{ type: EventType; hit: TriggerHit; where: string | null; inferred: boolean }> = [];
    const dated = dates.some((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
    // A state or people named in the sentence ("Israel struck", "Russian aviation") puts an ambiguous
    // "struck" or "fighting" in a conflict; without one, it needs armed actors or weapons in view.
    const conflict = articleConflict || usable.some((m) => m.start >= sentence.start && m.end <= sentence.end && (m.role === 'demonym' || m.place?.precision === 'country'))
      || near.some((m) => m.role === 'metonymy' && m.start >= sentence.start && m.end <= sentence.end);
    // "killed" is an event of its own only when nothing else in the sentence did the killing.
    const ordered = [...hits.filter((h) => h.rule !== 'killed'), ...hits.filter((h) => h.rule === 'killed')];
    for (const hit of ordered) {
      if (hit.rule === 'killed' && groups.length > 0) continue;
      // The weapon may open a long subject ("A missile fired by Yemen's Houthi militia struck ...").
      // Searched within the 80 characters before the trigger: an unbounded lastIndexOf over a text with no ';' is a scan to its start.
      const lookFrom = Math.max(sentence.start, hit.start - 80);
      const before = text.slice(lookFrom, hit.start);
      const clauseOpen = lookFrom + Math.max(before.lastIndexOf(',') + 1, before.lastIndexOf(';') + 1, 0);
      const local = text.slice(clauseOpen, Math.min(sentence.end, hit.end + 35));
      // A bare "attack" takes the type of the incident before it only when it points back to it
      // ("the attack", "Monday's attack", "also") or follows it in the same paragraph.
      const pointsBack = ANAPHORIC.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start));
      const indefinite = /\b(?:an?|another)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
      // "has also targeted", "a separate strike": these presuppose an act of the same kind told before.
      const also = /\b(?:also|another|separate|second|third|further|similar)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
      const antecedent = pointsBack || also || (previousParagraph === paragraphAt(sentence.start) && !indefinite) ? previousType : null;
      const type = typeTrigger(hit, local, antecedent, conflict);
      if (!type) continue;
      const mod = modalityOf(sentenceText, hit.start - sentence.start, hit.end - sentence.start, dated);
      if (mod.rejected) continue;
      if (type === 'withdrawal' && !militaryMove(text, sentence, hit, usable)) continue;
      // "captured the town of X": territory changing hands needs the place named as its object.
      if (hit.rule === 'territory' && !usable.some((m) => m.role === 'literal' && m.start >= hit.end && m.start - hit.end < 30
        && /^\s+(?:(?:the|control of|most of|parts of|all of)\s+)*(?:(?:\w+ern|strategic|key|frontline|small|eastern|southern)\s+)*(?:(?:city|town|village|district|province|region|port|airport|base)\s+(?:of\s+)?)?$/i.test(text.slice(hit.end, m.start)))) continue;
      const governed = placeFor(text, sentence, hit, usable, type === 'withdrawal');
      const where = governed && governed.how === 'governed' ? governed.mention.place!.name : null;
      const same = groups.find((g) => g.type === type && (g.where === null || where === null || g.where === where));
      if (same) {
        same.where ??= where;
        continue;
      }
      groups.push({ type, hit, where, inferred: hit.type === null && hit.rule !== 'strike' });
      // "... shelled the area, but no casualties were attributed to that attack": the same sentence's
      // incident is the antecedent of a later bare "attack".
      if (kind !== 'headline') {
        previousType = type;
        previousParagraph = paragraphAt(sentence.start);
      }
    }
    const paragraph = paragraphAt(sentence.start);
    const fresh: Draft[] = [];
    for (const { type, hit, inferred } of groups) {
      const draft = buildDraft(text, local, near, drafts, sentence, hit, type, kind, paragraph);
      draft.inferredType = inferred;
      // "A strike killed five" with nothing else said introduces an incident; it does not retell one.
      if (kind === 'body' && !draft.date && (draft.placeHow === 'none' || draft.placeHow === 'carried')
        && /\b(?:an?)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start))) draft.distinct = true;
      fresh.push(draft);
      // "hitting facilities in Lviv, Kharkiv and Odesa": one incident per place listed (ACLED codes each
      // location); the counts stay with the first, since the text gives only their total.
      if (draft.placeSpan && draft.placeHow === 'governed' && !draft.generic) {
        for (const m of listedAfter(text, sentence, draft.placeSpan, near)) {
          fresh.push({ ...draft, actors: { ...draft.actors }, place: m.place, placeSpan: span(text, m), distinct: true });
        }
      }
    }
    assignCounts(text, sentence, dates, fresh, drafts, { section: kind, paragraph, triggered: groups.length > 0 });
    // A shooting that killed is a killing.
    for (const d of fresh) if (d.type === 'other' && d.fatalities && d.fatalities.max > 0 && /^(?:opened fire|open fire|(?:mass |drive-by )?shootings?|gunfire|shot at)$/i.test(d.trigger.text)) d.type = 'killing';
    for (const d of fresh) drafts.push(d);
  }

  // A campaign-level statement with neither a date nor a named place ("an insurgency that has killed
  // thousands", "35,000 Palestinians have been killed since the war began") has nothing to put on the
  // map or the timeline; it is left out rather than shown as an incident.
  const kept = mergeDrafts(drafts).filter((m) => !(m.head.generic && !m.head.date && (!m.head.place || m.head.placeHow === 'demonym')))
    // Ids follow the text: an incident told only in the headline comes first.
    .sort((a, b) => a.head.trigger.start - b.head.trigger.start);
  return kept.map((merged, i) => {
    const h = merged.head;
    const excerpts = merged.parts.map((p) => p.excerpt);
    const event: DatelineEvent = {
      id: `e${i + 1}`,
      type: h.type,
      trigger: h.trigger,
      date: h.date,
      place: h.place,
      ...(h.placeSpan ? { placeSpan: h.placeSpan } : {}),
      actors: h.actors,
      fatalities: h.fatalities,
      injured: h.injured,
      excerpt: excerpts[0]!,
      excerpts,
      confidence: confidenceOf(h, merged.parts.length),
    };
    return event;
  });
}

const CONFLICT_WORDS = /\b(?:militants?|insurgents?|rebels?|jihadists?|troops|soldiers|army|military|militias?|air ?strikes?|airstrikes?|missiles?|rockets?|artillery|shelling|drones?|warplanes?|fighter jets|bombardment|ceasefire|cease-fire|frontline|front line|war)\b/i;

// A withdrawal is a troop movement only with armed forces in view or out of a named place
// ("Iran is withdrawing from Syria"); a company withdrawing a product is not one.
const MILITARY = /\b(?:troops|forces|soldiers|army|military|bases?|units|fighters|militants|militias?|garrison|positions|brigades?|battalions?|regiments?|divisions?|contingent|peacekeepers|personnel|tanks|armou?r)\b/i;

function militaryMove(text: string, sentence: Span, hit: Span, mentions: Mention[]): boolean {
  if (MILITARY.test(text.slice(sentence.start, sentence.end))) return true;
  return mentions.some((m) => m.start >= hit.end && m.start - hit.end < 25 && m.role === 'literal'
    && /^\s+(?:\w+\s+)?(?:from|out of)\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start)));
}

function buildDraft(
  text: string, ctx: EventContext, mentions: Mention[], drafts: Draft[], sentence: Span, hit: TriggerHit,
  type: EventType, section: SectionKind, paragraph: number,
): Draft {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const dateChoice = dateFor(text, sentence, hit, ctx.dates);
  const mod = modalityOf(sentenceText, hit.start - sentence.start, hit.end - sentence.start, dateChoice !== null && !dateChoice.report);
  const usable = mentions.filter((m) => m.role !== 'dateline' && m.role !== 'metonymy');
  const actors = actorsFor(text, sentence, hit, usable.concat(mentions.filter((m) => m.role === 'metonymy')).sort((a, b) => a.start - b.start));
  const anaphoric = ANAPHORIC.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start));
  const draft: Draft = {
    type,
    trigger: span(text, hit),
    excerpt: span(text, sentence),
    date: dateChoice?.date ?? null,
    reportDate: dateChoice?.report ?? false,
    place: null,
    placeHow: 'none',
    actors,
    fatalities: null,
    injured: null,
    generic: mod.generic,
    distinct: mod.distinct,
    anaphoric,
    inferredType: false,
    section,
    paragraph,
  };
  const choice = placeFor(text, sentence, hit, usable, type === 'withdrawal', actors.attacker);
  if (choice && choice.how !== 'demonym') {
    draft.place = choice.mention.place;
    draft.placeHow = choice.how;
    draft.placeSpan = span(text, choice.mention);
    return draft;
  }
  // "KYIV (Reuters) - Explosions rocked the capital": the dateline city is not the scene because the
  // reporter sat there, but "the capital" / "the city" can name it; the words that do are the span.
  const here = /\b(?:in|on|over|across|near|outside|around|inside|hit|struck|rocked|targeted|shook)\s+(the\s+(capital|city))\b/i.exec(text.slice(sentence.start, sentence.end));
  const dateline = here && mentions.find((m) => m.role === 'dateline' && m.place
    && (here[2]!.toLowerCase() === 'capital' ? m.place.featureCode === 'PPLC' : m.place.precision === 'city'));
  if (here && dateline && !choice) {
    const at = sentence.start + here.index + here[0].indexOf(here[1]!);
    draft.place = dateline.place;
    draft.placeHow = 'anaphora';
    draft.placeSpan = span(text, { start: at, end: at + here[1]!.length });
    return draft;
  }
  // A placeless re-mention ("the latest raids killed 14") happened where the story's last such event did.
  let prior = section === 'headline' ? undefined
    : latestDraft(drafts, paragraph, CARRY_PARAGRAPHS, (d) => d.type === type && !!d.place && d.section === section);
  if (prior) {
    draft.place = prior.place;
    draft.placeHow = 'carried';
    // The same campaign's attacker comes with it unless this sentence names another.
    if (!draft.actors.attacker && prior.actors.attacker) draft.actors.attacker = prior.actors.attacker;
  } else if (!choice && !usable.some((m) => m.role === 'literal' && m.start >= sentence.start && m.end <= sentence.end)
    && (prior = latestDraft(drafts, paragraph, 1, (d) => !!d.place && d.section === section && section === 'body' && !d.generic))) {
    // Nothing named at all: the scene is the one just described ("Armed clashes lasted several hours").
    draft.place = prior.place;
    draft.placeHow = 'carried';
  } else if (choice) {
    // Last resort: the target's nationality ("strikes on Iranian positions") at country precision.
    draft.place = choice.mention.place;
    draft.placeHow = 'demonym';
    draft.placeSpan = span(text, choice.mention);
  }
  return draft;
}
