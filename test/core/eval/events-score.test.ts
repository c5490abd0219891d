// The event scorers on tiny hand-made gold and prediction pairs: every rule of the measure (tolerance
// by precision, evidence, the two-day date rule, one-to-one matching, leaks, empty reports, gazetteer
// misses, Halterman's two shares) has a case that passes and one that fails.
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment, scoreEventLocations, scoreEvents, scoreReport, datedRight, tollHolds } from '../../../src/core/index.ts';
import type { DatelineEvent, GoldReport, Mention, Place } from '../../../src/core/index.ts';

const TOWN: Place = { name: 'Alpha', lat: 10, lon: 20, precision: 'city', country: 'XA' };
const FAR: Place = { name: 'Beta', lat: 11, lon: 20, precision: 'city', country: 'XA' }; // ~111 km north
const CAPITAL: Place = { name: 'Capitalia', lat: 12, lon: 22, precision: 'city', country: 'XA' };

const TEXT = 'CAPITALIA - Jets struck Alpha on Monday, killing four. Capitalia said it would respond. Shelling hit Beta.';
const S1 = 'CAPITALIA - Jets struck Alpha on Monday, killing four.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

function ev(id: string, place: Place | null, o: { excerpt?: string; date?: [string, string]; type?: DatelineEvent['type']; placeWords?: string } = {}): DatelineEvent {
  const x = at(o.excerpt ?? S1);
  return {
    id, type: o.type ?? 'air_strike', trigger: { ...x, end: x.start + 1 }, place,
    date: o.date ? { start: o.date[0], end: o.date[1], precision: 'day', text: 'x', basis: 'test', span: { start: 0, end: 1 } } : null,
    ...(o.placeWords ? { placeSpan: at(o.placeWords) } : {}),
    actors: {}, fatalities: null, excerpt: x, excerpts: [x], confidence: 0.5,
  };
}

const report = (over: Partial<GoldReport> = {}): GoldReport => ({
  id: 'r', published: '2024-01-03', text: TEXT,
  events: [{ type: 'airstrike', date: '2024-01-01', place: 'Alpha', lat: 10, lon: 20, precision: 'city', sentence: S1 }],
  context_places: [{ name: 'CAPITALIA', label: 'dateline' }, { name: 'Capitalia', label: 'metonymy' }],
  ...over,
});

