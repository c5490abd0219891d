// The build script normalises names with its own copy of the rules (it runs before any TypeScript):
// these checks keep that copy in step with src/core/text/normalize.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gazetteerNames } from '../../../src/core/gazetteer/gazetteer.ts';
import { normalizeName } from '../../../src/core/text/normalize.ts';
import { GAZETTEER_FILE, testGazetteer } from './test-gazetteer.ts';

describe('built gazetteer file', () => {
  const gaz = testGazetteer();
  const nameKeys = gazetteerNames(readFileSync(GAZETTEER_FILE));

  it('stores every name already normalised by normalizeName, in sorted order', () => {
    expect(nameKeys.length).toBeGreaterThan(250_000);
    const bad = nameKeys.filter((k) => normalizeName(k) !== k);
    expect(bad.slice(0, 5)).toEqual([]);
    // UTF-8 byte order, which the loader's binary search relies on
    const unsorted: string[] = [];
    for (let i = 1; i < nameKeys.length; i++) if (Buffer.compare(Buffer.from(nameKeys[i - 1]!), Buffer.from(nameKeys[i]!)) >= 0) unsorted.push(nameKeys[i]!);
    expect(unsorted.slice(0, 5)).toEqual([]);
  });

  it('finds a record by its own name (every 97th record)', () => {
    const missing: string[] = [];
    for (let id = 0; id < gaz.size; id += 97) {
      const name = gaz.record(id).name;
      if (!gaz.lookup(normalizeName(name)).some((h) => h.id === id)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});
