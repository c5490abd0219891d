// Events: what happened (trigger and type), where (a literal place, never a dateline or a metonymic
// capital), when (the governing date, else undated), who (attacker, target, claims) and how many were
// killed or hurt, with the words for each; mentions of one incident merged into one event.
import type { DateValue, DatelineEvent, EventStatement, Mention, Section, SectionKind, Span } from '../types.ts';
import { actorsOfIncident } from './actors.ts';
import { applyCounts, assignCounts } from './counts.ts';
import { confidenceOf } from './draft.ts';
import type { Draft } from './draft.ts';
import { dateTriggers } from './event-date.ts';
import { placeIncidents } from './event-place.ts';
import { span } from './frame.ts';
import type { SentenceFrame, Story } from './frame.ts';
import { triggerClause, typeIncidents } from './incidents.ts';
import { fileCaption, mergeDrafts, toldWithOwnDay } from './merge.ts';
import { datesFromStory } from './story-dates.ts';
import type { Merged } from './merge.ts';
import { modeStage } from './modality.ts';
import type { ModedHit } from './modality.ts';
import { TERRITORY_TRIGGER, sentenceTriggers, typeTrigger } from './triggers.ts';
import type { TriggerHit } from './triggers.ts';
import { paragraphIndex } from '../text/sections.ts';
import { addDays } from '../time/calendar.ts';

export interface EventContext {
  sections: Section[];
  sentences: Span[];
  mentions: Mention[];
  dates: DateValue[];
  published: string;
}

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

/**
 * The event stages, in order. Per sentence: find the trigger words, date each, read its mode (only
 * asserted incidents go on), type it and fold a sentence's triggers into incidents, read the actors,
 * place each (one per place listed), give it the sentence's tolls. Then merge the re-mentions of one
 * incident across the story. Each stage is a pure function of the sentence's frame and the story so far.
 */
export function findEvents(text: string, ctx: EventContext): DatelineEvent[] {
  return findEventsAndStatements(text, ctx).events;
}

