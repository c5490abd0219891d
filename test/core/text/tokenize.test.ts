import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../../src/core/text/tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    fc.assert(fc.property(fc.string(), (s) => tokenize(s).every((t) => s.slice(t.start, t.end) === t.text)));
  });

  it('splits possessives and hyphens but keeps dotted abbreviations', () => {
    const toks = tokenize('Israel’s U.S. W.Va. Deir ez-Zor Syrian-bound');
    expect(toks.map((t) => t.text)).toEqual(['Israel', '’s', 'U.S.', 'W.Va.', 'Deir', 'ez', '-', 'Zor', 'Syrian', '-', 'bound']);
    expect(toks[2]?.norm).toBe('us');
  });

  it('records shape and spacing', () => {
    const toks = tokenize('TEL AVIV – Iran said.\nThe end');
    expect(toks.map((t) => t.shape)).toEqual(['UPPER', 'UPPER', 'punct', 'Title', 'lower', 'punct', 'Title', 'lower']);
    expect(toks[5]?.spaceBefore).toBe(false);
    expect(toks[6]?.newlineBefore).toBe(true);
  });
});
