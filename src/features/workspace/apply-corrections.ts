// Merges the machine's events with the user's corrections into the events the map, timeline and
// list show. Pure: the stored analyses and corrections are never modified, so a re-analysis can
// replace an analysis and the corrections are simply applied again.
import type { DatelineEvent, Place } from '../../core/index.ts';
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
    sources: [{ articleId, eventId: e.id, excerpt: { ...e.excerpt } }],
  };
}

/** A hand-placed marker keeps the place's name and country but is no longer that gazetteer record. */
function userPoint(lat: number, lon: number, from: Place | null): Place {
  const place: Place = { name: from?.name ?? 'Position set by hand', lat, lon, precision: 'point' };
  if (from?.country) place.country = from.country;
  if (from?.admin1) place.admin1 = from.admin1;
  return place;
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
  const links: [WorkspaceEvent, WorkspaceEvent][] = [];
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
    }
    mark(ev, c.kind);
  }

  // Linked events form groups (a links b, b links c): each group shows as its first member.
  const parent = new Map<WorkspaceEvent, WorkspaceEvent>();
  const root = (e: WorkspaceEvent): WorkspaceEvent => {
    let r = e;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const [a, b] of links) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const absorbed = new Set<WorkspaceEvent>();
  for (const [child] of parent) {
    const head = root(child);
    absorbed.add(child);
    const sources: EventSource[] = [...head.sources];
    for (const s of child.sources) {
      if (!sources.some((x) => x.articleId === s.articleId && x.eventId === s.eventId)) sources.push(s);
    }
    head.sources = sources;
    head.fatalities = mergeRange(head.fatalities, child.fatalities);
    head.confidence = Math.max(head.confidence, child.confidence);
    head.place ??= child.place;
    head.date ??= child.date;
    mark(head, 'link');
  }

  const events: WorkspaceEvent[] = [];
  for (const a of articles) {
    for (const ev of byArticle.get(a.id) ?? []) {
      if (!deleted.has(ev) && !absorbed.has(ev)) events.push(ev);
    }
  }
  return { events, orphans };
}

/** The events as the views show them: machine output with every correction applied. */
export function applyCorrections(articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): WorkspaceEvent[] {
  return applyCorrectionsDetailed(articles, corrections).events;
}