describe('scoreReport', () => {
  it('counts an event at the place, with its sentence and day, as located, evidenced and dated', () => {
    const o = scoreReport(report(), { events: [ev('e1', TOWN, { date: ['2024-01-01', '2024-01-01'] })] });
    expect(o.gold[0]).toMatchObject({ event: 'e1', evidenced: true, dated: true, typeAgrees: true });
    expect(o.unmatched).toEqual([]);
  });

  it('uses the tolerance of the gold precision: 111 km is too far for a city, close enough for a region', () => {
    expect(scoreReport(report(), { events: [ev('e1', FAR)] }).gold[0]!.event).toBeUndefined();
    const region = report({ events: [{ ...report().events[0]!, precision: 'region' }] });
    expect(scoreReport(region, { events: [ev('e1', FAR)] }).gold[0]!.event).toBe('e1');
  });

  it('is not evidenced when no excerpt overlaps the gold sentence', () => {
    const o = scoreReport(report(), { events: [ev('e1', TOWN, { excerpt: 'Shelling hit Beta.' })] });
    expect(o.gold[0]).toMatchObject({ event: 'e1', evidenced: false });
  });

  it('dates only a range that holds the gold day and spans at most two days', () => {
    expect(datedRight(ev('e', TOWN, { date: ['2023-12-31', '2024-01-01'] }), '2024-01-01')).toBe(true);
    expect(datedRight(ev('e', TOWN, { date: ['2023-12-30', '2024-01-01'] }), '2024-01-01')).toBe(false);
    expect(datedRight(ev('e', TOWN, { date: ['2024-01-02', '2024-01-02'] }), '2024-01-01')).toBe(false);
    expect(datedRight(ev('e', TOWN), '2024-01-01')).toBe(false);
  });

  it('agrees on a toll when the killed range holds the gold number; a gold 0 agrees with no count', () => {
    expect(tollHolds(4, { min: 4, max: 4 })).toBe(true);
    expect(tollHolds(4, { min: 3, max: 9 })).toBe(true);
    expect(tollHolds(4, { min: 5, max: 7 })).toBe(false);
    expect(tollHolds(4, null)).toBe(false);
    expect(tollHolds(0, null)).toBe(true);
    expect(tollHolds(0, { min: 0, max: 0 })).toBe(true);
    expect(tollHolds(0, { min: 2, max: 2 })).toBe(false);
    expect(tollHolds(null, { min: 2, max: 2 })).toBeNull();
  });

  it('scores toll agreement over located gold events with a toll only', () => {
    const gold = report({ events: [{ ...report().events[0]!, fatalities: 4 }] });
    const right = { ...ev('e1', TOWN), fatalities: { min: 4, max: 4 } };
    const wrong = { ...ev('e1', TOWN), fatalities: { min: 2, max: 2 } };
    expect(scoreEvents([gold], [{ events: [right] }]).score).toMatchObject({ tollGold: 1, tollRight: 1, tollAgreement: 1 });
    expect(scoreEvents([gold], [{ events: [wrong] }]).score).toMatchObject({ tollGold: 1, tollRight: 0, tollAgreement: 0 });
    // Missed (too far): not in the toll count at all.
    expect(scoreEvents([gold], [{ events: [{ ...right, place: FAR }] }]).score).toMatchObject({ tollGold: 0 });
    // No gold toll: not scored.
    expect(scoreEvents([report()], [{ events: [wrong] }]).score).toMatchObject({ tollGold: 0 });
  });

  it('matches one to one, preferring the evidenced event whatever the order', () => {
    const extra = ev('e1', TOWN, { excerpt: 'Shelling hit Beta.' });
    const right = ev('e2', TOWN);
    for (const events of [[extra, right], [right, extra]]) {
      const o = scoreReport(report(), { events });
      expect(o.gold[0]).toMatchObject({ event: 'e2', evidenced: true });
      expect(o.unmatched).toEqual(['e1']);
    }
  });

  it('counts a leak at a dateline or metonym, but not the gold incident itself at the dateline city', () => {
    const leak = ev('e1', CAPITAL, { excerpt: 'Capitalia said it would respond.', placeWords: 'Capitalia said' });
    expect(scoreReport(report(), { events: [leak] }).leaks).toEqual([{ event: 'e1', at: 'CAPITALIA', label: 'dateline' }]);
    const scene = report({ events: [{ ...report().events[0]!, place: 'Capitalia', lat: 12, lon: 22 }] });
    expect(scoreReport(scene, { events: [ev('e1', CAPITAL)] }).leaks).toEqual([]);
    // ... and a context place is never a leak.
    const context = report({ context_places: [{ name: 'Capitalia', label: 'context' }] });
    expect(scoreReport(context, { events: [leak] }).leaks).toEqual([]);
  });

  it('calls a miss the gazetteer\'s when the gold place\'s name is not resolved, or nothing lies near', () => {
    const alpha = TEXT.indexOf('Alpha');
    const mention = (place: Place, start = alpha): Mention => ({ start, end: start + 5, text: TEXT.slice(start, start + 5), role: 'literal', place, score: 1, reason: '', alternatives: [] });
    expect(scoreReport(report(), { events: [], mentions: [mention(FAR)] }).gold[0]!.gazetteerMiss).toBe(true);
    expect(scoreReport(report(), { events: [], mentions: [mention(TOWN)] }).gold[0]!.gazetteerMiss).toBe(false);
    // A place within tolerance resolved elsewhere, but not the gold name where the text says it.
    expect(scoreReport(report(), { events: [], mentions: [mention(TOWN, 0)] }).gold[0]!.gazetteerMiss).toBe(true);
  });
});

