import { expect, test } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { selectDatelines, selectMapPlaces } from '../../src/app/selectors/map-layers.ts';
import { selectTimeDomain } from '../../src/app/selectors/time-domain.ts';
import { selectTimeExtent } from '../../src/app/selectors/time-extent.ts';
import fc from 'fast-check';
import { daySpans, makeVisibleEventsSelector, selectInWindow, selectInWindowByDays, selectVisibleEvents } from '../../src/app/selectors/visible-events.ts';
import { hiddenTypes, toggleType } from '../../src/app/view-state.ts';
import analysis from '../fixtures/ui/sample-analysis.json';
import { fixtureArticle, toWorkspaceEvents } from './fixture-workspace.ts';

const article = fixtureArticle('a1', 'x'.repeat(5000), analysis as unknown as Analysis);
const events = toWorkspaceEvents([article]);

test('the window keeps events whose date range meets it; undated events are kept apart', () => {
  const v = selectVisibleEvents(events, { start: '2020-01-01', end: '2020-12-31' }, {});
  expect(v.inWindow.map((e) => e.type)).toEqual(['withdrawal', 'air_strike']);
  expect(v.undated.map((e) => e.type)).toEqual(['killing']);
  expect(v.dated.map((e) => e.date!.start)).toEqual(['2019-01-21', '2020-04-27', '2020-05-04']);
  // A week-long range that only starts before the window still overlaps it.
  expect(selectVisibleEvents(events, { start: '2020-05-05', end: '2020-05-05' }, {}).inWindow.map((e) => e.type)).toEqual(['withdrawal']);
  expect(selectVisibleEvents(events, null, { types: ['missile_attack'] }).dated.map((e) => e.type)).toEqual(['missile_attack']);
});

test('the memoised selector: equal windows give the same result; a moved window keeps the sorted list', () => {
  const sel = makeVisibleEventsSelector();
  const w = { start: '2019-01-01', end: '2020-12-31' };
  const f = {};
  const a = sel(events, w, f);
  expect(sel(events, { ...w }, f)).toBe(a);
  const whole = sel(events, null, f);
  expect(sel(events, w, f)).toBe(a);
  const moved = sel(events, { start: '2020-01-01', end: '2020-12-31' }, f);
  expect(moved).not.toBe(a);
  expect(moved.dated).toBe(a.dated);
  expect(moved.inWindow.map((e) => e.date!.start)).toEqual(['2020-04-27', '2020-05-04']);
  expect(whole.inWindow).toBe(whole.dated);
  expect(sel(events, w, { types: ['killing'] }).dated).not.toBe(a.dated);
});

test('the window scan over day numbers keeps exactly the events the date strings keep', () => {
  const day = (n: number) => new Date(Date.UTC(2019, 11, 1) + n * 86_400_000).toISOString().slice(0, 10);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 40 })), { maxLength: 80 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 200 }), (spans, from, len) => {
      const evs = spans
        .map(([s, l], i) => ({ ...events[0]!, key: `k${i}`, date: { ...events[0]!.date!, start: day(s), end: day(s + l) } }))
        .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
      const w = { start: day(from), end: day(from + len) };
      expect(selectInWindowByDays(evs, daySpans(evs), w).map((e) => e.key)).toEqual(selectInWindow(evs, w).map((e) => e.key));
    }),
  );
});

test('time extent and domain pad the events and hold a window outside them', () => {
  const ext = selectTimeExtent(events)!;
  expect(ext).toEqual({ start: '2019-01-21', end: '2020-05-05' });
  expect(selectTimeDomain(ext, null, '2020-05-06')).toEqual({ start: '2019-01-19', end: '2020-05-07' });
  expect(selectTimeDomain(ext, { start: '2018-01-01', end: '2018-02-01' }, null).start).toBe('2018-01-01');
  // A window at the padded edge does not widen the axis again (it would creep on every render).
  const d = selectTimeDomain(ext, null, null);
  expect(selectTimeDomain(ext, d, null)).toEqual(d);
  expect(selectTimeDomain(null, null, '2020-05-06')).toEqual({ start: '2020-04-27', end: '2020-05-15' });
});

test('places layer: literal and demonym mentions merged per place; metonymy and dateline left out', () => {
  const places = selectMapPlaces([article], undefined);
  const names = places.map((p) => p.place.name).sort();
  expect(names).toEqual(['Damascus', 'Iran', 'Israel', 'Lebanon', 'Syria']);
  expect(places.find((p) => p.place.name === 'Syria')!.names.sort()).toEqual(['Syria', 'Syrian']);
  expect(selectMapPlaces([article], ['other'])).toEqual([]);
  const dl = selectDatelines([article], undefined);
  expect(dl.map((d) => [d.place.name, d.words])).toEqual([['Tel Aviv', 'TEL AVIV']]);
});

test('type toggles keep the shared filter as the list of shown types, empty meaning all', () => {
  const off = toggleType({}, 'air_strike');
  expect(off.types).not.toContain('air_strike');
  expect([...hiddenTypes(off)]).toEqual(['air_strike']);
  expect(toggleType(off, 'air_strike')).toEqual({});
});
