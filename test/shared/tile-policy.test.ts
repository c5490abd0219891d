// @vitest-environment jsdom
// The page may show online map tiles only once the user turns them on: until then a stricter
// policy than index.html's is added at start-up, and turning tiles off adds it at once.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyTilePolicy, forbidTiles, TILE_ORIGIN, TILE_URL, tilesAllowed } from '../../src/shared/ui/tile-policy.ts';

const policies = () => [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content'));

afterEach(() => {
  sessionStorage.clear();
  document.head.innerHTML = '';
});

describe('tile policy', () => {
  it('forbids every online image at start-up unless tiles were turned on in this tab', () => {
    applyTilePolicy();
    expect(policies()).toEqual(["img-src 'self' data: blob:"]);
    applyTilePolicy();
    expect(policies()).toHaveLength(1);
    document.head.innerHTML = '';
    sessionStorage.setItem('dateline:online-tiles', 'on');
    expect(tilesAllowed()).toBe(true);
    applyTilePolicy();
    expect(policies()).toEqual([]);
  });

  it('turning tiles off forgets the choice and forbids online images from then on', () => {
    sessionStorage.setItem('dateline:online-tiles', 'on');
    forbidTiles();
    expect(tilesAllowed()).toBe(false);
    expect(policies()).toEqual(["img-src 'self' data: blob:"]);
  });

  it("index.html's own policy allows the tile host and no other online origin", () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
    expect(directive('img-src')).toBe(`img-src 'self' data: blob: ${TILE_ORIGIN}`);
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(csp).not.toMatch(/https:(\s|;|$)/);
    expect(TILE_URL.startsWith(`${TILE_ORIGIN}/`)).toBe(true);
  });
});
