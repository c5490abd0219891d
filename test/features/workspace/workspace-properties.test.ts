// Property tests on the workspace's pure parts: any file is imported (a bad record left out, with
// its reason) or refused with a message, never thrown on; corrections never break the merged list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrectionsDetailed } from '../../../src/features/workspace/apply-corrections.ts';
import { parseWorkspaceFile, serializeWorkspace } from '../../../src/features/workspace/export.ts';
import type { Correction } from '../../../src/shared/model/workspace.ts';
import { HOMS, articleA, articleB } from './fixtures.ts';

const valid = () => JSON.parse(serializeWorkspace([articleA(), articleB()], [], '2026-01-01T00:00:00.000Z'));

/** Replaces the value at a random path of a JSON tree. */
function mutate(tree: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value;
  const entries = Object.keys(tree as object);
  if (entries.length === 0) return value;
  const key = entries[path[0] % entries.length];
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...(tree as Record<string, unknown>) };
  copy[key] = mutate((tree as Record<string, unknown>)[key], path.slice(1), value);
  return copy;
}

describe('parseWorkspaceFile', () => {
  it('never throws on any JSON value or any text', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = parseWorkspaceFile(JSON.stringify(v));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => parseWorkspaceFile(s)).not.toThrow();
    }), { numRuns: 300 });
  });

  it('a valid file with one value changed anywhere is imported, in part or whole, or refused, never thrown on', () => {
    const base = valid();
    const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(-1), fc.constant(1e12));
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), junk, (path, value) => {
      const r = parseWorkspaceFile(JSON.stringify(mutate(base, path, value)));
      if (r.ok) {
        // Whatever passed must still be usable: spans inside their article's text.
        for (const a of r.file.articles) for (const e of a.analysis?.events ?? []) expect(e.excerpt.end).toBeLessThanOrEqual(a.text.length);
      } else {
        expect(r.error).toMatch(/Dateline workspace|version|damaged/);
      }
    }), { numRuns: 500 });
  });
});

describe('applyCorrectionsDetailed', () => {
  const kinds = fc.constantFrom('place', 'move', 'date', 'type', 'delete', 'link' as const);
  const correction = fc.record({
    kind: kinds,
    article: fc.constantFrom('a1', 'b1', 'gone'),
    event: fc.constantFrom('e1', 'e2', 'e9'),
    other: fc.constantFrom('a1', 'b1'),
    at: fc.integer({ min: 0, max: 50 }),
  });
  it('never throws, keeps event keys unique, and accounts for every correction', () => {
    fc.assert(fc.property(fc.array(correction, { maxLength: 12 }), (specs) => {
      const cs: Correction[] = specs.map((s, i) => {
        const base = { id: `c${i}`, articleId: s.article, eventId: s.event, at: `2026-01-01T00:00:${String(s.at).padStart(2, '0')}.000Z` };
        switch (s.kind) {
          case 'place': return { ...base, kind: 'place', place: HOMS };
          case 'move': return { ...base, kind: 'move', lat: 1, lon: 2 };
          case 'date': return { ...base, kind: 'date', date: '2020-01-01' };
          case 'type': return { ...base, kind: 'type', type: 'raid' };
          case 'delete': return { ...base, kind: 'delete' };
          default: return { ...base, kind: 'link', otherArticleId: s.other, otherEventId: 'e1' };
        }
      });
      const r = applyCorrectionsDetailed([articleA(), articleB()], cs);
      const keys = r.events.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      // Every source appears at most once across the shown events.
      const sources = r.events.flatMap((e) => e.sources.map((s) => `${s.articleId}:${s.eventId}`));
      expect(new Set(sources).size).toBe(sources.length);
      // A correction on an event that does not exist is reported, never silently dropped.
      for (const c of cs) if (c.articleId === 'gone' || c.eventId === 'e9') expect(r.orphans).toContain(c);
      expect(r.events.length).toBeLessThanOrEqual(3);
    }), { numRuns: 400 });
  });
});
