// The same incident told by several articles is one workspace event with every source and the
// reason; a person can say "not the same incident" and that survives re-analysis, export and import.
// Invented articles.
import { describe, expect, it } from 'vitest';
import { applyCorrections, applyCorrectionsDetailed } from '../../../src/features/workspace/apply-corrections.ts';
import { parseWorkspaceFile, serializeWorkspace } from '../../../src/features/workspace/export.ts';
import { planImport } from '../../../src/features/workspace/import-merge.ts';
import { prepareCorrection } from '../../../src/features/workspace/prepare-correction.ts';
import type { Place } from '../../../src/core/index.ts';
import type { Correction, WorkspaceArticle } from '../../../src/shared/model/workspace.ts';
import { ALEPPO, HOMS, articleA, articleB, articleBWeekEarlier, makeAnalysis, makeEvent } from './fixtures.ts';

let n = 0;
const at = () => `2026-02-01T00:00:${String(10 + n++).padStart(2, '0')}.000Z`;
const base = (articleId: string, eventId: string) => ({ id: `s${n}`, articleId, eventId, at: at() });
const separate = (a: string, b: string): Extract<Correction, { kind: 'separate' }> => ({ ...base(a, 'e1'), kind: 'separate', otherArticleId: b, otherEventId: 'e1' });

/** A one-sentence article reporting an air strike at `place` on `day`. */
function report(id: string, place: Place, day = '2020-05-04', published = '2020-05-06'): WorkspaceArticle {
  const text = `Warplanes struck ${place.name} on Monday, killing four people.`;
  const e = makeEvent(text, 'e1', 'struck', place, text);
  return { id, text, published, addedAt: '2026-01-01T00:00:00.000Z', analysis: makeAnalysis(text, [{ ...e, fatalities: { min: 4, max: 4 }, date: { ...e.date!, start: day, end: day } }], published) };
}

const IDLIB: Place = { name: 'Idlib', lat: 35.93, lon: 36.63, precision: 'city', country: 'SY', geonameId: 169389 };

describe('one incident across articles', () => {
  it('shows the same strike told by two articles as one event with both sources and the reason', () => {
    const events = applyCorrections([articleA(), articleB()], []);
    expect(events.map((e) => e.key)).toEqual(['a1:e1', 'a1:e2']);
    const strike = events[0]!;
    expect(strike.sources.map((s) => `${s.articleId}:${s.eventId}`)).toEqual(['a1:e1', 'b1:e1']);
    expect(strike.sources[1]!.excerpt.text).toBe(articleB().text);
    expect(strike.mergeReason).toBe('both an air strike, at Aleppo, on 2020-05-04');
    // Not a correction: nobody changed anything.
    expect(strike.corrected).toEqual([]);
    // Two reports of one strike: the better-informed toll, not the sum.
    expect(strike.fatalities).toEqual({ min: 5, max: 7 });
    // The event told by one article has no reason to show.
    expect(events[1]!.mergeReason).toBeUndefined();
  });

  it('counts three articles of one strike once, and leaves the others alone', () => {
    const events = applyCorrections([report('x', ALEPPO), report('y', ALEPPO), report('z', ALEPPO), report('w', HOMS)], []);
    expect(events).toHaveLength(2);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['x', 'y', 'z']);
    expect(events[1]!.sources.map((s) => s.articleId)).toEqual(['w']);
  });

  it('never merges strikes on different days or in different towns', () => {
    expect(applyCorrections([report('x', ALEPPO, '2020-05-04'), report('y', ALEPPO, '2020-05-05')], [])).toHaveLength(2);
    expect(applyCorrections([report('x', ALEPPO), report('y', HOMS)], [])).toHaveLength(2);
    expect(applyCorrections([report('x', IDLIB), report('y', ALEPPO)], [])).toHaveLength(2);
    expect(applyCorrections([articleA(), articleBWeekEarlier()], [])).toHaveLength(3);
  });

  it('decides on the corrected event: a date or place set by hand can join or part two reports', () => {
    const parted = applyCorrections([report('x', ALEPPO), report('y', ALEPPO)], [{ ...base('y', 'e1'), kind: 'date', date: '2020-05-02' }]);
    expect(parted).toHaveLength(2);
    const joined = applyCorrections([report('x', ALEPPO), report('y', HOMS)], [{ ...base('y', 'e1'), kind: 'place', place: ALEPPO }]);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.sources).toHaveLength(2);
  });

  it('leaves a deleted event out of the incident', () => {
    const events = applyCorrections([report('x', ALEPPO), report('y', ALEPPO)], [{ ...base('y', 'e1'), kind: 'delete' }]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['x']);
  });

  it('joins a link by hand with an automatic group, saying both', () => {
    const events = applyCorrections(
      [articleA(), articleB(), { ...articleBWeekEarlier('c1') }],
      [{ ...base('c1', 'e1'), kind: 'link', otherArticleId: 'b1', otherEventId: 'e1' }],
    );
    expect(events.map((e) => e.key)).toEqual(['a1:e1', 'a1:e2']);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a1', 'b1', 'c1']);
    expect(events[0]!.mergeReason).toBe('both an air strike, at Aleppo, on 2020-05-04; linked by hand');
    expect(events[0]!.corrected).toContain('link');
  });

  it('lets the finest place stand for the incident', () => {
    const aleppoGovernorate: Place = { name: 'Aleppo Governorate', lat: 36.25, lon: 37.5, precision: 'region', country: 'SY', admin1: 'Aleppo' };
    const city = { ...ALEPPO, admin1: 'Aleppo' };
    const events = applyCorrections([report('x', aleppoGovernorate), report('y', city)], []);
    expect(events).toHaveLength(1);
    expect(events[0]!.key).toBe('y:e1');
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['y', 'x']);
    expect(events[0]!.mergeReason).toMatch(/at Aleppo, in Aleppo Governorate/);
  });
});

