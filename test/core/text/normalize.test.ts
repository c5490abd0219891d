import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName } from '../../../src/core/text/normalize.ts';

describe('normalizeName', () => {
  it('folds diacritics, case, apostrophes, dots and hyphens', () => {
    expect(normalizeName('Dayr az-Zawr')).toBe('dayr az zawr');
    expect(normalizeName('DAYR AZ ZAWR')).toBe('dayr az zawr');
    expect(normalizeName('Ḩalab')).toBe('halab');
    expect(normalizeName('Łódź')).toBe('lodz');
    expect(normalizeName('ĐAKOVO Þórshöfn')).toBe('dakovo thorshofn');
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('Ma‘arrat an-Nu‘man')).toBe('maarrat an numan');
    expect(normalizeName('  São   Paulo ')).toBe('sao paulo');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeName(normalizeName(s)) === normalizeName(s)));
  });
});
