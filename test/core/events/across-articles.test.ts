// The same incident across articles: grouped by type family, place (the same, or one inside the other)
// and date (the same day, or overlapping ranges of a week at most), with a reason; never two events of
// one article, never two towns, two days or two kinds of attack. Invented events.
import { describe, expect, it } from 'vitest';
import { groupAcrossArticles, sameIncident } from '../../../src/core/index.ts';
import type { DatelineEvent, EventType, Place } from '../../../src/core/index.ts';
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
