// The same incident told by several articles: events of different analyses grouped when their types
// agree (the same type, a drone strike as an air strike, a killing or an unnamed attack as any), their
// places agree (the same place, or one inside the other by country, region or a few km), and their
// dates agree (the same day, or ranges that overlap and are no wider than a week). Pure: the workspace
// shows each group as one event with every source, and the reason, and lets a person undo it.
import type { DatelineEvent, EventType, Place } from '../types.ts';
import { haversineKm } from '../eval/haversine.ts';
import { addDays, daysBetween } from '../time/calendar.ts';

export interface ArticleEvents {
  articleId: string;
  /** YYYY-MM-DD: an undated event is read against it. */
  published: string;
  events: readonly DatelineEvent[];
}

export interface GroupMember {
  articleId: string;
  eventId: string;
}

export interface IncidentGroup {
  /** Stable: the first member's article and event id. */
  key: string;
  members: GroupMember[];
  /** One line a person can read: why these are one incident (or that one article tells it). */
  reason: string;
  /** Why each member joined the first, each reason once (empty for one article). */
  reasons: string[];
}

const AIR: ReadonlySet<EventType> = new Set(['air_strike', 'drone_strike']);
const RANK = { country: 0, region: 1, city: 2, point: 3 } as const;
const LABEL: Record<EventType, string> = {
  air_strike: 'air strike', drone_strike: 'drone strike', missile_attack: 'missile attack', shelling: 'shelling', raid: 'raid',
  bombing: 'bombing', armed_clash: 'armed clash', killing: 'killing', withdrawal: 'withdrawal', other: 'attack',
};

const an = (t: EventType) => `${/^[aeiou]/.test(LABEL[t]) ? 'an' : 'a'} ${LABEL[t]}`;

function typeReason(a: EventType, b: EventType): string | null {
  if (a === b) return `both ${an(a)}`;
  if (AIR.has(a) && AIR.has(b)) return 'an air strike and a drone strike';
  if (a === 'withdrawal' || b === 'withdrawal') return null;
  // A killing or an unnamed attack is what another article may call by its weapon.
  if (a === 'killing' || a === 'other' || b === 'killing' || b === 'other') return `${an(a)} and ${an(b)}`;
  return null;
}

function placeReason(a: Place, b: Place): string | null {
  if ((a.geonameId !== undefined && a.geonameId === b.geonameId) || (a.name === b.name && a.country === b.country)) return `at ${a.name}`;
  const [wide, narrow] = RANK[a.precision] <= RANK[b.precision] ? [a, b] : [b, a];
  if (!wide.country || wide.country !== narrow.country) return null;
  const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
  if (wide.precision === 'country') return null; // a country says too little to join two reports
  if (wide.precision === 'region') {
    if (narrow.precision === 'region') return km < 30 ? `at ${wide.name} (${Math.round(km)} km apart)` : null;
    return (wide.admin1 && wide.admin1 === narrow.admin1) || km < 60 ? `at ${narrow.name}, in ${wide.name}` : null;
  }
  // Two records of one town (its districts, its camp) lie close.
  return km < 12 ? `at ${narrow.name} and ${wide.name} (${km < 1 ? 'under 1' : Math.round(km)} km apart)` : null;
}

function dateReason(a: DatelineEvent, b: DatelineEvent, undatedPublished?: string): string | null {
  if (!a.date && !b.date) return null;
  if (!a.date || !b.date) {
    // An undated report published within three days of a dated one's day may tell it (the caller asks
    // this only for the same type at the very same place).
    const dated = (a.date ?? b.date)!;
    if (!undatedPublished || daysBetween(dated.start, undatedPublished) < 0 || daysBetween(dated.start, undatedPublished) > 3) return null;
    return `undated in a report of ${undatedPublished}, ${daysBetween(dated.start, undatedPublished)} day(s) after ${dated.start}`;
  }
  if (a.date.end < b.date.start || b.date.end < a.date.start) return null;
  const wide = (e: DatelineEvent) => daysBetween(e.date!.start, e.date!.end) > 7;
  if (wide(a) || wide(b)) return null;
  return a.date.start === b.date.start && a.date.end === b.date.end && a.date.start === a.date.end
    ? `on ${a.date.start}` : `on overlapping days (${a.date.start}..${a.date.end}, ${b.date.start}..${b.date.end})`;
}

/**
 * Why two events of different articles are one incident, or null. `undatedPublished`: the publication
 * day of the one without a date, if one has none.
 */
