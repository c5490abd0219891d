import { describe, expect, it } from 'vitest';
import { articleBefore, canContinue, canStart, isConnector, tokenize } from '../../../src/core/tagger/tokens.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tagger tokens', () => {
  it('keep initialisms, abbreviations and inner apostrophes whole, and split possessives', () => {
    expect(words("Israel's U.S. ally in St. Louis, W.Va. and Côte d'Ivoire")).toEqual([
      'Israel', "'s", 'U.S.', 'ally', 'in', 'St.', 'Louis', ',', 'W.Va.', 'and', 'Côte', "d'Ivoire",
    ]);
  });

  it('split hyphenated names so each part can be tagged', () => {
    expect(words('Deir ez-Zor and Syrian-bound')).toEqual(['Deir', 'ez', '-', 'Zor', 'and', 'Syrian', '-', 'bound']);
  });

  it('give offsets into the original text', () => {
    const text = 'TEL AVIV — Strikes hit “Damascus” on Monday.\nNext line';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('mark sentence and line starts', () => {
    const starts = tokenize('Rain fell. Wind rose\nThen calm').filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['Rain', 'Wind', 'Then']);
  });

  it('do not end a sentence at an abbreviation', () => {
    const starts = tokenize('He lives in St. Paul now.').filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['He']);
  });

  it('know which words may start, continue or not end a name', () => {
    expect(canStart('Paris')).toBe(true);
    expect(canStart('paris')).toBe(false);
    expect(canContinue('of')).toBe(true);
    expect(canContinue('went')).toBe(false);
    expect(isConnector('of')).toBe(true);
    expect(isConnector('Bay')).toBe(false);
    expect(canStart('The')).toBe(false);
    expect(canStart('THE')).toBe(true);
  });

  it('find a lower-case Arabic article joined to the next name, and only then', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return articleBefore(tokens, tokens.findIndex((t) => t.text === word));
    };
    expect(at('strikes on al-Mayadin today', 'Mayadin')).toBe(2);
    expect(at('strikes on al - Mayadin today', 'Mayadin')).toBe(-1);
    expect(at('strikes on Al-Mayadin today', 'Mayadin')).toBe(-1);
    expect(at('a well-Known case', 'Known')).toBe(-1);
  });
});
