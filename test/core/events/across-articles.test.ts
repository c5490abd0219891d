// The same incident across articles: grouped by type family, place (the same, or one inside the other)
// and date (the same day, or overlapping ranges of a week at most), with a reason; never two events of
// one article, never two towns, two days or two kinds of attack. Invented events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupAcrossArticles, sameIncident } from '../../../src/core/index.ts';
import type { DatelineEvent, EventType, Place } from '../../../src/core/index.ts';
import { haversineKm } from '../../../src/core/eval/haversine.ts';
import { PLACES } from './mention-builder.ts';

let n = 0;
function ev(type: EventType, place: Place | null, start: string | null, end = start): DatelineEvent {
  const words = { start: 0, end: 1, text: 'x' };
  return {
    id: `e${++n}`, type, trigger: words, place, actors: {}, fatalities: null, excerpt: words, excerpts: [words], confidence: 0.7,
    date: start ? { start, end: end!, precision: 'day', text: 'x', basis: 'test', span: { start: 0, end: 1 } } : null,
  };
}
const art = (articleId: string, published: string, ...events: DatelineEvent[]) => ({ articleId, published, events });

describe('sameIncident', () => {
  it('joins the same type at the same place on the same day, saying why', () => {
    expect(sameIncident(ev('missile_attack', PLACES.Kharkiv!, '2024-03-04'), ev('missile_attack', PLACES.Kharkiv!, '2024-03-04'))).toBe('both a missile attack, at Kharkiv, on 2024-03-04');
  });
  it('joins a town and the region that holds it, a drone strike and an air strike, a killing and a shelling', () => {
    expect(sameIncident(ev('drone_strike', PLACES.Shebekino!, '2024-06-19'), ev('air_strike', PLACES.Belgorod!, '2024-06-19'))).toMatch(/air strike and a drone strike, at Shebekino, in Belgorod Oblast/);
    expect(sameIncident(ev('killing', PLACES.Aleppo!, '2024-03-04'), ev('shelling', PLACES.Aleppo!, '2024-03-04'))).toMatch(/a killing and a shelling/);
  });
  it('keeps apart two towns, two days, two weapons, a country-level report and week-long ranges', () => {
    expect(sameIncident(ev('shelling', PLACES.Aleppo!, '2024-03-04'), ev('shelling', PLACES.Damascus!, '2024-03-04'))).toBeNull();
    expect(sameIncident(ev('shelling', PLACES.Aleppo!, '2024-03-04'), ev('shelling', PLACES.Aleppo!, '2024-03-06'))).toBeNull();
    expect(sameIncident(ev('shelling', PLACES.Aleppo!, '2024-03-04'), ev('missile_attack', PLACES.Aleppo!, '2024-03-04'))).toBeNull();
    expect(sameIncident(ev('shelling', PLACES.Syria!, '2024-03-04'), ev('shelling', PLACES.Aleppo!, '2024-03-04'))).toBeNull();
    expect(sameIncident(ev('shelling', PLACES.Aleppo!, '2024-03-01', '2024-03-31'), ev('shelling', PLACES.Aleppo!, '2024-03-04'))).toBeNull();
    expect(sameIncident(ev('shelling', null, '2024-03-04'), ev('shelling', PLACES.Aleppo!, '2024-03-04'))).toBeNull();
  });
  it('lets an undated report of the same type at the same town join only within three days of the day', () => {
    expect(sameIncident(ev('bombing', PLACES.Mosul!, '2024-03-04'), ev('bombing', PLACES.Mosul!, null), '2024-03-06')).toMatch(/undated in a report of 2024-03-06/);
    expect(sameIncident(ev('bombing', PLACES.Mosul!, '2024-03-04'), ev('bombing', PLACES.Mosul!, null), '2024-03-12')).toBeNull();
    expect(sameIncident(ev('bombing', PLACES.Mosul!, '2024-03-04'), ev('killing', PLACES.Mosul!, null), '2024-03-05')).toBeNull();
  });
});

