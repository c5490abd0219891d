import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ABBREVIATIONS, TOKEN, articleBefore, canContinue, canStart, isConnector, tokenize } from '../../../src/core/tagger/tokens.ts';

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

// The tokenizer as one regex loop: tokenize() cuts plain ASCII tokens by hand and must agree.
function reference(text: string) {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const tokens = [];
  let sentenceStart = true;
  let lastEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (text.charCodeAt(end) === 46 && ABBREVIATIONS.has(m[0].toLowerCase())) re.lastIndex = ++end;
    if (/[\r\n]/.test(text.slice(lastEnd, start))) sentenceStart = true;
    const tokenText = text.slice(start, end);
    tokens.push({ start, end, text: tokenText, sentenceStart });
    sentenceStart = tokenText === '.' || tokenText === '!' || tokenText === '?' || tokenText === ':';
    lastEnd = end;
  }
  return tokens;
}

describe('tagger tokens, cut by hand', () => {
  it('are the regex tokens', () => {
    const parts = ['St', 'st', 'Mr', 'Calif', 'co', 'U', 'S', 'W', 'Va', 'd', 'A', 'a', 'Zür', 'ich', 'don', 'ez', '12', '3', 'x_y', '.', "'", '’', 's', 'S', '-', ',', '"', '“', ':', '!', '?', '(', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u200b', '\u0301', '😀', 'Ω', 'ǅ', '\u0000', '\u001f', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (chosen) => {
        const text = chosen.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
