// Texts the app accepts (up to 10 MB, a million short lines) and lists as long as their words never
// overflow the call stack: no stage spreads a list into call arguments (test/lint/call-spread.test.ts
// keeps it so), and these are the inputs that used to throw "Maximum call stack size exceeded".
import { describe, expect, it } from 'vitest';
import { findSections, findSentences, placeFeature } from '../../src/core/index.ts';
import type { Mention } from '../../src/core/index.ts';
import { testEngine } from '../helpers/engine.ts';

describe('inputs with a million parts', () => {
  it('a million short lines split into sections and sentences', () => {
    const text = 'a\n'.repeat(1_000_000);
    const sections = findSections(text);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections[sections.length - 1]!.end).toBeLessThanOrEqual(text.length);
    expect(findSentences(text).length).toBeGreaterThan(0);
  });

  it('a section with 200,000 dates', () => {
    const text = 'Monday, '.repeat(200_000);
    const layout = { sections: findSections(text), sentences: findSentences(text) };
    const dates = testEngine().stages.dates(text, layout, '2020-05-06');
    expect(dates.length).toBeGreaterThan(150_000);
  });

  it('a place named 300,000 times becomes one GeoJSON feature', () => {
    const place = { name: 'Gaza', lat: 31.5, lon: 34.47, precision: 'city' as const };
    const mentions: Mention[] = Array.from({ length: 300_000 }, (_, i) => ({
      start: i * 6, end: i * 6 + 4, text: 'Gaza', role: 'literal', place, score: i === 7 ? 0.9 : 0.5, reason: 'r', alternatives: [],
    }));
    const feature = placeFeature({ place, role: 'literal', mentions });
    expect(feature.properties?.score).toBe(0.9);
  });
});
