// GeoJSON export: RFC 7946 shape, [lon, lat] order, honest precision, provenance in properties.
import { describe, expect, it } from 'vitest';
import { analysisFeatures, featureCollection, toGeoJSON } from '../../../src/core/export/geojson.ts';
import { ANALYSIS, DAMASCUS, SYRIA, TEXT } from './analysis-fixture.ts';

describe('toGeoJSON', () => {
  const fc = toGeoJSON(ANALYSIS);
  const events = fc.features.filter((f) => f.properties?.kind === 'event');
  const places = fc.features.filter((f) => f.properties?.kind === 'place');

  it('is a FeatureCollection whose points are [lon, lat]', () => {
    expect(fc.type).toBe('FeatureCollection');
    const damascus = events.find((f) => f.id === 'e2')!;
    expect(damascus.geometry).toEqual({ type: 'Point', coordinates: [DAMASCUS.lon, DAMASCUS.lat] });
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      if (f.geometry) {
        const [lon, lat] = f.geometry.coordinates;
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      }
    }
    // A round-trip through JSON keeps it valid (no undefined, no functions).
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('flags country- and region-level items so they are not drawn as pins', () => {
    const strike = events.find((f) => f.id === 'e1')!;
    expect(strike.properties).toMatchObject({ type: 'air_strike', label: 'Air strike', acledSubEventType: 'Air/drone strike', precision: 'country', approximate: true, place: 'Syria', country: 'SY' });
    expect(strike.geometry?.coordinates).toEqual([SYRIA.lon, SYRIA.lat]);
    expect(events.find((f) => f.id === 'e2')!.properties).toMatchObject({ precision: 'city', approximate: false });
  });

  it('carries date, fatalities and the excerpt with its offsets into the text', () => {
    const p = events.find((f) => f.id === 'e1')!.properties!;
    expect(p).toMatchObject({ date: '2020-05-04', dateEnd: '2020-05-04', datePrecision: 'part-of-day', dateText: 'on Monday night', fatalitiesMin: 14, fatalitiesMax: 14, attacker: 'Israel', claim: 'alleged' });
    expect(TEXT.slice(p.excerptStart as number, p.excerptEnd as number)).toBe(p.excerpt);
  });

  it('keeps an unlocated event with a null geometry unless asked not to', () => {
    expect(events.find((f) => f.id === 'e3')!.geometry).toBeNull();
    expect(analysisFeatures(ANALYSIS, { unlocated: false }).some((f) => f.id === 'e3')).toBe(false);
  });

  it('gives one place feature per place and role, with the mention spans, skipping unresolved mentions', () => {
    expect(places.map((f) => [f.properties!.name, f.properties!.role])).toEqual([
      ['Tel Aviv', 'dateline'],
      ['Syria', 'literal'],
      ['Damascus', 'literal'],
    ]);
    const telAviv = places[0].properties!;
    expect(telAviv.mentions).toEqual([{ start: 0, end: 8, text: 'TEL AVIV' }]);
    expect(telAviv.approximate).toBe(false);
  });

  it('merges extra properties for a multi-article workspace', () => {
    const features = [...analysisFeatures(ANALYSIS, { props: { article: 'a1' } }), ...analysisFeatures(ANALYSIS, { props: { article: 'a2' } })];
    const merged = featureCollection(features);
    expect(merged.features).toHaveLength(2 * fc.features.length);
    expect(new Set(merged.features.map((f) => f.properties!.article))).toEqual(new Set(['a1', 'a2']));
  });

  it('never emits coordinates outside the globe', () => {
    const broken = { ...ANALYSIS, events: [{ ...ANALYSIS.events[0], place: { ...SYRIA, lat: Number.NaN } }] };
    expect(toGeoJSON(broken).features[0].geometry).toBeNull();
  });
});
