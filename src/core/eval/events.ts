// Scores the engine's events against hand-annotated reports (the events-dev format): is each real
// incident on the map at its place (located), with its own sentence among the excerpts (evidenced),
// on its day (dated)? How many dots are there per real incident, how many sit at a dateline or a
// capital standing for its government (leaks), and how many in reports that tell of no incident?
import type { DatelineEvent, EventType, Mention } from '../types.ts';
import { haversineKm } from './haversine.ts';
import { maxWeightAssignment } from './assign.ts';
import { daysBetween } from '../time/calendar.ts';
import { groupAcrossArticles } from '../events/across-articles.ts';

export type GoldPrecision = 'city' | 'point' | 'region' | 'country';

export interface GoldEvent {
  type: string;
  /** YYYY-MM-DD, or null when the text does not fix the day. */
  date: string | null;
  place: string;
  lat: number;
  lon: number;
  precision: GoldPrecision;
  fatalities?: number | null;
  /** The sentence that best reports it, verbatim from the text. */
  sentence: string;
  incident_group?: string;
}

export interface ContextPlace {
  name: string;
  label: 'dateline' | 'metonymy' | 'context' | string;
}

export interface GoldReport {
  id: string;
  published: string;
  text: string;
  events: GoldEvent[];
  context_places?: ContextPlace[];
}

/** What the engine said about one report: its events, and its mentions (to tell gazetteer misses apart). */
export interface PredictedReport {
  events: readonly DatelineEvent[];
  mentions?: readonly Mention[];
}

/** How far a predicted event may lie from the gold place and still be it, by the gold place's precision. */
export const TOLERANCE_KM: Record<GoldPrecision, number> = { city: 50, point: 50, region: 161, country: 500 };

/** The engine's types a gold type agrees with; the gold's "attack" is a ground assault of any kind. */
export const GOLD_TYPES: Record<string, readonly EventType[]> = {
  airstrike: ['air_strike'],
  drone: ['drone_strike'],
  missile: ['missile_attack'],
  shelling: ['shelling'],
  raid: ['raid'],
  bombing: ['bombing'],
  clash: ['armed_clash'],
  killing: ['killing'],
  withdrawal: ['withdrawal'],
  other: ['other'],
  attack: ['armed_clash', 'other', 'killing', 'raid'],
};

export interface GoldOutcome {
  gold: GoldEvent;
  /** The predicted event matched to it (one-to-one), if any lies within tolerance. */
  event?: string;
  km?: number;
  evidenced: boolean;
  dated: boolean;
  typeAgrees: boolean;
  /** Located, the gold gives a toll (0 included), and the matched event's fatalities hold it. */
  tollRight: boolean;
  /** Missed, and the engine resolved neither the gold place's name where the text says it nor any place
   * within tolerance: the gazetteer's (or the recogniser's) gap, not the events'. */
  gazetteerMiss: boolean;
}

export interface ReportOutcome {
  id: string;
  gold: GoldOutcome[];
  /** Ids of placed events matched to no gold event. */
  unmatched: string[];
  /** Ids of events placed at a dateline or a metonym of the report, with the words. */
  leaks: Array<{ event: string; at: string; label: string }>;
  /** Gold sentences not found verbatim in the text (the evidence test cannot succeed for them). */
  sentencesNotFound: number;
}

export interface EventScore {
  reports: number;
  /** Reports whose gold has no event. */
  emptyReports: number;
  gold: number;
  /** Gold events with a day. */
  goldDated: number;
  predicted: number;
  placed: number;
  located: number;
  evidenced: number;
  dated: number;
  typeAgree: number;
  leaks: number;
  /** Events (placed or not) predicted in reports whose gold has none. */
  inEmptyReports: number;
  /** Missed gold events for which no resolved mention lies within tolerance. */
  gazetteerMisses: number;
  locatedRecall: number;
  evidencedRecall: number;
  datedRecall: number;
  /** Placed predicted events per gold event (all reports). */
  placedPerGold: number;
  /** Among located gold events, the share whose matched event has an agreeing type. */
  typeAgreement: number;
  /** Located gold events whose gold gives a toll (fatalities not null; 0 counts). */
  tollGold: number;
  /** ... whose matched event's killed range holds it (a toll of 0 holds for no toll reported). */
  tollRight: number;
  /** tollRight / tollGold. */
  tollAgreement: number;
  /** Pairs of gold events of different reports that are one incident (the same incident_group). */
  incidentPairs: number;
  /** ... whose matched events groupAcrossArticles put in one group. */
  incidentPairsFound: number;
  /** Pairs of events of different reports that groupAcrossArticles put in one group. */
  groupedPairs: number;
  /** ... that are matched to gold events of one incident_group. */
  groupedPairsRight: number;
}

