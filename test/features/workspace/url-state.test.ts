import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState, withViewState } from '../../../src/features/workspace/url-state.ts';
import type { ViewState } from '../../../src/shared/model/workspace.ts';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      window: { start: '2020-05-01', end: '2020-05-06' },
      selected: 'a-1:e2',
      map: { lat: 35.12345, lon: 38.5, zoom: 6 },
      filters: { articles: ['a-1', 'b,2'], types: ['air_strike', 'raid'], minConfidence: 0.5 },
    };
    expect(decodeViewState(encodeViewState(view))).toEqual(view);
    expect(decodeViewState(`?${encodeViewState(view)}`)).toEqual(view);
    expect(encodeViewState({})).toBe('');
    expect(decodeViewState('')).toEqual({});
  });

  it('drops what does not check out and keeps the rest', () => {
    const v = decodeViewState('from=2020-02-30&to=2020-03-01&map=95,10,3&type=air_strike&type=__proto__&type=nuke&conf=7&sel=x');
    expect(v).toEqual({ selected: 'x', filters: { types: ['air_strike'] } });
    expect(decodeViewState('from=2020-05-06&to=2020-05-01').window).toEqual({ start: '2020-05-01', end: '2020-05-06' });
    expect(decodeViewState('map=1e3,2,3&conf=NaN').map).toBeUndefined();
    expect(decodeViewState('%E0%A4%A&sel=%ZZ')).toEqual({ selected: '%ZZ' });
  });

  it('keeps unrelated parameters when writing the view', () => {
    expect(withViewState('?debug=1&sel=old', { selected: 'new' })).toBe('?debug=1&sel=new');
    expect(withViewState('?sel=old', {})).toBe('');
  });

  it('never throws on any string and always yields valid parts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const v = decodeViewState(s);
        if (v.map) expect(Math.abs(v.map.lat)).toBeLessThanOrEqual(90);
        if (v.window) expect(v.window.start <= v.window.end).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('from=', 'to=', '2020-01-0', '&', 'map=', ',', '1', '-', '.', 'conf=', 'type=raid', 'art=', '%'), { maxLength: 30 }), (parts) => {
        decodeViewState(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any well-formed view', () => {
    const dayArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const viewArb = fc.record(
      {
        window: fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
        selected: fc.string({ minLength: 1, maxLength: 50 }),
        map: fc.record({ lat: fc.integer({ min: -9000000, max: 9000000 }).map((n) => n / 1e5), lon: fc.integer({ min: -18000000, max: 18000000 }).map((n) => n / 1e5), zoom: fc.integer({ min: 0, max: 22 }) }),
        filters: fc.record({
          articles: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 }),
          types: fc.uniqueArray(fc.constantFrom('air_strike', 'shelling', 'raid', 'other' as const), { minLength: 1 }),
          minConfidence: fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
        }, { requiredKeys: [] }).filter((f) => Object.keys(f).length > 0),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(viewArb, (view) => {
      expect(decodeViewState(encodeViewState(view as ViewState))).toEqual(view);
    }), { numRuns: 300 });
  });
});
