import { expect, test } from 'vitest';
import fc from 'fast-check';
import { splitSpans, type Mark } from '../../../src/features/article/split-spans.ts';

test('pieces cut at mark edges; overlapping marks stack with the trigger on top', () => {
  const text = 'Israeli jets struck Damascus on Monday.';
  const marks: Mark[] = [
    { start: 13, end: 19, kind: 'trigger', ref: 'e1' },
    { start: 20, end: 28, kind: 'literal', ref: '0' },
    { start: 0, end: 39, kind: 'focus' },
    { start: 29, end: 38, kind: 'date' },
  ];
  const pieces = splitSpans(text, marks);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  const struck = pieces.find((p) => p.text === 'struck')!;
  expect(struck.marks.map((m) => m.kind)).toEqual(['trigger', 'focus']);
  expect(pieces.find((p) => p.text === 'Damascus')!.marks[0]!.kind).toBe('literal');
  expect(pieces.find((p) => p.text === 'on Monday')!.marks[0]!.kind).toBe('date');
});

test('a sub-range clips marks at its edges and keeps original offsets', () => {
  const text = 'aaa bbb ccc';
  const pieces = splitSpans(text, [{ start: 2, end: 6, kind: 'literal' }], 4, 11);
  expect(pieces[0]).toMatchObject({ start: 4, text: 'bb' });
  expect(pieces[0]!.marks).toHaveLength(1);
  expect(pieces.map((p) => p.text).join('')).toBe('bbb ccc');
});

test('for any marks the pieces rebuild the text and each piece is covered only by marks that cover it whole', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 0, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(70), fc.nat(70), fc.constantFrom('trigger', 'literal', 'date', 'focus')), { maxLength: 12 }),
      (text, raw) => {
        const marks = raw.map(([a, b, kind]) => ({ start: Math.min(a, b), end: Math.max(a, b), kind }) as Mark);
        const pieces = splitSpans(text, marks);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        for (const p of pieces) {
          for (const m of p.marks) expect(m.start <= p.start && m.end >= p.start + p.text.length).toBe(true);
          const expected = marks.filter((m) => m.start <= p.start && m.end >= p.start + p.text.length && m.end > m.start && p.text.length > 0);
          expect(p.marks.length).toBe(expected.length);
        }
      },
    ),
  );
});
