// Invariants of the date and event stages on generated news-like text: never throw, spans point at
// their words, dates are real YYYY-MM-DD ranges, past-tense dates never pass the anchor, ids run e1..eN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const FRAGMENTS = [
  'Israeli strikes', 'on Iranian targets', 'in Syria', 'near Aleppo', 'on Monday night', 'Tuesday', 'last week',
  'in 2019', 'overnight', 'killed 14 militants', 'at least 19 people were killed', 'will not', 'if', 'shelled',
  'Kharkiv', 'raided', 'a drone strike hit', 'Damascus', 'the strike', 'withdrawing from', 'said', 'Feb. 28 (YPA) -',
  'TEL AVIV –', 'A picture taken on January 21, 2019 shows', 'today', 'between 10 and 15', 'clashes', ',', '.', '\n\n',
  'the night of May 3-4', 'U.S.', 'Dr.', '“', '”', 'dozens', 'twenty-one', 'car bomb exploded', 'Tel Aviv', 'Jerusalem said',
];
const article = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));
const published = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const MENTIONS = ['Syria', 'Aleppo', 'Kharkiv', 'Damascus', 'Iranian', 'Israeli', { word: 'Tel Aviv', role: 'dateline' as const }, { word: 'Jerusalem', role: 'metonymy' as const }];

describe('event stage invariants', () => {
  it('holds on generated articles', () => {
    fc.assert(
      fc.property(article, published, (text, pub) => {
        const events = extract(text, pub, MENTIONS);
        events.forEach((e, i) => {
          expect(e.id).toBe(`e${i + 1}`);
          expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
          for (const x of e.excerpts) expect(text.slice(x.start, x.end)).toBe(x.text);
          expect(e.confidence).toBeGreaterThan(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          expect(['Tel Aviv', 'Jerusalem']).not.toContain(e.place?.name);
          if (e.date) {
            expect(e.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(e.date.start <= e.date.end).toBe(true);
            expect(text.slice(e.date.span.start, e.date.span.end)).toBe(e.date.text);
          }
          if (e.fatalities) expect(e.fatalities.min).toBeLessThanOrEqual(e.fatalities.max);
        });
        expect(JSON.stringify(extract(text, pub, MENTIONS))).toBe(JSON.stringify(events));
      }),
      { numRuns: 150, seed: 20200506 },
    );
  });
});
