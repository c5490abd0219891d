import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/features/workspace/apply-corrections.ts';
import { buildExport, parseWorkspaceFile, serializeWorkspace, workspaceCSV, workspaceGeoJSON } from '../../../src/features/workspace/export.ts';
import { filterEvents } from '../../../src/features/workspace/filter-events.ts';
import type { Correction } from '../../../src/shared/model/workspace.ts';
import { HOMS, articleA, articleB } from './fixtures.ts';

const a = { ...articleA(), sourceUrl: 'https://example.org/a', title: 'Report A' };
const b = { ...articleB(), title: '=HYPERLINK("http://evil")' };
const corrections: Correction[] = [
  { id: 'c1', articleId: 'a1', eventId: 'e2', at: '2026-01-01T00:00:01.000Z', kind: 'place', place: HOMS, trigger: { ...a.analysis!.events[1].trigger } },
  { id: 'c2', articleId: 'a1', eventId: 'e1', at: '2026-01-01T00:00:02.000Z', kind: 'link', otherArticleId: 'b1', otherEventId: 'e1' },
];
const events = applyCorrections([a, b], corrections);

describe('workspace GeoJSON', () => {
  it('writes corrected, merged events with unique ids and [lon, lat] points', () => {
    const fc = workspaceGeoJSON([a, b], events);
    expect(fc.type).toBe('FeatureCollection');
    const evs = fc.features.filter((f) => f.properties?.kind === 'event');
    expect(evs.map((f) => f.id)).toEqual(['a1:e1', 'a1:e2']);
    const linked = evs[0];
    expect(linked.geometry).toEqual({ type: 'Point', coordinates: [37.16, 36.2] });
    expect(linked.properties).toMatchObject({ article: 'a1', source: 'https://example.org/a', corrected: ['link'] });
    expect((linked.properties!.sources as unknown[]).length).toBe(2);
    expect(evs[1].properties).toMatchObject({ place: 'Homs', corrected: ['place'] });
  });
});

describe('workspace GeoJSON points', () => {
  it('keeps the gazetteer point as geometry and says where the map draws the marker', () => {
    const syria = { name: 'Syria', lat: 35, lon: 38, precision: 'country' as const, country: 'SY' };
    const country = { ...events[0]!, key: 'x:1', place: syria };
    const [f] = workspaceGeoJSON([a], [country]).features;
    expect(f!.geometry).toEqual({ type: 'Point', coordinates: [38, 35] });
    expect(f!.properties).toMatchObject({ precision: 'country', approximate: true, geometrySource: 'gazetteer', displayPointSource: 'label-point' });
    const [lon, lat] = f!.properties!.displayPoint as [number, number];
    expect([lon, lat]).not.toEqual([38, 35]);
    expect(lat).toBeGreaterThan(32);
    expect(lat).toBeLessThan(37);
    const [city] = workspaceGeoJSON([a], [events[0]!]).features;
    expect(city!.properties).toMatchObject({ displayPoint: [37.16, 36.2], displayPointSource: 'gazetteer' });
  });
});

describe('workspace CSV', () => {
  it('has the engine columns plus the workspace ones, one row per shown event, formulas neutralised', () => {
    const csv = workspaceCSV([a, b], events);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0].startsWith('event_id,event_date,event_date_end,time_precision,event_type')).toBe(true);
    expect(lines[0].endsWith(',article_id,corrected,sources')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith('a1:e1,2020-05-04,')).toBe(true);
    // Both reports are named; the hostile title sits mid-cell, where no spreadsheet reads a formula.
    expect(lines[1]).toContain(`"https://example.org/a | =HYPERLINK(""http://evil"")"`);
    expect(lines[1].endsWith(',a1,link,"https://example.org/a | =HYPERLINK(""http://evil"")"')).toBe(true);
    expect(lines[2]).toContain('Homs');
  });

  it('a source cell made only of a formula gets neutralised', () => {
    const only = workspaceCSV([b], applyCorrections([b], []));
    expect(only).toContain(`'=HYPERLINK`);
  });
});

