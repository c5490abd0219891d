// The build script normalises names with its own copy of the rules (it runs before any TypeScript):
// these checks keep that copy in step with src/core/text/normalize.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalizeName } from '../../../src/core/text/normalize.ts';
import { GAZETTEER_FILE, testGazetteer } from './test-gazetteer.ts';

describe('built gazetteer file', () => {
  const gaz = testGazetteer();
  const raw = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as { nameKeys: string[]; name: string[] };

  it('stores every name already normalised by normalizeName, in sorted order', () => {
    const bad = raw.nameKeys.filter((k) => normalizeName(k) !== k);
    expect(bad.slice(0, 5)).toEqual([]);
    for (let i = 1; i < raw.nameKeys.length; i++) expect(raw.nameKeys[i - 1]! < raw.nameKeys[i]!).toBe(true);
  });

  it('finds a record by its own name (every 97th record)', () => {
    const missing: string[] = [];
    for (let id = 0; id < gaz.size; id += 97) {
      const name = raw.name[id]!;
      if (!gaz.lookup(normalizeName(name)).some((h) => h.id === id)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});
