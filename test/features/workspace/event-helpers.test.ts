import { describe, expect, it } from 'vitest';
import { placeChoices, placeLabel, sentenceAround } from '../../../src/features/workspace/event-helpers.ts';
import type { Mention } from '../../../src/core/index.ts';
import { ALEPPO, HOMS, SYRIA, TEXT_A, articleA } from './fixtures.ts';

describe('sentenceAround', () => {
  it('widens a selection to its sentence and trims spaces', () => {
    const i = TEXT_A.indexOf('raid');
    const r = sentenceAround(TEXT_A, { start: i, end: i + 2 });
    expect(TEXT_A.slice(r.start, r.end)).toBe('Later, a raid hit Homs.');
    const s = sentenceAround(TEXT_A, { start: 0, end: 3 });
    expect(TEXT_A.slice(s.start, s.end)).toBe('On Monday, jets struck a depot near Aleppo.');
  });

  it('keeps a selection that is already whole sentences, and clamps offsets outside the text', () => {
    const s = sentenceAround(TEXT_A, { start: 0, end: TEXT_A.length });
    expect(s).toEqual({ start: 0, end: TEXT_A.length });
    const c = sentenceAround('Short.', { start: -5, end: 99 });
    expect(c).toEqual({ start: 0, end: 6 });
  });
});

describe('placeChoices', () => {
  it('puts the current place first, then the mention\'s ranked alternatives, without repeats', () => {
    const a = articleA();
    const ev = a.analysis!.events[0];
    const at = TEXT_A.indexOf('Aleppo');
    const m: Mention = {
      start: at, end: at + 6, text: 'Aleppo', role: 'literal', place: ALEPPO, score: 0.8, reason: 'r',
      alternatives: [{ place: ALEPPO, score: 0.8 }, { place: HOMS, score: 0.2 }, { place: SYRIA, score: 0.1 }],
    };
    a.analysis!.mentions = [m];
    expect(placeChoices(ev, a.analysis).map((c) => c.place.name)).toEqual(['Aleppo', 'Homs', 'Syria']);
    expect(placeChoices({ ...ev, place: null }, a.analysis)).toEqual([]);
    expect(placeLabel(SYRIA)).toBe('Syria (SY), country');
  });
});
