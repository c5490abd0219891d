import { describe, expect, it } from 'vitest';
import { applyCorrections, applyCorrectionsDetailed } from '../../../src/features/workspace/apply-corrections.ts';
import type { Correction } from '../../../src/shared/model/workspace.ts';
import { HOMS, SYRIA, TEXT_A, articleA, articleBWeekEarlier, makeAnalysis } from './fixtures.ts';

let n = 0;
const at = () => `2026-01-01T00:00:${String(10 + n++).padStart(2, '0')}.000Z`;
const base = (articleId: string, eventId: string) => ({ id: `c${n}`, articleId, eventId, at: at() });

describe('applyCorrections', () => {
  it('passes machine events through untouched when there are no corrections', () => {
    const events = applyCorrections([articleA(), articleBWeekEarlier()], []);
    expect(events.map((e) => e.key)).toEqual(['a1:e1', 'a1:e2', 'b1:e1']);
    expect(events.every((e) => e.corrected.length === 0 && e.sources.length === 1)).toBe(true);
    expect(events[0].sources[0]).toEqual({ articleId: 'a1', eventId: 'e1', excerpt: articleA().analysis!.events[0].excerpt, trigger: articleA().analysis!.events[0].trigger });
  });

  it('applies place, move, date, type and delete, and marks each as corrected', () => {
    const a = articleA();
    const cs: Correction[] = [
      { ...base('a1', 'e1'), kind: 'place', place: SYRIA },
      { ...base('a1', 'e1'), kind: 'move', lat: 36.5, lon: 37.5 },
      { ...base('a1', 'e1'), kind: 'date', date: '2020-05-03' },
      { ...base('a1', 'e1'), kind: 'type', type: 'shelling' },
      { ...base('a1', 'e2'), kind: 'delete' },
    ];
    const events = applyCorrections([a], cs);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.place).toMatchObject({ name: 'Syria', lat: 36.5, lon: 37.5, precision: 'point', country: 'SY' });
    expect(e.date).toMatchObject({ start: '2020-05-03', end: '2020-05-03', precision: 'day', basis: 'set by hand' });
    expect(e.type).toBe('shelling');
    expect(e.corrected).toEqual(['place', 'move', 'date', 'type']);
    // The stored analysis is not modified.
    expect(a.analysis!.events[0].place!.name).toBe('Aleppo');
  });

  it('applies corrections in the order they were made, whatever order they are stored in', () => {
    const first: Correction = { id: 'z', articleId: 'a1', eventId: 'e1', at: '2026-01-01T00:00:01.000Z', kind: 'type', type: 'raid' };
    const second: Correction = { id: 'a', articleId: 'a1', eventId: 'e1', at: '2026-01-01T00:00:02.000Z', kind: 'type', type: 'bombing' };
    expect(applyCorrections([articleA()], [second, first])[0].type).toBe('bombing');
  });

  it('finds the event by its trigger span after a re-analysis renumbers events', () => {
    const a = articleA();
    const homsTrigger = a.analysis!.events[1].trigger;
    const c: Correction = { ...base('a1', 'e2'), kind: 'place', place: SYRIA, trigger: { ...homsTrigger } };
    // Re-analysis: same text, events come out in the other order with new ids.
    const renumbered = { ...a, analysis: makeAnalysis(TEXT_A, [{ ...a.analysis!.events[1], id: 'e1' }, { ...a.analysis!.events[0], id: 'e2' }]) };
    const events = applyCorrections([renumbered], [c]);
    const corrected = events.find((e) => e.corrected.length > 0)!;
    expect(corrected.trigger.text).toBe('raid');
    expect(corrected.place!.name).toBe('Syria');
    expect(events.find((e) => e.trigger.text === 'struck')!.place!.name).toBe('Aleppo');
  });

  it('tells apart events that share one trigger (one per listed place) by their id', () => {
    const a = articleA();
    const struck = a.analysis!.events[0];
    // "jets struck depots near Aleppo and Homs": the engine emits one event per listed place on one trigger.
    const sibling = { ...struck, id: 'e3', place: HOMS };
    const listed = { ...a, analysis: makeAnalysis(TEXT_A, [struck, a.analysis!.events[1], sibling]) };
    const c: Correction = { ...base('a1', 'e3'), kind: 'place', place: SYRIA, trigger: { ...struck.trigger } };
    const events = applyCorrections([listed], [c]);
    expect(events.find((e) => e.key === 'a1:e3')!.place!.name).toBe('Syria');
    expect(events.find((e) => e.key === 'a1:e1')!.place!.name).toBe('Aleppo');
  });

  it('keeps a correction whose event vanished as an orphan instead of dropping it', () => {
    const a = articleA();
    const c: Correction = { ...base('a1', 'e2'), kind: 'place', place: SYRIA, trigger: { ...a.analysis!.events[1].trigger } };
    const reanalysed = { ...a, analysis: makeAnalysis(TEXT_A, [a.analysis!.events[0]]) };
    const r = applyCorrectionsDetailed([reanalysed], [c]);
    expect(r.orphans).toEqual([c]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0].corrected).toEqual([]);
  });

  it('does not call a correction orphaned while its article waits for analysis', () => {
    const pending = { ...articleA(), analysis: null };
    const r = applyCorrectionsDetailed([pending], [{ ...base('a1', 'e1'), kind: 'delete' }]);
    expect(r.orphans).toEqual([]);
    expect(r.events).toEqual([]);
  });

  it('adds a user event that later corrections can move', () => {
    const a = articleA();
    const added = { ...a.analysis!.events[1], id: 'user-1', place: null, confidence: 1 };
    const cs: Correction[] = [
      { ...base('a1', ''), kind: 'add', event: added },
      { ...base('a1', 'user-1'), kind: 'move', lat: 34.7, lon: 36.7 },
    ];
    const events = applyCorrections([a], cs);
    const e = events.find((x) => x.key === 'a1:user-1')!;
    expect(e.corrected).toEqual(['add', 'move']);
    expect(e.place).toMatchObject({ name: 'Position set by hand', lat: 34.7, lon: 36.7, precision: 'point' });
  });

  it('links the same strike from two articles into one event with both sources', () => {
    const link: Correction = { ...base('a1', 'e1'), kind: 'link', otherArticleId: 'b1', otherEventId: 'e1' };
    const events = applyCorrections([articleA(), articleBWeekEarlier()], [link]);
    expect(events.map((e) => e.key)).toEqual(['a1:e1', 'a1:e2']);
    const merged = events[0];
    expect(merged.sources.map((s) => `${s.articleId}:${s.eventId}`)).toEqual(['a1:e1', 'b1:e1']);
    expect(merged.sources[1].excerpt.text).toBe(articleBWeekEarlier().text);
    expect(merged.mergeReason).toBe('linked by hand');
    // Two reports of one event: the better-informed count, not the sum.
    expect(merged.fatalities).toEqual({ min: 5, max: 7 });
    expect(merged.corrected).toContain('link');
  });

  it('merges chains of links into one group and reports a link to a missing event', () => {
    const c1 = { ...articleA('c1') };
    const links: Correction[] = [
      { ...base('a1', 'e1'), kind: 'link', otherArticleId: 'b1', otherEventId: 'e1' },
      { ...base('b1', 'e1'), kind: 'link', otherArticleId: 'c1', otherEventId: 'e1' },
      { ...base('a1', 'e2'), kind: 'link', otherArticleId: 'gone', otherEventId: 'e9' },
    ];
    const r = applyCorrectionsDetailed([articleA(), articleBWeekEarlier(), c1], links);
    const head = r.events.find((e) => e.key === 'a1:e1')!;
    expect(head.sources.map((s) => s.articleId)).toEqual(['a1', 'b1', 'c1']);
    expect(r.events.some((e) => e.key === 'b1:e1' || e.key === 'c1:e1')).toBe(false);
    expect(r.orphans).toEqual([links[2]]);
  });

  it('a place correction carries the chosen candidate as it is', () => {
    const events = applyCorrections([articleA()], [{ ...base('a1', 'e1'), kind: 'place', place: HOMS }]);
    expect(events[0].place).toEqual(HOMS);
  });
});
