import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { taggerLed } from '../../../src/core/tagger/combine.ts';

const mention = (start: number, end: number, role = 'literal', precision = 'city') => ({ start, end, role, place: { precision } });

describe('tagger-led combination', () => {
  it('keeps rule mentions a tagger span overlaps, country names, named regions and demonyms; drops the rest', () => {
    const mentions = [
      mention(0, 5), // backed
      mention(10, 16), // not backed: dropped
      mention(20, 25, 'literal', 'country'), // a country name: kept
      mention(30, 37, 'demonym', 'country'), // a demonym: kept
      mention(40, 52), // partly backed: kept
      { start: 60, end: 64, role: 'literal', place: null }, // unplaced and not backed: dropped
      { start: 70, end: 83, role: 'literal', place: { precision: 'region', featureCode: 'RGN' } }, // a named region: kept
      { start: 90, end: 97, role: 'literal', place: { precision: 'region', featureCode: 'ADM1' } }, // an admin-1 name: needs the tagger
    ];
    const kept = taggerLed(mentions, [{ start: 45, end: 55 }, { start: 0, end: 5 }]);
    expect(kept.map((m) => m.start)).toEqual([0, 20, 30, 40, 70]);
  });

  it('agrees with the plain overlap rule on any disjoint spans', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 15 })).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 20 }), (ms, raw) => {
        // propose() never returns overlapping spans
        const proposals: { start: number; end: number }[] = [];
        for (const s of raw.sort((a, b) => a.start - b.start)) if (!proposals.length || s.start >= proposals[proposals.length - 1].end) proposals.push(s);
        const mentions = ms.map((m) => mention(m.start, m.end));
        const expected = mentions.filter((m) => proposals.some((p) => p.start < m.end && m.start < p.end));
        expect(taggerLed(mentions, proposals)).toEqual(expected);
      }),
    );
  });

  it('with the text, keeps an acting capital and an item of a list the tagger left out, and nothing else', () => {
    const text = 'Canberra said the fires in Kiev, Kharkiv and Odesa spread. Later Perth was quiet.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const mentions = [
      { ...at('Canberra'), role: 'metonymy', place: { precision: 'city' } },
      { ...at('Kiev'), role: 'literal', place: { precision: 'city' } },
      { ...at('Kharkiv'), role: 'literal', place: { precision: 'city' } },
      { ...at('Odesa'), role: 'literal', place: { precision: 'city' } },
      { ...at('Perth'), role: 'literal', place: { precision: 'city' } },
    ];
    // the tagger backed only Kharkiv
    const kept = taggerLed(mentions, [at('Kharkiv')], text).map((m) => text.slice(m.start, m.end));
    expect(kept).toEqual(['Canberra', 'Kiev', 'Kharkiv', 'Odesa']);
    // without the text, only what the tagger backs
    expect(taggerLed(mentions, [at('Kharkiv')]).map((m) => text.slice(m.start, m.end))).toEqual(['Kharkiv']);
  });
});