/** The events, and the event words that are not incidents with the reason (Analysis.statements). */
export function findEventsAndStatements(text: string, ctx: EventContext): { events: DatelineEvent[]; statements: EventStatement[] } {
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
  // An article about a war puts every ambiguous "strikes" in it; local crime news does not.
  // (Read on the first sentence with a trigger: most texts have none, and this scans the whole text.)
  let articleConflict: boolean | undefined;
  const story: Story = { drafts: [], previousType: null, previousParagraph: -1 };
  const statements: EventStatement[] = [];
  // The dateline words are where the reporter sat: no trigger or place inside them counts.
  const datelines = ctx.sections.filter((s) => s.kind === 'dateline');
  const allDates = [...ctx.dates].sort((a, b) => a.span.start - b.span.start);
  // The countries the article names, for a capital acting as its state ("Moscow said its forces had
  // struck" is Russia's act when the story speaks of Russia). One pass, kept for every sentence.
  const countries = new Map<string, string>();
  for (const m of mentions) if (m.place?.precision === 'country' && m.place.country && !countries.has(m.place.country)) countries.set(m.place.country, m.place.name);

  for (const sentence of ctx.sentences) {
    const from = sentence.start - LOOK_BACK;
    const to = sentence.end + LOOK_AHEAD;
    const dates = within(allDates, (d) => d.span.start, from, to);
    const section = sectionAt(sentence.start);
    const kind: SectionKind = section?.kind === 'dateline' ? 'body' : section?.kind ?? 'body';
    // A teaser or a caption cut short ("Residents inspect the site of shelling in the town - ...") is
    // page furniture: its words are another page's, told elsewhere or not at all.
    if (truncatedLine(text, sentence)) continue;
    // 1. Triggers.
    const nearDatelines = within(datelines, (d) => d.start, from, to);
    const hits = withSubjectHits(text, sentence, sentenceTriggers(text, sentence, nearDatelines), within(mentions, (m) => m.start, sentence.start, sentence.end));
    // An injury word is an incident only at a place of its own: with no place named in the sentence,
    // the sentence is one with no trigger (its count goes to the incident just told).
    // So is "Two soldiers were also killed": more dead of the incident just told, at no place of their own.
    const onlyToll = hits.length > 0 && !mentionIn(mentions, sentence) && (hits.every((h) => h.rule === 'injured')
      || (story.drafts.length > 0 && hits.every((h) => h.rule === 'killed' && ALSO_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 16), h.start)))));
    if (hits.length === 0 || onlyToll) {
      // Speed: most sentences hold no trigger; all that can come of one is a toll for the incident
      // just told ("More than 200 people were wounded"), so the rest of the work is skipped.
      // (A getter: the paragraph is only read when the sentence holds a count.)
      // ("The death toll in Dnipro rose to 30": the places it names say whose toll it is.)
      const named = within(mentions, (m) => m.start, sentence.start, sentence.end).filter((m) => m.role === 'literal' && m.place).map((m) => m.place!.name);
      const tolls = assignCounts(text, sentence, dates, [], story.drafts, { section: kind, get paragraph() { return paragraphAt(sentence.start); }, triggered: false, named });
      applyCounts(tolls, []);
      // The toll's own words are evidence of the incident's toll: they go with its excerpts.
      for (const a of tolls) if (!a.draft.tollExcerpts?.some((x) => x.start === sentence.start)) (a.draft.tollExcerpts ??= []).push(span(text, sentence));
      continue;
    }
    articleConflict ??= CONFLICT_WORDS.test(text);
    const frame = sentenceFrame(sentence, kind, paragraphAt, within(mentions, (m) => m.start, from, to), dates, articleConflict, countries, nearDatelines);
    // 2. Dates, 3. modes, 4. types and incidents, 5. actors, 6. places, 7. counts.
    const dated = dateTriggers(text, frame, hits);
    const { asserted, rejected } = modeStage(text, frame, dated);
    for (const r of rejected) statements.push(statementOf(text, frame, r));
    const typed = typeIncidents(text, frame, asserted, story);
    story.previousType = typed.previousType;
    story.previousParagraph = typed.previousParagraph;
    const acted = typed.incidents.map((i) => ({ ...i, actors: actorsOfIncident(text, frame, i.hit) }));
    const fresh = placeIncidents(text, frame, acted, story.drafts);
    applyCounts(assignCounts(text, sentence, dates, fresh, story.drafts, { section: kind, paragraph: frame.paragraph, triggered: typed.incidents.length > 0 || hits.some((h) => h.rule !== 'injured' && h.rule !== 'killed') }), fresh);
    for (const d of fresh) story.drafts.push(d);
  }
  // 8. Merge.
  const merged = mergeDrafts(story.drafts);
  // A campaign, a habit or a tally ("hundreds of strikes since 2017") is not an incident: it stayed in
  // the story (the antecedent of "the latest raids") but is not put on the map or the timeline.
  for (const m of merged) {
    if (!m.head.generic) continue;
    for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: p.modeReason ?? 'a campaign, a habit or a tally of incidents' });
  }
  // A day's tally across a region ("strikes across the region killed 11 on Sunday") sums up the
  // incidents told after it; it is an event of its own only when the story tells none of them.
  // A headline no body sentence tells is kept only when it names a town or a spot, or its own day
  // ("Nikopol shelled overnight"): "US strikes in Somalia on pace for a record year" alone is no incident.
  for (const m of merged) {
    if (m.head.generic || m.head.section !== 'headline' || m.parts.some((p) => p.section !== 'headline')) continue;
    if (m.head.placeHow === 'governed' && (m.head.place?.precision === 'city' || m.head.place?.precision === 'point')) continue;
    if (m.head.date && !m.head.reportDate && (m.head.date.precision === 'day' || m.head.date.precision === 'part-of-day')) continue;
    m.head.generic = true;
    for (const p of m.parts) p.modeReason = 'a headline the story does not tell as an incident';
  }
  const incidents = merged.filter((m) => !m.head.generic && !m.head.summary);
  const summaries = merged.filter((m) => !m.head.generic && m.head.summary);
  const told = summaries.filter((s) => incidents.some((i) => partOf(i.head, s.head)));
  for (const m of told) for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: 'a summary of incidents the story tells one by one' });
  statements.sort((a, b) => a.trigger.start - b.trigger.start);
  // An incident named only in passing ("two days after the raid") that the story never reports is
  // not mapped: the words say nothing of its place or day.
  // (One told with its own day and its own place, "a strike on its embassy in Damascus on April 1 that
  // killed seven", is an earlier incident the story reports, whatever clause it is told in.)
  // (its day in its own words, after it: not the sentence's day, "on Tuesday, a day after the shelling of Kyiv")
  const passing = merged.filter((m) => !m.head.generic && m.parts.every((p) => p.reference) && !m.parts.some(toldWithOwnDay));
  for (const m of passing) for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: 'named in passing to place another event, not reported here' });
  // "after seizing most of Darfur", told in passing with no place the event can stand at: ground taken
  // is its place, so with none it maps nothing.
  const placeless = merged.filter((m) => !m.head.generic && !passing.includes(m) && !m.head.place && m.parts.every((p) => TERRITORY_TRIGGER.test(p.trigger.text)));
  for (const m of placeless) for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: 'ground taken with no place the text names for it' });
  for (const m of placeless) passing.push(m);
  // "FILE PHOTO: Smoke rises after a strike on the city": an old picture's words with no date of their
  // own tell of some earlier incident, no day of which the story gives (one its words date stays, at that date).
  const filed = merged.filter((m) => !m.head.generic && !passing.includes(m) && !m.head.date && m.parts.every(fileCaption));
  for (const m of filed) for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: 'a file photo\'s caption with no date of its own' });
  for (const m of filed) passing.push(m);
  // "It did not comment on the other strikes": a re-mention that joined no incident the story tells (its
  // antecedent was a summary or a tally) and says no place, day or toll of its own reports nothing new.
  const bare = merged.filter((m) => !m.head.generic && !told.includes(m) && !passing.includes(m) && bareRemention(m, merged));
  for (const m of bare) for (const p of m.parts) statements.push({ trigger: p.trigger, excerpt: p.excerpt, type: p.type, mode: 'historical', reason: 'a re-mention of incidents told before, with no place, day or toll of its own' });
  for (const m of bare) passing.push(m);
  statements.sort((a, b) => a.trigger.start - b.trigger.start);
  const kept = merged.filter((m) => !m.head.generic && !told.includes(m) && !passing.includes(m));
  // 9. The story's dates: "a day after the shelling", and the day of a story about one day.
  datesFromStory(kept, told);
  return { events: toEvents(kept), statements };
}