/** Case, accents and apostrophes folded, so "Jamundí" names "JAMUNDI". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’'ʿʾ`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The event's range holds the gold day and spans at most two days. */
export function datedRight(e: DatelineEvent, day: string | null): boolean {
  if (!day || !e.date) return false;
  if (!(e.date.start <= day && day <= e.date.end)) return false;
  return daysBetween(e.date.start, e.date.end) <= 1;
}

/**
 * Whether an event's killed count agrees with the gold toll: the range holds the number, and a gold
 * toll of 0 ("no one was hurt", or none told) agrees with no count or a count of 0. A gold toll of
 * null (the text gives none that a reader can fix) is not scored.
 */
export function tollHolds(gold: number | null | undefined, fatalities: DatelineEvent['fatalities']): boolean | null {
  if (gold === null || gold === undefined) return null;
  if (gold === 0) return !fatalities || fatalities.max === 0;
  return !!fatalities && fatalities.min <= gold && gold <= fatalities.max;
}

/**
 * Whether the engine resolved the gold place's own name where the text says it: some occurrence of its
 * distinctive (capitalised) words lies inside a mention with a place. When none does, the miss is the
 * gazetteer's (or the recogniser's), whatever other place lies within tolerance.
 */
function nameResolved(text: string, place: string, resolved: readonly Mention[]): boolean {
  const words = place.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 2);
  if (words.length === 0) return true;
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (resolved.some((m) => m.start <= at && at < m.end)) return true;
    }
  }
  // The name never occurs as written (the gold spells it another way): nothing to tell.
  return !words.some((w) => text.includes(w));
}

/** Where each gold sentence sits in the text (every occurrence). */
function sentenceSpans(text: string, sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!sentence) return out;
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) out.push([at, at + sentence.length]);
  return out;
}

function evidencedBy(e: DatelineEvent, spans: Array<[number, number]>): boolean {
  return e.excerpts.some((x) => spans.some(([s, t]) => x.start < t && s < x.end));
}

/**
 * One report: gold events are matched one-to-one to placed predicted events within tolerance, by the
 * Hungarian method on a weight that ranks, in this order, the number of located matches, then evidenced,
 * then dated, then type agreement, then nearness. So the score never depends on the order of events.
 */