describe('scoreEvents', () => {
  it('totals recall, placed events per gold, empty-report events and type agreement', () => {
    const empty = report({ id: 'none', events: [] });
    const { score } = scoreEvents([report(), empty], [
      { events: [ev('e1', TOWN, { date: ['2024-01-01', '2024-01-01'], type: 'shelling' }), ev('e2', FAR), ev('e3', null)] },
      { events: [ev('e1', FAR)] },
    ]);
    expect(score).toMatchObject({ gold: 1, located: 1, evidenced: 1, dated: 1, placed: 3, predicted: 4, inEmptyReports: 1, typeAgree: 0 });
    expect(score.placedPerGold).toBe(3);
    expect(score.typeAgreement).toBe(0);
  });

  it('scores the same incident across reports: gold pairs grouped, and grouped pairs right', () => {
    const g = { ...report().events[0]!, incident_group: 'G1' };
    const r1 = report({ id: 'r1', events: [g] });
    const r2 = report({ id: 'r2', events: [g] });
    const day: [string, string] = ['2024-01-01', '2024-01-01'];
    const together = scoreEvents([r1, r2], [{ events: [ev('e1', TOWN, { date: day })] }, { events: [ev('e1', TOWN, { date: day })] }]).score;
    expect(together).toMatchObject({ incidentPairs: 1, incidentPairsFound: 1, groupedPairs: 1, groupedPairsRight: 1 });
    // Two days apart: not grouped, so the gold pair is missed and no pair is claimed.
    const apart = scoreEvents([r1, r2], [{ events: [ev('e1', TOWN, { date: day })] }, { events: [ev('e1', TOWN, { date: ['2024-01-05', '2024-01-05'] })] }]).score;
    expect(apart).toMatchObject({ incidentPairs: 1, incidentPairsFound: 0, groupedPairs: 0 });
  });

  it('refuses predictions that do not line up with the reports', () => {
    expect(() => scoreEvents([report()], [])).toThrow(/1 reports but 0/);
  });
});

describe('maxWeightAssignment', () => {
  it('finds the best total where greedy would not', () => {
    // Greedy takes g0-p0 (5) and leaves g1 unmatched; the best is g0-p1 and g1-p0 (4 + 4).
    expect(maxWeightAssignment([[5, 4], [4, null]], 2)).toEqual([1, 0]);
  });
  it('leaves rows unmatched when nothing may pair, and handles more rows than columns', () => {
    expect(maxWeightAssignment([[null], [null]], 1)).toEqual([-1, -1]);
    expect(maxWeightAssignment([[1], [3], [2]], 1)).toEqual([-1, 0, -1]);
    expect(maxWeightAssignment([[1, 2, 3]], 3)).toEqual([2]);
    expect(maxWeightAssignment([], 2)).toEqual([]);
    expect(maxWeightAssignment([[1]], 0)).toEqual([-1]);
  });
});

describe('scoreEventLocations', () => {
  const text = 'Rebels attacked a convoy near Alpha, officials in Capitalia said.';
  const sentence = { id: 's', text, verb: { start: 7, end: 15 }, locations: [{ start: 30, end: 35 }] };
  const mentionAt = (start: number, end: number, place: Place): Mention => ({ start, end, text: text.slice(start, end), role: 'literal', place, score: 1, reason: '', alternatives: [] });
  const event = (trigger: [number, number], place: Place | null, span?: [number, number]): DatelineEvent => ({
    id: 'e1', type: 'armed_clash', trigger: { start: trigger[0], end: trigger[1], text: '' }, date: null, place,
    ...(span ? { placeSpan: { start: span[0], end: span[1], text: '' } } : {}),
    actors: {}, fatalities: null, excerpt: { start: 0, end: text.length, text }, excerpts: [], confidence: 0.5,
  });

  it('credits an event whose place words overlap the gold span, and one near the place the engine gave it', () => {
    const byWords = scoreEventLocations([sentence], [{ events: [event([7, 15], TOWN, [30, 35])], mentions: [] }]).score;
    expect(byWords).toMatchObject({ some: 1, atVerb: 1, verbRight: 1 });
    const near: Place = { ...TOWN, lat: 10.1 }; // ~11 km away
    const byPlace = scoreEventLocations([sentence], [{ events: [event([0, 3], near)], mentions: [mentionAt(30, 35, TOWN)] }]).score;
    expect(byPlace).toMatchObject({ some: 1, atVerb: 0, verbRight: 0 });
  });

  it('does not credit an event at another place, and says when the gold place was never resolved', () => {
    const { score } = scoreEventLocations([sentence], [{ events: [event([7, 15], CAPITAL, [50, 59])], mentions: [mentionAt(50, 59, CAPITAL)] }]);
    expect(score).toMatchObject({ some: 0, atVerb: 1, verbRight: 0, misses: 1, missesUnrecognised: 1 });
    expect(score.verbShare).toBe(0);
  });
});