const ALSO_BEFORE = /\b(?:were|was|been)\s+also\s+$|\balso\s+(?:been\s+)?$/i;

/**
 * A lone re-mention that merged with no incident told: "It did not comment on the other strikes." (A
 * text that opens on "The shelling of the old market went on" tells an incident: nothing came before.)
 */
function bareRemention(m: Merged, all: readonly Merged[]): boolean {
  if (m.parts.length !== 1) return false;
  const d = m.parts[0]!;
  const toldBefore = all.some((o) => o !== m && o.parts.some((p) => p.section === 'body' && p.excerpt.start < d.excerpt.start));
  return toldBefore && d.anaphoric && d.section === 'body' && (d.placeHow === 'carried' || d.placeHow === 'none' || !d.place)
    && (!d.date || d.reportDate || !!d.dateCarried) && !d.fatalities && !d.injured;
}

/** The incident lies within the summary's place and day range. */
function partOf(part: Draft, summary: Draft): boolean {
  // ("overnight attacks on several villages" told on Monday, "stormed the villages late on Sunday": a
  // night is fuzzy by a day either side, when the story does not say which night.)
  const night = summary.date?.partOfDay === 'night' || part.date?.partOfDay === 'night';
  const from = (d: DateValue) => (night ? addDays(d.start, -1) : d.start);
  const to = (d: DateValue) => (night ? addDays(d.end, 1) : d.end);
  if (part.date && summary.date && (to(part.date) < from(summary.date) || to(summary.date) < from(part.date))) return false;
  if (!part.place || !summary.place) return true;
  if (!part.place.country || part.place.country !== summary.place.country) return false;
  return summary.place.precision === 'country' || !summary.place.admin1 || summary.place.admin1 === part.place.admin1 || summary.place.name === part.place.name;
}