export function scoreReport(report: GoldReport, predicted: PredictedReport): ReportOutcome {
  const placed = predicted.events.filter((e) => e.place !== null);
  const spans = report.events.map((g) => sentenceSpans(report.text, g.sentence));
  const weights = report.events.map((g, gi) => placed.map((e) => {
    const km = haversineKm(g.lat, g.lon, e.place!.lat, e.place!.lon);
    const tol = TOLERANCE_KM[g.precision] ?? TOLERANCE_KM.city;
    if (km > tol) return null;
    const types = GOLD_TYPES[g.type] ?? [];
    return 1e6 + (evidencedBy(e, spans[gi]!) ? 1e4 : 0) + (datedRight(e, g.date) ? 1e2 : 0) + (types.includes(e.type) ? 1 : 0) + 0.5 * (1 - km / tol);
  }));
  const assigned = maxWeightAssignment(weights, placed.length);
  const resolved = (predicted.mentions ?? []).filter((m) => m.place !== null);
  const gold: GoldOutcome[] = report.events.map((g, gi) => {
    const j = assigned[gi]!;
    if (j < 0) {
      const tol = TOLERANCE_KM[g.precision] ?? TOLERANCE_KM.city;
      const near = resolved.some((m) => haversineKm(g.lat, g.lon, m.place!.lat, m.place!.lon) <= tol);
      return { gold: g, evidenced: false, dated: false, typeAgrees: false, tollRight: false, gazetteerMiss: !near || !nameResolved(report.text, g.place, resolved) };
    }
    const e = placed[j]!;
    return {
      gold: g,
      event: e.id,
      km: Math.round(haversineKm(g.lat, g.lon, e.place!.lat, e.place!.lon) * 10) / 10,
      evidenced: evidencedBy(e, spans[gi]!),
      dated: datedRight(e, g.date),
      typeAgrees: (GOLD_TYPES[g.type] ?? []).includes(e.type),
      tollRight: tollHolds(g.fatalities, e.fatalities) === true,
      gazetteerMiss: false,
    };
  });
  const matched = new Set(gold.map((o) => o.event).filter((x): x is string => x !== undefined));
  // A leak: an event whose place is named by a dateline or a metonym of this report ("KYIV —", "Moscow
  // said"), unless it is a gold incident's own event (matched and evidenced): a dateline city can also
  // be where the incident happened ("BELGOROD — A drone hit Belgorod"), and then the dot is right.
  const sound = new Set(gold.filter((o) => o.evidenced).map((o) => o.event!));
  const flagged = (report.context_places ?? []).filter((c) => c.label === 'dateline' || c.label === 'metonymy');
  const leaks: ReportOutcome['leaks'] = [];
  for (const e of placed) {
    const names = [e.placeSpan?.text, e.place?.name].filter((n): n is string => !!n).map(foldName);
    const hit = flagged.find((c) => names.includes(foldName(c.name)));
    if (!hit) continue;
    if (sound.has(e.id)) continue;
    leaks.push({ event: e.id, at: hit.name, label: hit.label });
  }
  return {
    id: report.id,
    gold,
    unmatched: placed.filter((e) => !matched.has(e.id)).map((e) => e.id),
    leaks,
    sentencesNotFound: spans.filter((s) => s.length === 0).length,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Totals over many reports; `predictions` is in the same order as `reports`. */
export function scoreEvents(reports: readonly GoldReport[], predictions: readonly PredictedReport[]): { score: EventScore; reports: ReportOutcome[] } {
  if (reports.length !== predictions.length) throw new Error(`scoreEvents: ${reports.length} reports but ${predictions.length} predictions`);
  const outcomes = reports.map((r, i) => scoreReport(r, predictions[i]!));
  const s = {
    reports: reports.length, emptyReports: 0, gold: 0, goldDated: 0, predicted: 0, placed: 0, located: 0, evidenced: 0, dated: 0,
    typeAgree: 0, leaks: 0, inEmptyReports: 0, gazetteerMisses: 0, tollGold: 0, tollRight: 0,
  };
  reports.forEach((r, i) => {
    const p = predictions[i]!;
    const o = outcomes[i]!;
    s.gold += r.events.length;
    s.goldDated += r.events.filter((g) => g.date).length;
    s.predicted += p.events.length;
    s.placed += p.events.filter((e) => e.place !== null).length;
    if (r.events.length === 0) {
      s.emptyReports++;
      s.inEmptyReports += p.events.length;
    }
    for (const g of o.gold) {
      if (g.event !== undefined) s.located++;
      if (g.evidenced) s.evidenced++;
      if (g.dated) s.dated++;
      if (g.event !== undefined && g.typeAgrees) s.typeAgree++;
      if (g.gazetteerMiss) s.gazetteerMisses++;
      if (g.event !== undefined && g.gold.fatalities !== null && g.gold.fatalities !== undefined) {
        s.tollGold++;
        if (g.tollRight) s.tollRight++;
      }
    }
    s.leaks += o.leaks.length;
  });
  const pairs = incidentPairs(reports, predictions, outcomes);
  const score: EventScore = {
    ...s,
    ...pairs,
    locatedRecall: ratio(s.located, s.gold),
    evidencedRecall: ratio(s.evidenced, s.gold),
    datedRecall: ratio(s.dated, s.goldDated),
    placedPerGold: ratio(s.placed, s.gold),
    typeAgreement: ratio(s.typeAgree, s.located),
    tollAgreement: ratio(s.tollRight, s.tollGold),
  };
  return { score, reports: outcomes };
}

/**
 * The same incident across reports: pairs of gold events sharing an incident_group, against the pairs
 * that groupAcrossArticles (over each report's predicted events) puts in one group.
 */
function incidentPairs(reports: readonly GoldReport[], predictions: readonly PredictedReport[], outcomes: readonly ReportOutcome[]) {
  const groups = groupAcrossArticles(reports.map((r, i) => ({ articleId: r.id, published: r.published, events: predictions[i]!.events })));
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const m of g.members) groupOf.set(`${m.articleId}#${m.eventId}`, g.key);
  // Which gold incident each matched predicted event stands for.
  const incidentOf = new Map<string, string>();
  const golds: Array<{ report: string; group: string; event?: string }> = [];
  outcomes.forEach((o) => o.gold.forEach((g) => {
    if (!g.gold.incident_group) return;
    golds.push({ report: o.id, group: g.gold.incident_group, ...(g.event ? { event: g.event } : {}) });
    if (g.event) incidentOf.set(`${o.id}#${g.event}`, g.gold.incident_group);
  }));
  let incidentPairsCount = 0;
  let found = 0;
  for (let i = 0; i < golds.length; i++) {
    for (let j = i + 1; j < golds.length; j++) {
      const a = golds[i]!;
      const b = golds[j]!;
      if (a.report === b.report || a.group !== b.group) continue;
      incidentPairsCount++;
      if (a.event && b.event && groupOf.get(`${a.report}#${a.event}`) === groupOf.get(`${b.report}#${b.event}`)) found++;
    }
  }
  let grouped = 0;
  let right = 0;
  for (const g of groups) {
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) {
        grouped++;
        const a = incidentOf.get(`${g.members[i]!.articleId}#${g.members[i]!.eventId}`);
        const b = incidentOf.get(`${g.members[j]!.articleId}#${g.members[j]!.eventId}`);
        if (a && a === b) right++;
      }
    }
  }
  return { incidentPairs: incidentPairsCount, incidentPairsFound: found, groupedPairs: grouped, groupedPairsRight: right };
}