export function sameIncident(a: DatelineEvent, b: DatelineEvent, undatedPublished?: string): string | null {
  if (!a.place || !b.place) return null;
  const t = typeReason(a.type, b.type);
  const p = t && placeReason(a.place, b.place);
  if (!p) return null;
  const oneUndated = !a.date !== !b.date;
  // Without a day, only the same type at the very same place will do.
  if (oneUndated && (a.type !== b.type || !(p === `at ${a.place.name}` || p === `at ${b.place.name}`) || a.place.precision === 'region' || a.place.precision === 'country')) return null;
  const d = dateReason(a, b, oneUndated ? undatedPublished : undefined);
  return d ? `${t}, ${p}, ${d}` : null;
}

export interface GroupOptions {
  /**
   * Pairs a person said are not one incident: an event never joins a group holding one it is kept
   * apart from (it joins another group, or stands alone).
   */
  apart?(a: GroupMember, b: GroupMember): boolean;
}

interface Group {
  /** Creation order: candidates are tried in it, so a tie between groups goes to the older. */
  index: number;
  head: DatelineEvent;
  headPublished: string;
  /** Where the head is indexed ('' when not: a head without a place or a date joins nothing more). */
  bucket: string;
  articles: Set<string>;
  members: GroupMember[];
  reasons: string[];
}

/**
 * The bucket a head is found in: its country and its first day. Two events are one incident only in
 * one country (placeReason) and, taken in date order, only when the head starts at most a week
 * before the event (ranges wider than a week never join) or, for an undated event, at most three
 * days before its report; so a few buckets hold every group an event could join.
 */
const bucketOf = (head: DatelineEvent): string => (head.place && head.date ? `${head.place.country ?? ''}|${head.date.start}` : '');

/**
 * Groups the events of several articles into incidents. Each group holds at most one event of an
 * article (an article already told its incidents apart) and is joined through its first event, in
 * date order, so a chain of loose likenesses never pulls two distinct incidents together. Each event
 * is compared only with the groups of its country that start in the days it could share.
 */
export function groupAcrossArticles(articles: readonly ArticleEvents[], options: GroupOptions = {}): IncidentGroup[] {
  const all = articles.flatMap((a) => a.events.map((e) => ({ articleId: a.articleId, published: a.published, event: e })));
  all.sort((x, y) => (x.event.date?.start ?? '9999').localeCompare(y.event.date?.start ?? '9999') || x.articleId.localeCompare(y.articleId));
  const groups: Group[] = [];
  const index = new Map<string, Group[]>();
  const file = (g: Group) => {
    g.bucket = bucketOf(g.head);
    if (!g.bucket) return;
    const list = index.get(g.bucket);
    if (list) list.push(g);
    else index.set(g.bucket, [g]);
  };
  const unfile = (g: Group) => {
    const list = g.bucket ? index.get(g.bucket) : undefined;
    if (list) list.splice(list.indexOf(g), 1);
    g.bucket = '';
  };
  const { apart } = options;
  for (const { articleId, published, event } of all) {
    const candidates: Group[] = [];
    if (event.place) {
      // Heads start on or before the event's day (date order); undated events come last.
      const from = event.date ? event.date.start : published;
      const back = event.date ? 7 : 3;
      const country = event.place.country ?? '';
      for (let d = 0; d <= back; d++) candidates.push(...(index.get(`${country}|${addDays(from, -d)}`) ?? []));
      candidates.sort((x, y) => x.index - y.index);
    }
    const member = { articleId, eventId: event.id };
    let best: { g: Group; reason: string; rank: number } | null = null;
    for (const g of candidates) {
      if (g.articles.has(articleId)) continue;
      const reason = sameIncident(g.head, event, !event.date ? published : !g.head.date ? g.headPublished : undefined);
      if (!reason) continue;
      if (apart && g.members.some((m) => apart(m, member))) continue;
      // The closest place wins a choice between two candidate groups.
      const rank = haversineKm(g.head.place!.lat, g.head.place!.lon, event.place!.lat, event.place!.lon);
      if (!best || rank < best.rank) best = { g, reason, rank };
    }
    if (best) {
      const g = best.g;
      g.members.push(member);
      g.articles.add(articleId);
      g.reasons.push(best.reason);
      // The most precise place stands for the group.
      if (RANK[event.place!.precision] > RANK[g.head.place!.precision] || (!g.head.date && event.date)) {
        unfile(g);
        g.head = event;
        g.headPublished = published;
        file(g);
      }
    } else {
      const g: Group = { index: groups.length, head: event, headPublished: published, bucket: '', articles: new Set([articleId]), members: [member], reasons: [] };
      groups.push(g);
      file(g);
    }
  }
  return groups.map((g) => ({
    key: `${g.members[0]!.articleId}#${g.members[0]!.eventId}`,
    members: g.members,
    reason: g.members.length === 1 ? 'told by one article' : `reported by ${g.members.length} articles: ${[...new Set(g.reasons)].join('; ')}`,
    reasons: [...new Set(g.reasons)],
  }));
}
