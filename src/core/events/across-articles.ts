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
  /** Where the head is filed (null when not: a head without a place or a date joins nothing more). */
  bucket: Bucket | null;
  articles: Set<string>;
  members: GroupMember[];
  reasons: string[];
}

/** Cells of 0.2 degrees: a town's neighbours within 12 km lie in the cells around its own. */
const CELL = 0.2;
/** A little over placeReason's 12 km between two towns, in km and in degrees of latitude. */
const NEAR_KM = 13;
const NEAR_LAT = NEAR_KM / 110;
/** A bucket this small is scanned whole: its sub-indexes would cost more than they save. */
const SMALL = 16;

const cellOf = (lat: number, lon: number) => `${Math.floor(lat / CELL)},${Math.floor(lon / CELL)}`;

function push<K>(map: Map<K, Group[]>, key: K, g: Group): void {
  const list = map.get(key);
  if (list) list.push(g);
  else map.set(key, [g]);
}
function drop<T>(list: T[] | undefined, x: T): void {
  const i = list ? list.indexOf(x) : -1;
  if (i >= 0) list!.splice(i, 1);
}

/**
 * The heads of one country starting on one day, indexed by what placeReason can join: the same
 * name or gazetteer record, a town within 12 km, or a region (which may hold any town).
 */
class Bucket {
  readonly all: Group[] = [];
  private readonly byName = new Map<string, Group[]>();
  private readonly byId = new Map<number, Group[]>();
  private readonly byCell = new Map<string, Group[]>();
  private readonly regions: Group[] = [];

  add(g: Group): void {
    const p = g.head.place!;
    this.all.push(g);
    push(this.byName, p.name, g);
    if (p.geonameId !== undefined) push(this.byId, p.geonameId, g);
    if (p.precision === 'region') this.regions.push(g);
    else if (p.precision !== 'country') push(this.byCell, cellOf(p.lat, p.lon), g);
  }

  remove(g: Group): void {
    const p = g.head.place!;
    drop(this.all, g);
    drop(this.byName.get(p.name), g);
    if (p.geonameId !== undefined) drop(this.byId.get(p.geonameId), g);
    if (p.precision === 'region') drop(this.regions, g);
    else if (p.precision !== 'country') drop(this.byCell.get(cellOf(p.lat, p.lon)), g);
  }

  /** Every head here that placeReason could join to `place` (a superset; sameIncident decides). */
  collect(place: Place, out: Set<Group>): void {
    const add = (list: readonly Group[] | undefined) => {
      if (list) for (const g of list) out.add(g);
    };
    // A region may hold any town of the bucket; a small bucket is cheaper read whole.
    if (this.all.length <= SMALL || place.precision === 'region') return add(this.all);
    add(this.byName.get(place.name));
    if (place.geonameId !== undefined) add(this.byId.get(place.geonameId));
    if (place.precision === 'country') return;
    add(this.regions);
    const cos = Math.cos((Math.min(89.9, Math.abs(place.lat) + NEAR_LAT) * Math.PI) / 180);
    const dLon = NEAR_KM / (111 * cos);
    // Near a pole or the antimeridian the cells do not hold a 12 km circle: read the bucket whole.
    if (dLon > 5 || Math.abs(place.lon) + dLon >= 180) return add(this.all);
    for (let y = Math.floor((place.lat - NEAR_LAT) / CELL); y <= Math.floor((place.lat + NEAR_LAT) / CELL); y++) {
      for (let x = Math.floor((place.lon - dLon) / CELL); x <= Math.floor((place.lon + dLon) / CELL); x++) add(this.byCell.get(`${y},${x}`));
    }
  }
}

/**
 * Groups the events of several articles into incidents. Each group holds at most one event of an
 * article (an article already told its incidents apart) and is joined through its first event, in
 * date order, so a chain of loose likenesses never pulls two distinct incidents together.
 *
 * Taken in date order, an event can only join a group of its own country (placeReason) whose head
 * starts at most a week before it (ranges wider than a week never join) or, for an undated event,
 * at most three days before its report; so heads are filed by country and first day, and within a
 * busy day by name and 0.2-degree cell, and each event is compared only with the few it could join.
 * The result is the same as comparing every event with every group.
 */
export function groupAcrossArticles(articles: readonly ArticleEvents[], options: GroupOptions = {}): IncidentGroup[] {
  // In date order, then article order (as localeCompare orders ids: the collator ranks each id once).
  const collate = new Intl.Collator().compare;
  const rank = new Map([...new Set(articles.map((a) => a.articleId))].sort(collate).map((id, i) => [id, i]));
  const all = articles.flatMap((a) => {
    const r = rank.get(a.articleId)!;
    return a.events.map((e) => ({ articleId: a.articleId, published: a.published, event: e, day: e.date?.start ?? '9999', rank: r }));
  });
  all.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.rank - y.rank));
  const groups: Group[] = [];
  const buckets = new Map<string, Bucket>();
  const file = (g: Group) => {
    const { place, date } = g.head;
    g.bucket = null;
    if (!place || !date) return;
    const key = `${place.country ?? ''}|${date.start}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = new Bucket()));
    b.add(g);
    g.bucket = b;
  };
  const unfile = (g: Group) => {
    g.bucket?.remove(g);
    g.bucket = null;
  };
  // The days a head may start on for an event: its own and up to a week (three days) before.
  const dayKeys = new Map<string, string[]>();
  const daysBack = (from: string, back: number): string[] => {
    const k = `${from}|${back}`;
    let days = dayKeys.get(k);
    if (!days) dayKeys.set(k, (days = Array.from({ length: back + 1 }, (_, d) => addDays(from, -d))));
    return days;
  };
  const { apart } = options;
  const found = new Set<Group>();
  for (const { articleId, published, event } of all) {
    let candidates: Group[] = [];
    if (event.place) {
      // Heads start on or before the event's day (date order); undated events come last.
      const country = event.place.country ?? '';
      found.clear();
      for (const day of event.date ? daysBack(event.date.start, 7) : daysBack(published, 3)) buckets.get(`${country}|${day}`)?.collect(event.place, found);
      candidates = [...found].sort((x, y) => x.index - y.index);
    }
    const member = { articleId, eventId: event.id };
    let best: { g: Group; reason: string; rank: number } | null = null;
    for (const g of candidates) {
      if (g.articles.has(articleId)) continue;
      // Most heads of the week before ended before this event began: no overlap, no need to ask.
      if (event.date && g.head.date && g.head.date.end < event.date.start) continue;
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
      const g: Group = { index: groups.length, head: event, headPublished: published, bucket: null, articles: new Set([articleId]), members: [member], reasons: [] };
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
