// Merges the machine's events with the user's corrections into the events the map, timeline and
// list show, one event per incident however many articles report it. Pure: the stored analyses and corrections are never modified, so a re-analysis can
// replace an analysis and the corrections are simply applied again.
import { groupAcrossArticles } from '../../core/index.ts';
import type { DatelineEvent, GroupMember, Place } from '../../core/index.ts';
import type { Correction, EventSource, WorkspaceArticle, WorkspaceEvent } from '../../shared/model/workspace.ts';

type Trigger = { start: number; end: number; text: string };

/** Corrections in the order the user made them; the id breaks ties so the order is total. */
function chronological(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const sameSpan = (a: Trigger, b: Trigger) => a.start === b.start && a.end === b.end && a.text === b.text;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Finds the event a correction was made on. The trigger span wins over the id because a
 * re-analysis may renumber events; an id whose trigger words changed is not trusted; last, an
 * event whose trigger or excerpts cover the old trigger is taken (the engine re-cut the span).
 */
export function locateEvent<E extends DatelineEvent>(events: readonly E[], eventId: string, trigger?: Trigger): E | undefined {
  if (trigger) {
    // "hitting targets in Lviv, Kharkiv and Odesa" is one event per place, all on one trigger: the id tells them apart.
    const exact = events.filter((e) => sameSpan(e.trigger, trigger));
    const pick = exact.find((e) => e.id === eventId) ?? exact[0];
    if (pick) return pick;
  }
  const byId = events.find((e) => e.id === eventId);
  if (byId && (!trigger || byId.trigger.text === trigger.text)) return byId;
  if (!trigger) return undefined;
  return (
    events.find((e) => overlaps(e.trigger, trigger)) ??
    events.find((e) => e.excerpts.some((x) => x.start <= trigger.start && trigger.end <= x.end))
  );
}

function toWorkspaceEvent(articleId: string, e: DatelineEvent): WorkspaceEvent {
  return {
    ...e,
    key: `${articleId}:${e.id}`,
    articleId,
    corrected: [],
    sources: [{ articleId, eventId: e.id, excerpt: { ...e.excerpt }, trigger: { ...e.trigger } }],
  };
}

/** A hand-placed marker keeps the place's name and country but is no longer that gazetteer record. */
function userPoint(lat: number, lon: number, from: Place | null): Place {
  const place: Place = { name: from?.name ?? 'Position set by hand', lat, lon, precision: 'point' };
  if (from?.country) place.country = from.country;
  if (from?.admin1) place.admin1 = from.admin1;
  return place;
}

/** The same two events whichever order they are named in. */
const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

const PRECISION = { country: 0, region: 1, city: 2, point: 3 } as const;

/** Whether `e` stands for a merged incident better than `than`: a finer place, then a date; else the earlier stays. */
function standsBetter(e: WorkspaceEvent, than: WorkspaceEvent): boolean {
  const p = (x: WorkspaceEvent) => (x.place ? PRECISION[x.place.precision] : -1);
  if (p(e) !== p(than)) return p(e) > p(than);
  return !than.date && !!e.date;
}

function mark(ev: WorkspaceEvent, kind: Correction['kind']): void {
  if (!ev.corrected.includes(kind)) ev.corrected.push(kind);
}

function mergeRange(a: DatelineEvent['fatalities'], b: DatelineEvent['fatalities']): DatelineEvent['fatalities'] {
  if (!a) return b ? { ...b } : null;
  if (!b) return a;
  // Two reports of one event: the larger count is the better-informed one, not the sum.
  return { min: Math.max(a.min, b.min), max: Math.max(a.max, b.max) };
}

export interface Applied {
  events: WorkspaceEvent[];
  /** Corrections that found no event (the event vanished in a re-analysis, or its article is gone). */
  orphans: Correction[];
}

/** The full result: the visible events plus the corrections that could not be placed. */
export function applyCorrectionsDetailed(articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): Applied {
  const ordered = chronological(corrections);
  const byArticle = new Map<string, WorkspaceEvent[]>();
  for (const a of articles) {
    byArticle.set(a.id, (a.analysis?.events ?? []).map((e) => toWorkspaceEvent(a.id, e)));
  }
  const orphans: Correction[] = [];
  const analysed = (articleId: string) => articles.some((a) => a.id === articleId && a.analysis);

  // Added events first, so that later corrections on them (move, date ...) find them.
  for (const c of ordered) {
    if (c.kind !== 'add') continue;
    const list = byArticle.get(c.articleId);
    if (!list) { orphans.push(c); continue; }
    const ev = toWorkspaceEvent(c.articleId, c.event);
    ev.corrected.push('add');
    list.push(ev);
  }

  const find = (articleId: string, eventId: string, trigger?: Trigger): WorkspaceEvent | undefined => {
    const list = byArticle.get(articleId);
    return list ? locateEvent(list, eventId, trigger) : undefined;
  };

  const deleted = new Set<WorkspaceEvent>();
  let links: [WorkspaceEvent, WorkspaceEvent][] = [];
  // Pairs a person said are not one incident, by event key.
  const apart = new Set<string>();
  for (const c of ordered) {
    if (c.kind === 'add') continue;
    const ev = find(c.articleId, c.eventId, c.trigger);
    if (!ev) {
      // An article still waiting for its analysis has not lost the event: only report real losses.
      if (analysed(c.articleId) || !byArticle.has(c.articleId)) orphans.push(c);
      continue;
    }
    switch (c.kind) {
      case 'place':
        ev.place = { ...c.place };
        break;
      case 'move':
        ev.place = userPoint(c.lat, c.lon, ev.place);
        break;
      case 'date':
        ev.date = {
          start: c.date,
          end: c.date,
          precision: 'day',
          text: ev.date?.text ?? '',
          basis: 'set by hand',
          span: ev.date?.span ?? { start: ev.trigger.start, end: ev.trigger.end },
        };
        break;
      case 'type':
        ev.type = c.type;
        break;
      case 'delete':
        deleted.add(ev);
        break;
      case 'link': {
        const other = find(c.otherArticleId, c.otherEventId, c.otherTrigger);
        if (!other || other === ev) { orphans.push(c); continue; }
        links.push([ev, other]);
        break;
      }
      case 'separate': {
        const other = find(c.otherArticleId, c.otherEventId, c.otherTrigger);
        if (!other || other === ev) { orphans.push(c); continue; }
        const pair = pairKey(ev.key, other.key);
        apart.add(pair);
        // The later word wins: "not the same incident" undoes an earlier link of the two.
        links = links.filter(([a, b]) => pairKey(a.key, b.key) !== pair);
        mark(other, 'separate');
        break;
      }
    }
    mark(ev, c.kind);
  }

  // One incident told by several articles (same type family, place and day) is one event; the
  // events are taken after the corrections, so a corrected place or date decides.
  const live = articles.map((a) => ({ articleId: a.id, published: a.published, events: (byArticle.get(a.id) ?? []).filter((e) => !deleted.has(e)) }));
  const byKey = new Map(live.flatMap((a) => a.events.map((e) => [e.key, e] as const)));
  const keyOf = (m: GroupMember) => `${m.articleId}:${m.eventId}`;
  const groups = groupAcrossArticles(live, apart.size ? { apart: (a, b) => apart.has(pairKey(keyOf(a), keyOf(b))) } : {});

  // Automatic groups and links by hand join (a links b, b is grouped with c): each joined set of
  // events shows as one.
  const parent = new Map<WorkspaceEvent, WorkspaceEvent>();
  const root = (e: WorkspaceEvent): WorkspaceEvent => {
    let r = e;
    while (parent.has(r)) r = parent.get(r)!;
    // Path compression: a long chain is walked once.
    for (let x = e; x !== r; ) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const join = (a: WorkspaceEvent, b: WorkspaceEvent) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const why = new Map<WorkspaceEvent, string[]>();
  for (const g of groups) {
    if (g.members.length < 2) continue;
    const [first, ...rest] = g.members.map((m) => byKey.get(keyOf(m))!);
    for (const e of rest) join(first!, e);
    why.set(first!, g.reasons);
  }
  const linked = new Set<WorkspaceEvent>();
  for (const [a, b] of links) {
    join(a, b);
    linked.add(a);
    linked.add(b);
  }

  // Each set, in workspace order; the member with the most precise place stands for it.
  const sets = new Map<WorkspaceEvent, WorkspaceEvent[]>();
  const joined = new Set([...parent.keys(), ...parent.values()]);
  for (const a of live) {
    for (const e of a.events) {
      if (!joined.has(e)) continue;
      const r = root(e);
      const list = sets.get(r);
      if (list) list.push(e);
      else sets.set(r, [e]);
    }
  }
  const absorbed = new Set<WorkspaceEvent>();
  for (const members of sets.values()) {
    if (members.length < 2) continue;
    const head = members.reduce((best, e) => (standsBetter(e, best) ? e : best));
    const reasons: string[] = [];
    let byHand = false;
    for (const e of members) {
      for (const r of why.get(e) ?? []) if (!reasons.includes(r)) reasons.push(r);
      if (linked.has(e)) byHand = true;
    }
    const sources: EventSource[] = [...head.sources];
    const seen = new Set(sources.map((x) => `${x.articleId}:${x.eventId}`));
    for (const child of members) {
      if (child === head) continue;
      absorbed.add(child);
      for (const s of child.sources) {
        if (!seen.has(`${s.articleId}:${s.eventId}`)) {
          seen.add(`${s.articleId}:${s.eventId}`);
          sources.push(s);
        }
      }
      head.fatalities = mergeRange(head.fatalities, child.fatalities);
      if (child.injured !== undefined) head.injured = mergeRange(head.injured ?? null, child.injured);
      head.confidence = Math.max(head.confidence, child.confidence);
      head.place ??= child.place;
      head.date ??= child.date;
    }
    head.sources = sources;
    head.mergeReason = [...reasons, ...(byHand ? ['linked by hand'] : [])].join('; ');
    if (byHand) mark(head, 'link');
  }

  const events: WorkspaceEvent[] = [];
  for (const a of live) {
    for (const ev of a.events) if (!absorbed.has(ev)) events.push(ev);
  }
  return { events, orphans };
}

/** The events as the views show them: machine output with every correction applied. */
export function applyCorrections(articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): WorkspaceEvent[] {
  return applyCorrectionsDetailed(articles, corrections).events;
}
