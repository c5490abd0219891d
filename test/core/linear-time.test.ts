// Every stage stays linear in the length of the text, also on text with no sentence breaks at all
// (a live blog's run of updates, a list, a table pasted as one line): such a text is one "sentence",
// and the per-sentence work of the event stage (every trigger against every place in it) made a
// 32 KB one take 20 s. A generous time budget per KB, on inputs built to be worst for it, in CPU
// time of this test's own process (vitest runs each file in a fork), so that a loaded machine's
// neighbours do not count against it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSentences } from '../../src/core/index.ts';
import { MAX_SENTENCE } from '../../src/core/text/sections.ts';
import { analyze } from '../helpers/engine.ts';

/** Far above what the engine needs (about 5 ms a KB on these), far below what a quadratic stage takes (over 500). */
const BUDGET_MS_PER_KB = 40;
const BASE_MS = 1000;

const fragment = fc.constantFrom(
  'Israeli jets struck Damascus', 'Syrian forces shelled Idlib', 'a drone strike hit Aleppo', 'killing 12 people', 'in Homs',
  'Hama', 'and', ',', ';', ' \u2014', '14:05', 'on Monday', 'on 3 May', 'Airstrike', 'Gaza', 'Kyiv', 'Kharkiv', 'raid', 'killed',
  'wounded 30', 'Russian missiles', 'rocket fire', 'near the border', 'Ukraine', '🇺🇦', '(AFP)', 'Updated', 'LIVE', '|', '•',
);

/** About `kb` KB of fragments with no '.', '!', '?' or newline, so no sentence ever ends. */
const noBreaks = (kb: number) =>
  fc.array(fragment, { minLength: 40, maxLength: 40 }).map((parts) => {
    const unit = parts.join(' ');
    return unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);
  });

describe('time on text without sentence breaks', () => {
  it('stays within a budget per KB', () => {
    fc.assert(
      fc.property(noBreaks(64), (text) => {
        const c0 = process.cpuUsage();
        const a = analyze(text, { published: '2020-05-06' });
        const c = process.cpuUsage(c0);
        const ms = (c.user + c.system) / 1000;
        expect(a.article.length).toBe(text.length);
        expect(ms, `${(ms / 64).toFixed(0)} ms per KB on ${JSON.stringify(text.slice(0, 80))}…`).toBeLessThan(BASE_MS + BUDGET_MS_PER_KB * 64);
      }),
      { numRuns: 4, seed: 32, endOnFailure: true },
    );
  });
});

describe('sentences of a text without breaks', () => {
  it('are cut at a clause break before they grow past the bound, and cover all the words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `strikes hit Aleppo, killing ${i}; rockets fell on Idlib`).join(' and ');
    const spans = findSentences(text);
    expect(spans.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe(';');
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('never split a surrogate pair, even with no space to cut at', () => {
    const text = '🇺🇦'.repeat(2000);
    for (const s of findSentences(text)) {
      expect(text.charCodeAt(s.start)).toBe(0xd83c);
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  });

  it('leave ordinary sentences alone', () => {
    const text = `Israeli jets struck Damascus on Monday, killing 14 people. ${'The ministry said the raid, which hit a depot, was the third this week, '.repeat(12)}officials said.`;
    expect(findSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Israeli jets struck Damascus on Monday, killing 14 people.', text.slice(59)]);
  });
});
