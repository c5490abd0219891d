// Invariants of sections, sentences and dates on arbitrary text: never throw, spans inside the text
// and in order, dates real YYYY-MM-DD ranges whose words are where the span says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { findDates } from '../../../src/core/time/dates.ts';

const pieces = fc.constantFrom('Monday', ' night', 'Feb. 28 (YPA) - ', 'TEL AVIV – ', '\n\n', '\n', '. ', 'U.S. ', 'in 2019', 'overnight',
  'the night of May 3-4', 'last week', 'A picture taken on January 21, 2019 shows ', 'today', '“', '”', '…', '\r\n', 'between March 1 and 3', 'x');
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')));

describe('text and date stages on arbitrary input', () => {
  it('never throw and keep spans honest', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sections = findSections(t);
        const sentences = findSentences(t);
        for (const list of [sections, sentences]) {
          let last = 0;
          for (const s of list) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(t.length);
            last = s.end;
          }
        }
        for (const d of findDates(t, { sections, sentences, published: '2020-05-06' })) {
          expect(t.slice(d.span.start, d.span.end)).toBe(d.text);
          expect(d.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(d.start <= d.end).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
