// Piecewise JSON output must be byte-identical to JSON.stringify.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeJson } from '../../src/cli/json-out.ts';

function collect(value: Record<string, unknown>, pretty: boolean): { text: string; pieces: number } {
  let text = '';
  let pieces = 0;
  writeJson(value, (s) => { text += s; pieces++; }, pretty);
  return { text, pieces };
}

describe('writeJson', () => {
  it('equals JSON.stringify, pretty and compact, on nested data with awkward strings', () => {
    const value = { a: 1, skip: undefined, list: [{ s: 'line\nbreak "q" \u2028', n: [1, [2, {}]] }, null, 'x'], empty: [], obj: { deep: { k: [] } }, last: 'z' };
    expect(collect(value, true).text).toBe(JSON.stringify(value, null, 2));
    expect(collect(value, false).text).toBe(JSON.stringify(value));
    expect(collect({}, true).text).toBe(JSON.stringify({}, null, 2));
  });

  it('equals JSON.stringify on random objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (value, pretty) => {
        expect(collect(value, pretty).text).toBe(JSON.stringify(value, null, pretty ? 2 : undefined));
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('writes a large array in several pieces rather than one string', () => {
    const value = { mentions: Array.from({ length: 30000 }, (_, i) => ({ i, text: 'Damascus '.repeat(5) })) };
    const { text, pieces } = collect(value, true);
    expect(pieces).toBeGreaterThan(1);
    expect(text).toBe(JSON.stringify(value, null, 2));
  });
});