describe('"not the same incident"', () => {
  it('undoes an automatic merge, and marks both events', () => {
    const events = applyCorrections([articleA(), articleB()], [separate('a1', 'b1')]);
    expect(events.map((e) => e.key)).toEqual(['a1:e1', 'a1:e2', 'b1:e1']);
    expect(events.every((e) => e.sources.length === 1 && e.mergeReason === undefined)).toBe(true);
    expect(events[0]!.corrected).toEqual(['separate']);
    expect(events[2]!.corrected).toEqual(['separate']);
  });

  it('parts only the two named: the third report stays with the first', () => {
    const events = applyCorrections([report('x', ALEPPO), report('y', ALEPPO), report('z', ALEPPO)], [separate('x', 'y')]);
    expect(events.map((e) => e.sources.map((s) => s.articleId))).toEqual([['x', 'z'], ['y']]);
  });

  it('undoes an earlier link of the same two, and a later link joins them again', () => {
    const link: Correction = { ...base('a1', 'e1'), kind: 'link', otherArticleId: 'b1', otherEventId: 'e1' };
    const apart = separate('b1', 'a1');
    expect(applyCorrections([articleA(), articleBWeekEarlier()], [link])).toHaveLength(2);
    expect(applyCorrections([articleA(), articleBWeekEarlier()], [link, apart])).toHaveLength(3);
    const again: Correction = { ...link, id: 'later', at: at() };
    expect(applyCorrections([articleA(), articleBWeekEarlier()], [apart, again, link])).toHaveLength(2);
  });

  it('finds its events by their words after a re-analysis renumbers them', () => {
    const a = articleA();
    const c = prepareCorrection({ kind: 'separate', articleId: 'a1', eventId: 'e1', otherArticleId: 'b1', otherEventId: 'e1' }, [a, articleB()], [], { id: 'c1', at: at(), userEventId: 'u1' });
    expect(c).toMatchObject({ trigger: { text: 'struck' }, otherTrigger: { text: 'bombed' } });
    const renumbered = { ...a, analysis: makeAnalysis(a.text, [{ ...a.analysis!.events[1]!, id: 'e1' }, { ...a.analysis!.events[0]!, id: 'e2' }]) };
    const r = applyCorrectionsDetailed([renumbered, articleB()], [c]);
    expect(r.orphans).toEqual([]);
    expect(r.events).toHaveLength(3);
  });

  it('reports a separation whose event is gone', () => {
    const r = applyCorrectionsDetailed([articleA(), articleB()], [{ ...separate('a1', 'b1'), otherArticleId: 'gone' }]);
    expect(r.orphans).toHaveLength(1);
    expect(r.events).toHaveLength(2);
  });

  it('survives export and import, and follows a renamed article', () => {
    const c: Correction = { ...separate('a1', 'b1'), otherTrigger: { ...articleB().analysis!.events[0]!.trigger } };
    const parsed = parseWorkspaceFile(serializeWorkspace([articleA(), articleB()], [c], '2026-02-01T00:00:00.000Z'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.file.corrections).toEqual([c]);
    expect(applyCorrections(parsed.file.articles, parsed.file.corrections)).toHaveLength(3);
    // A separation naming an article the file lacks is left out with its reason.
    const bad = parseWorkspaceFile(serializeWorkspace([articleA(), articleB()], [{ ...c, otherArticleId: 'nope' }], 'x'));
    expect(bad.ok && bad.skipped[0]).toMatch(/otherArticleId: no article "nope"/);
    // Keep both: the file's B gets a new id, and the separation follows it.
    const here = [{ ...articleB(), text: 'Other words entirely.' }];
    const plan = planImport(here, parsed.file, 'keep-both', (p) => `${p}-new`);
    expect(plan.corrections[0]).toMatchObject({ kind: 'separate', articleId: 'a1', otherArticleId: 'a-new' });
  });
});
