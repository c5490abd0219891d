// The Dateline JSON export in parts: exactly JSON.stringify's text, and no limit on its size from
// the longest string V8 can make (a workspace of 2-million-character articles passed it at 270).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../../src/features/workspace/json-parts.ts';
import { serializeWorkspace, serializeWorkspaceParts } from '../../../src/features/workspace/workspace-file.ts';
import type { WorkspaceArticle } from '../../../src/shared/model/workspace.ts';
import { articleA, articleB } from './fixtures.ts';

/** V8's longest string (64-bit): 2^29 - 24 UTF-16 units. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

describe('jsonParts', () => {
  it('joins to what JSON.stringify writes, for any JSON value, depth and indent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 }), (v, space, depth) => {
        expect(jsonParts(v, space, depth).join('')).toBe(JSON.stringify(v, null, space));
      }),
      { numRuns: 500, seed: 8 },
    );
    const odd = { a: undefined, b: [undefined, () => 1, 2], c: { toJSON: () => 'x' }, d: new Date(0), e: '\n"quoted"\n' };
    expect(jsonParts(odd, 1).join('')).toBe(JSON.stringify(odd, null, 1));
  });

  it('writes a workspace file as serializeWorkspace does', () => {
    const articles = [articleA(), { ...articleB(), title: 'B\nwith "quotes"' }];
    expect(serializeWorkspaceParts(articles, [], 'now').join('')).toBe(serializeWorkspace(articles, [], 'now'));
  });

  it('exports a workspace longer than the longest string, which one string cannot hold', async () => {
    // 280 articles of 2 million characters: 560 million, past V8's limit of 2^29 - 24.
    const text = 'Shelling hit Homs. '.repeat(105_264).slice(0, 2_000_000);
    const articles: WorkspaceArticle[] = Array.from({ length: 280 }, (_, i) => ({ id: `a${i}`, text, published: '2020-05-06', addedAt: '2026-01-01T00:00:00.000Z', analysis: null }));
    const parts = serializeWorkspaceParts(articles, [], 'now');
    // More than one string can hold: JSON.stringify of this workspace throws "Invalid string length".
    expect(parts.reduce((n, p) => n + p.length, 0)).toBeGreaterThan(MAX_STRING_LENGTH);
    const blob = new Blob(parts, { type: 'application/json' });
    expect(blob.size).toBeGreaterThan(MAX_STRING_LENGTH);
    expect(Math.max(...parts.slice(0, 1000).map((p) => p.length))).toBeLessThan(2 ** 22);
    expect(await blob.slice(0, 70).text()).toBe('{\n "format": "dateline-workspace",\n "version": 1,\n "exportedAt": "now"');
    expect(await blob.slice(blob.size - 40).text()).toMatch(/ysis": null\n  }\n ],\n "corrections": \[\]\n}$/);
  }, 120_000);
});