describe('groupAcrossArticles', () => {
  it('groups one incident told by three articles, and leaves the others alone', () => {
    const a = ev('air_strike', PLACES.Aleppo!, '2024-03-04');
    const b = ev('air_strike', PLACES.Aleppo!, '2024-03-04');
    const c = ev('killing', PLACES.Aleppo!, '2024-03-04');
    const other = ev('shelling', PLACES.Damascus!, '2024-03-04');
    const groups = groupAcrossArticles([art('A', '2024-03-04', a, other), art('B', '2024-03-05', b), art('C', '2024-03-06', c)]);
    const big = groups.find((g) => g.members.length > 1)!;
    expect(big.members.map((m) => m.articleId).sort()).toEqual(['A', 'B', 'C']);
    expect(big.reason).toMatch(/^reported by 3 articles: /);
    expect(groups.find((g) => g.members.some((m) => m.eventId === other.id))!.reason).toBe('told by one article');
  });
  it('never puts two events of one article in one group', () => {
    const groups = groupAcrossArticles([art('A', '2024-03-04', ev('shelling', PLACES.Aleppo!, '2024-03-04'), ev('shelling', PLACES.Aleppo!, '2024-03-04')), art('B', '2024-03-04', ev('shelling', PLACES.Aleppo!, '2024-03-04'))]);
    for (const g of groups) expect(new Set(g.members.map((m) => m.articleId)).size).toBe(g.members.length);
    expect(groups.map((g) => g.members.length).sort()).toEqual([1, 2]);
  });
  it('gives stable keys and keeps every event in exactly one group', () => {
    const arts = [art('A', '2024-03-04', ev('raid', PLACES.Kirkuk!, '2024-03-03')), art('B', '2024-03-05', ev('raid', PLACES.Kirkuk!, '2024-03-03'), ev('bombing', PLACES.Mosul!, null))];
    const groups = groupAcrossArticles(arts);
    expect(groups.flatMap((g) => g.members).length).toBe(3);
    expect(groupAcrossArticles(arts).map((g) => g.key)).toEqual(groups.map((g) => g.key));
  });
});

/** The grouping as first written: every event against every group. The bucketed one must agree. */
function naiveGroups(articles: ReadonlyArray<{ articleId: string; published: string; events: DatelineEvent[] }>) {
  const RANK = { country: 0, region: 1, city: 2, point: 3 } as const;
  const all = articles.flatMap((a) => a.events.map((e) => ({ articleId: a.articleId, published: a.published, event: e })));
  all.sort((x, y) => (x.event.date?.start ?? '9999').localeCompare(y.event.date?.start ?? '9999') || x.articleId.localeCompare(y.articleId));
  const groups: Array<{ head: DatelineEvent; headPublished: string; members: Array<{ articleId: string; eventId: string }> }> = [];
  for (const { articleId, published, event } of all) {
    let best: { g: (typeof groups)[number]; rank: number } | null = null;
    for (const g of groups) {
      if (g.members.some((m) => m.articleId === articleId)) continue;
      if (!sameIncident(g.head, event, !event.date ? published : !g.head.date ? g.headPublished : undefined)) continue;
      const rank = haversineKm(g.head.place!.lat, g.head.place!.lon, event.place!.lat, event.place!.lon);
      if (!best || rank < best.rank) best = { g, rank };
    }
    if (best) {
      best.g.members.push({ articleId, eventId: event.id });
      if (RANK[event.place!.precision] > RANK[best.g.head.place!.precision] || (!best.g.head.date && event.date)) {
        best.g.head = event;
        best.g.headPublished = published;
      }
    } else groups.push({ head: event, headPublished: published, members: [{ articleId, eventId: event.id }] });
  }
  return groups.map((g) => g.members.map((m) => `${m.articleId}#${m.eventId}`));
}

