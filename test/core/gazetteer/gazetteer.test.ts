import { describe, expect, it } from 'vitest';
import { loadGazetteer, lookupName } from '../../../src/core/gazetteer/gazetteer.ts';
import { normalizeName } from '../../../src/core/text/normalize.ts';
import { testGazetteer } from './test-gazetteer.ts';

const gaz = testGazetteer();
const best = (name: string, kind?: string) => {
  const hits = lookupName(gaz, name).filter((h) => !kind || h.kind === kind).map((h) => gaz.record(h.id));
  return hits.sort((a, b) => b.population - a.population)[0];
};

describe('gazetteer', () => {
  it('loads a real, large table', () => {
    expect(gaz.size).toBeGreaterThan(190_000);
    expect(gaz.maxNameTokens).toBeGreaterThanOrEqual(4);
    expect(gaz.maxNameTokens).toBeLessThanOrEqual(8);
  });

  it('matches transliteration variants through alternate names', () => {
    expect(best('Halab')?.name).toBe('Aleppo');
    expect(best('Dayr az Zawr')?.name).toBe('Deir ez-Zor');
    expect(best('DEIR EZ-ZOR')?.name).toBe('Deir ez-Zor');
    expect(best('Teheran')?.name).toBe('Tehran');
  });

  it('carries countries with demonyms and regions of the supplement', () => {
    expect(best('Lebanese', 'demonym')?.country).toBe('LB');
    expect(best('Iranian', 'demonym')?.featureCode).toBe('PCLI');
    expect(best('Israelis', 'demonym')?.country).toBe('IL');
    expect(best('Turkey')?.country).toBe('TR');
    expect(best('Golan Heights')?.featureCode).toBe('PLAT');
    expect(best('Gaza Strip')?.country).toBe('PS');
    expect(lookupName(gaz, 'Africa').map((h) => gaz.record(h.id).featureCode)).toContain('CONT');
  });

  it('keeps abbreviations apart from ordinary names', () => {
    const us = lookupName(gaz, 'U.S.').find((h) => h.kind === 'abbr');
    expect(us && gaz.record(us.id).country).toBe('US');
    expect(lookupName(gaz, 'W.Va.').some((h) => h.kind === 'abbr' && gaz.record(h.id).name === 'West Virginia')).toBe(true);
    expect(lookupName(gaz, 'TX').some((h) => h.kind === 'postal')).toBe(true);
  });

  it('links cities to their first-level region and country', () => {
    const tlv = best('Tel Aviv');
    expect(tlv?.cls).toBe('city');
    const place = gaz.toPlace(tlv?.id ?? -1);
    expect(place.country).toBe('IL');
    expect(place.precision).toBe('city');
    expect(Math.abs(place.lat - 32.08)).toBeLessThan(0.1);
    expect(gaz.country('SY')?.name).toBe('Syria');
    expect(gaz.admin1('US.TX')?.name).toBe('Texas');
    expect(gaz.toPlace(gaz.country('SY')?.id ?? -1).precision).toBe('country');
  });

  it('returns nothing for unknown names and rejects other files', () => {
    expect(lookupName(gaz, 'Qwxzzq')).toHaveLength(0);
    expect(gaz.isName(normalizeName('Damascus'))).toBe(true);
    expect(() => loadGazetteer(new TextEncoder().encode('{"format":"dateline-gazetteer","version":3}'))).toThrow(/not a Dateline gazetteer v4 \(another format\)/);
  });

  it('knows how many words the longest name beginning with a word has', () => {
    expect(gaz.longestNameFrom('tel')).toBeGreaterThanOrEqual(2);
    expect(gaz.longestNameFrom('new')).toBeGreaterThanOrEqual(3);
    expect(gaz.longestNameFrom('qwxzzq')).toBe(0);
    // Agrees with the names themselves: every name of n >= 2 words is counted at its first word.
    for (const name of ['tel aviv', 'new york city', 'gaza strip', 'golan heights', 'deir ez zor']) {
      expect(gaz.isName(name)).toBe(true);
      const words = name.split(' ');
      expect(gaz.longestNameFrom(words[0])).toBeGreaterThanOrEqual(words.length);
    }
    expect(gaz.longestNameFrom('new')).toBeLessThanOrEqual(gaz.maxNameTokens);
  });
});