describe('Dateline JSON', () => {
  it('round-trips articles and corrections exactly', () => {
    const text = serializeWorkspace([a, b], corrections, '2026-01-01T00:00:00.000Z');
    const parsed = parseWorkspaceFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.articles).toEqual([a, b]);
    expect(parsed.file.corrections).toEqual(corrections);
    const f = buildExport('json', { articles: [a, b], corrections, events: [] }, '2026-01-01', '2026-01-01T00:00:00.000Z');
    expect(f.name).toBe('dateline-workspace-2026-01-01.dateline.json');
    expect(f.parts.join('')).toBe(text);
  });

  it('drops an analysis from another engine version, to be redone, and keeps the rest', () => {
    const f = JSON.parse(serializeWorkspace([a, b], corrections, 'x'));
    f.articles[0].analysis.schemaVersion = 99;
    f.articles[0].analysis.events = 'whatever a future engine writes';
    const parsed = parseWorkspaceFile(JSON.stringify(f));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.stale).toBe(1);
    expect(parsed.file.articles[0]).toEqual({ ...a, analysis: null });
    expect(parsed.file.articles[1]).toEqual(b);
    expect(parsed.file.corrections).toEqual(corrections);
  });

  const good = () => JSON.parse(serializeWorkspace([a, b], corrections, 'x'));
  const bad: [string, (f: any) => unknown, RegExp][] = [
    ['not JSON', () => '{', /not valid JSON/],
    ['another format', (f) => ({ ...f, format: 'geojson' }), /not a Dateline workspace/],
    ['a newer version', (f) => ({ ...f, version: 9 }), /version 9/],
    ['a version that is an object with a toString', (f) => ({ ...f, version: { toString: 1 } }), /version an object/],
    ['a list that is an object', (f) => ({ ...f, articles: {} }), /expected a list/],
    ['null', () => null, /expected an object/],
    ['a file none of whose records can be read', (f) => { for (const x of f.articles) delete x.text; return f; }, /damaged.*articles\[0\].*\.text/],
  ];
  for (const [what, mutate, message] of bad) {
    it(`refuses ${what} with a clear message`, () => {
      const r = mutate(good());
      const parsed = parseWorkspaceFile(typeof r === 'string' ? r : JSON.stringify(r));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    });
  }

  // One bad record is left out alone, with its reason; the rest of the file comes in.
  const oneBad: [string, (f: any) => void, { articles: string[]; corrections: number; message: RegExp }][] = [
    ['an article without text', (f) => { delete f.articles[0].text; }, { articles: ['b1'], corrections: 0, message: /^articles\[0\] \("Report A"\): articles\[0\]\.text: expected text/ }],
    ['an impossible date', (f) => { f.articles[1].published = '2020-13-01'; }, { articles: ['a1'], corrections: 1, message: /articles\[1\]\.published: "2020-13-01" is not a real YYYY-MM-DD date/ }],
    ['a correction for a missing article', (f) => { f.corrections[0].articleId = 'zz'; }, { articles: ['a1', 'b1'], corrections: 1, message: /corrections\[0\]\.articleId: no article "zz"/ }],
    ['an unknown correction kind', (f) => { f.corrections[0].kind = 'rewrite'; }, { articles: ['a1', 'b1'], corrections: 1, message: /unknown kind/ }],
    ['duplicate article ids', (f) => { f.articles[1].id = f.articles[0].id; }, { articles: ['a1'], corrections: 1, message: /articles\[1\]\.id: the id "a1" appears twice/ }],
  ];
  for (const [what, mutate, expected] of oneBad) {
    it(`leaves out ${what} alone, saying why, and imports the rest`, () => {
      const f = good();
      mutate(f);
      const parsed = parseWorkspaceFile(JSON.stringify(f));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.file.articles.map((x) => x.id)).toEqual(expected.articles);
      expect(parsed.file.corrections.length).toBe(expected.corrections);
      expect(parsed.skipped.length).toBeGreaterThan(0);
      expect(parsed.skipped[0]).toMatch(expected.message);
    });
  }

  // A damaged analysis costs only the analysis: the article is kept and analysed again.
  const badAnalysis: [string, (f: any) => void, RegExp][] = [
    ['a span outside the text', (f) => { f.articles[0].analysis.events[0].trigger.end = 99999; }, /trigger\.end/],
    ['a latitude out of range', (f) => { f.articles[0].analysis.events[0].place.lat = 91; }, /place\.lat/],
    ['an unknown event type', (f) => { f.articles[0].analysis.events[0].type = 'nuke'; }, /type/],
    ['an analysis length that does not match', (f) => { f.articles[0].analysis.article.length = 3; }, /does not match/],
    ['a date the engine wrote before it kept to the years 1-9999', (f) => { f.articles[0].analysis.events[0].date.start = '-980-01-01'; }, /events\[0\]\.date\.start/],
  ];
  for (const [what, mutate, message] of badAnalysis) {
    it(`keeps the article of an analysis with ${what}, to be analysed again`, () => {
      const f = good();
      mutate(f);
      const parsed = parseWorkspaceFile(JSON.stringify(f));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.file.articles[0]).toEqual({ ...a, analysis: null });
      expect(parsed.file.articles[1]).toEqual(b);
      expect(parsed.file.corrections).toEqual(corrections);
      expect(parsed.damaged).toHaveLength(1);
      expect(parsed.damaged[0]).toMatch(/its analysis was damaged/);
      expect(parsed.damaged[0]).toMatch(message);
      expect(parsed.skipped).toEqual([]);
    });
  }

  it('reads an exportedAt of any kind without throwing, as text or not at all', () => {
    const parsed = parseWorkspaceFile(JSON.stringify({ ...good(), exportedAt: { toString: 1 } }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.exportedAt).toBe('');
  });
});

describe('filterEvents', () => {
  it('filters by article, type and confidence; linked events match any of their articles', () => {
    expect(filterEvents(events, { articles: ['b1'] }).map((e) => e.key)).toEqual(['a1:e1']);
    expect(filterEvents(events, { types: ['raid'] }).map((e) => e.key)).toEqual(['a1:e2']);
    const low = applyCorrections([articleA()], []);
    expect(filterEvents(low, { minConfidence: 0.9 })).toEqual([]);
    // A corrected event is vouched for by a person.
    expect(filterEvents(events, { minConfidence: 0.9 }).map((e) => e.key)).toEqual(['a1:e1', 'a1:e2']);
    expect(filterEvents(events, undefined)).toHaveLength(2);
  });
});