function statementOf(text: string, frame: SentenceFrame, r: ModedHit): EventStatement {
  const type = typeTrigger(r.hit, triggerClause(text, frame.sentence, r.hit), null, frame.conflict);
  return {
    trigger: span(text, r.hit),
    excerpt: span(text, frame.sentence),
    ...(type ? { type } : {}),
    mode: r.mode.mode === 'asserted' ? 'historical' : r.mode.mode,
    reason: r.mode.rejected ?? 'not an incident',
  };
}

/**
 * The sentence is a teaser or a caption cut short: it ends its line with an ellipsis, after a page's
 * separator (" - ", " | ") or on a line no longer than a headline. A quoted report that trails off
 * ("... in Karachi on Saturday...") is no teaser.
 */
function truncatedLine(text: string, sentence: Span): boolean {
  // (Read within a few characters of the sentence's end: a paste with no line breaks stays linear.)
  const nl = text.slice(sentence.end, sentence.end + 12).indexOf('\n');
  if (nl < 0 && sentence.end + 12 < text.length) return false;
  const lineEnd = nl < 0 ? text.length : sentence.end + nl;
  if (!TRUNCATED.test(text.slice(Math.max(sentence.start, lineEnd - 12), lineEnd))) return false;
  const head = text.slice(Math.max(0, lineEnd - 121), lineEnd);
  return head.includes('\n') || lineEnd <= 120 || SEPARATOR.test(text.slice(Math.max(sentence.start, lineEnd - 400), lineEnd));
}
const TRUNCATED = /(?:…|\.\.\.)[\s\])]*$/;
const SEPARATOR = /(?:^|\s)[-–—|](?:\s|$)/;