describe('groupAcrossArticles over many events', () => {
  const places = [PLACES.Aleppo!, PLACES.Damascus!, PLACES.Hama!, PLACES.Kharkiv!, PLACES.Belgorod!, PLACES.Shebekino!, PLACES.Mosul!, PLACES.Syria!, null];
  const types: EventType[] = ['air_strike', 'drone_strike', 'shelling', 'killing', 'other', 'withdrawal', 'missile_attack'];
  const day = fc.integer({ min: 0, max: 20 }).map((d) => `2024-03-${String(d + 1).padStart(2, '0')}`);
  const event = fc.record({ type: fc.constantFrom(...types), place: fc.constantFrom(...places), start: fc.option(day, { nil: null }), long: fc.integer({ min: 0, max: 9 }) });
  const report = fc.record({ published: day, events: fc.array(event, { maxLength: 4 }) });

  it('groups exactly as comparing every event with every group would', () => {
    fc.assert(fc.property(fc.array(report, { minLength: 1, maxLength: 12 }), (reports) => {
      const arts = reports.map((r, i) => art(`R${String(i).padStart(2, '0')}`, r.published, ...r.events.map((e) => {
        const end = e.start && e.long > 6 ? `2024-03-${String(Number(e.start.slice(8)) + e.long - 5).padStart(2, '0')}` : e.start;
        return ev(e.type, e.place, e.start, end);
      })));
      const fast = groupAcrossArticles(arts).map((g) => g.members.map((m) => `${m.articleId}#${m.eventId}`));
      expect(fast).toEqual(naiveGroups(arts));
    }), { numRuns: 300 });
  });

  // Busy days (more heads than a bucket scans whole): towns a few km to tens of km apart, some sharing
  // a name far apart, regions holding them, and points set by hand, so every index is exercised.
  const town = fc.record({
    name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Position set by hand'),
    lat: fc.integer({ min: 0, max: 1500 }).map((x) => 48 + x / 1000),
    lon: fc.integer({ min: 0, max: 2000 }).map((x) => 35 + x / 1000),
    precision: fc.constantFrom(...(['city', 'city', 'city', 'city', 'city', 'point', 'region', 'country'] as const)),
    admin1: fc.constantFrom('North', 'South'),
    geonameId: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  }).map((p): Place => ({ ...p, country: 'UA', ...(p.geonameId === undefined ? { geonameId: undefined } : {}) }));
  const busy = fc.record({
    published: fc.constantFrom('2024-03-02', '2024-03-03', '2024-03-05'),
    events: fc.array(fc.record({ type: fc.constantFrom('air_strike', 'drone_strike', 'shelling', 'killing'), place: town, start: fc.option(fc.constantFrom('2024-03-01', '2024-03-02', '2024-03-03'), { nil: null }) }), { minLength: 10, maxLength: 15 }),
  });

  it('groups busy days exactly as comparing every event with every group would', () => {
    fc.assert(fc.property(fc.array(busy, { minLength: 30, maxLength: 40 }), (reports) => {
      const arts = reports.map((r, i) => art(`R${String(i).padStart(2, '0')}`, r.published, ...r.events.map((e) => ev(e.type as EventType, e.place, e.start))));
      const fast = groupAcrossArticles(arts).map((g) => g.members.map((m) => `${m.articleId}#${m.eventId}`));
      expect(fast).toEqual(naiveGroups(arts));
    }), { numRuns: 25 });
  });

  it('on a busy day still finds the region that holds a town, and a town 9 km away across a cell edge', () => {
    // Twenty towns 50 km apart fill the day's bucket past what is read whole.
    const far = Array.from({ length: 20 }, (_, i): Place => ({ name: `Town ${i}`, lat: 40 + (i % 5) * 0.5, lon: 30 + Math.floor(i / 5) * 0.6, precision: 'city', country: 'UA', admin1: 'West' }));
    const region: Place = { name: 'East Oblast', lat: 46, lon: 36, precision: 'region', country: 'UA', admin1: 'East' };
    const edge: Place = { name: 'Edgetown', lat: 45.199, lon: 33.0, precision: 'city', country: 'UA', admin1: 'South' };
    const over: Place = { name: 'Overtown', lat: 45.201 + 0.08, lon: 33.01, precision: 'city', country: 'UA', admin1: 'South' };
    const inRegion: Place = { name: 'Easttown', lat: 46.3, lon: 36.2, precision: 'city', country: 'UA', admin1: 'East' };
    const day = '2024-03-04';
    const busy = art('A', day, ...far.map((p) => ev('shelling', p, day)), ev('shelling', region, day), ev('shelling', edge, day));
    const groups = groupAcrossArticles([busy, art('B', day, ev('shelling', inRegion, day), ev('shelling', over, day))]);
    const joined = groups.filter((g) => g.members.length === 2).map((g) => g.reasons[0]);
    expect(joined).toHaveLength(2);
    expect(joined).toContainEqual(expect.stringMatching(/at Easttown, in East Oblast/));
    expect(joined).toContainEqual(expect.stringMatching(/at (Overtown and Edgetown|Edgetown and Overtown) \(9 km apart\)/));
  });

  it('keeps apart the pairs a person separated, letting the event join no group holding the other', () => {
    const a = ev('air_strike', PLACES.Aleppo!, '2024-03-04');
    const b = ev('air_strike', PLACES.Aleppo!, '2024-03-04');
    const c = ev('air_strike', PLACES.Aleppo!, '2024-03-04');
    const arts = [art('A', '2024-03-04', a), art('B', '2024-03-04', b), art('C', '2024-03-04', c)];
    expect(groupAcrossArticles(arts).map((g) => g.members.length)).toEqual([3]);
    const apart = (x: { eventId: string }, y: { eventId: string }) => [x.eventId, y.eventId].sort().join() === [a.id, b.id].sort().join();
    const groups = groupAcrossArticles(arts, { apart });
    expect(groups.map((g) => g.members.map((m) => m.articleId))).toEqual([['A', 'C'], ['B']]);
  });
});