// "Russia also hit energy facilities", "the allies hit eight sites near Sanaa": a bare "hit" is a strike
// only with an attacker for its subject (a state named, or a force) and a target for its object.
const HIT_AFTER_SUBJECT = /^\s+(?:(?:also|again|then|reportedly|later|overnight|separately)\s+)?hit\s+(?!(?:its|his|her|their|our|back|out)\b)(?:[\w'’-]+\s+){0,3}?(?:facilities|infrastructure|sites?|targets?|positions?|bases?|depots?|plants?|substations?|ports?|airfields?|air bases?|command posts?|headquarters|weapons|ammunition|warehouses?|bridges?|convoys?|vehicles?|tanks?|ships?|vessels?|tankers?|hospitals?|schools?|buildings?|homes?|houses?|apartment blocks?|villages?|towns?|cities|city|areas?|districts?|neighbou?rhoods?|fighters|militants)\b/i;
// ("One strike hit a centre in Nabatieh, while another hit a house in Tyre": "another" is one more of them.)
const FORCE_SUBJECT_HIT = /\b(?:allies|coalition|forces|troops|army|military|navy|air force|another|a second|a third)\s+(?:(?:also|again|then|reportedly|later|overnight|separately)\s+)?(?=hit\s)/gi;

/** The sentence's triggers and a "hit" told with an attacker subject and a target object, in text order. */
function withSubjectHits(text: string, sentence: Span, hits: TriggerHit[], mentions: readonly Mention[]): TriggerHit[] {
  if (!/\bhit\b/i.test(text.slice(sentence.start, sentence.end))) return hits;
  const at = new Set<number>();
  for (const m of mentions) {
    if (m.end > sentence.end || !(m.role === 'metonymy' || (m.role === 'literal' && m.place?.precision === 'country'))) continue;
    const h = HIT_AFTER_SUBJECT.exec(text.slice(m.end, Math.min(sentence.end, m.end + 120)));
    if (h) at.add(m.end + h[0].search(/\bhit\s/i));
  }
  const words = text.slice(sentence.start, sentence.end);
  FORCE_SUBJECT_HIT.lastIndex = 0;
  for (let f = FORCE_SUBJECT_HIT.exec(words); f; f = FORCE_SUBJECT_HIT.exec(words)) {
    const from = sentence.start + f.index + f[0].length;
    if (HIT_AFTER_SUBJECT.test(' ' + text.slice(from, Math.min(sentence.end, from + 120)))) at.add(from);
  }
  if (at.size === 0) return hits;
  const extra: TriggerHit[] = [...at].filter((start) => !hits.some((k) => k.start < start + 3 && start < k.end))
    .map((start) => ({ start, end: start + 3, text: text.slice(start, start + 3), type: null, rule: 'strike' }));
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

/** Some mention lies inside the span (mentions sorted by start). */
function mentionIn(mentions: readonly Mention[], span: Span): boolean {
  const i = lowerBound(mentions, (m) => m.start, span.start);
  return i < mentions.length && mentions[i]!.start < span.end;
}

function sentenceFrame(sentence: Span, section: SectionKind, paragraphAt: (offset: number) => number, near: Mention[], dates: DateValue[], articleConflict: boolean, countries: ReadonlyMap<string, string>, datelines: readonly Span[]): SentenceFrame {
  const usable = near.filter((m) => m.role !== 'dateline' && m.role !== 'metonymy');
  const inside = (m: Span) => m.start >= sentence.start && m.end <= sentence.end;
  // A state or people named in the sentence ("Israel struck", "Russian aviation") puts an ambiguous
  // "struck" or "fighting" in a conflict; without one, it needs armed actors or weapons in view.
  const conflict = articleConflict || usable.some((m) => inside(m) && (m.role === 'demonym' || m.place?.precision === 'country'))
    || near.some((m) => m.role === 'metonymy' && inside(m));
  const metonyms = near.filter((m) => m.role === 'metonymy');
  return {
    sentence,
    section,
    paragraph: paragraphAt(sentence.start),
    near,
    usable,
    actorMentions: metonyms.length ? usable.concat(metonyms).sort((a, b) => a.start - b.start) : usable,
    countries,
    datelines,
    dates,
    dated: dates.some((d) => d.span.start >= sentence.start && d.span.end <= sentence.end),
    conflict,
  };
}

/** The merged incidents as events, in text order (an incident told only in the headline comes first). */
function toEvents(merged: Merged[]): DatelineEvent[] {
  const kept = [...merged].sort((a, b) => a.head.trigger.start - b.head.trigger.start);
  return kept.map((m, i) => {
    const h = m.head;
    // One excerpt per sentence: two triggers of one sentence in one incident show its words once.
    const excerpts = m.parts.map((p) => p.excerpt).filter((x, k, all) => all.findIndex((y) => y.start === x.start && y.end === x.end) === k);
    // (and the sentences that gave it its toll, in text order after its own)
    const tollWords = m.parts.flatMap((p) => p.tollExcerpts ?? []).filter((x, k, all) => all.findIndex((y) => y.start === x.start) === k && !excerpts.some((e) => e.start === x.start));
    for (const x of tollWords.sort((a, b) => a.start - b.start)) excerpts.push(x);
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
      confidence: confidenceOf(h, m.parts.length),
    };
    return event;
  });
}

const CONFLICT_WORDS = /\b(?:militants?|insurgents?|rebels?|jihadists?|troops|soldiers|army|military|militias?|air ?strikes?|airstrikes?|missiles?|rockets?|artillery|shelling|drones?|warplanes?|fighter jets|bombardment|ceasefire|cease-fire|frontline|front line|war)\b/i;

