// Emoji, flags, variation selectors and lone surrogates glued to a place name ("Stand with
// 🇺🇦Ukraine", as social posts write it): the name is still a word of its own in both tokenizers,
// the engine never throws, and every span is the place's own letters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.ts';
import { tokenize as taggerTokens } from '../../../src/core/tagger/tokens.ts';
import { findMentions } from '../../../src/core/places/mentions.ts';
import type { SpanTagger } from '../../../src/core/places/mentions.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { analyze, testEngine } from '../../helpers/engine.ts';

const placesOf = (text: string) => analyze(text, { published: '2022-03-01' }).mentions.map((m) => [m.text, m.start, m.end]);

describe('symbols glued to a word', () => {
  it('are tokens of their own, so the word after a flag or an emoji is a word', () => {
    expect(tokenize('Stand with 🇺🇦Ukraine').map((t) => t.text)).toEqual(['Stand', 'with', '🇺', '🇦', 'Ukraine']);
    expect(tokenize('Kyiv🔥').map((t) => t.text)).toEqual(['Kyiv', '🔥']);
    // U+FE0F (a variation selector) is a mark: it continues a word but cannot start one.
    expect(tokenize('❤️Kyiv').map((t) => t.text)).toEqual(['❤', '\ufe0f', 'Kyiv']);
    expect(tokenize('\ud800Kyiv').map((t) => t.text)).toEqual(['\ud800', 'Kyiv']);
    expect(tokenize('Kyiv\udc00').map((t) => t.text)).toEqual(['Kyiv', '\udc00']);
    // A letter outside the BMP is still a letter; a mark inside a word stays in it.
    expect(tokenize('𝐃𝐚𝐦𝐚𝐬𝐜𝐮𝐬 Zu\u0308rich').map((t) => t.text)).toEqual(['𝐃𝐚𝐦𝐚𝐬𝐜𝐮𝐬', 'Zu\u0308rich']);
  });

  it('start where the tagger\'s words start, so its spans land on tokens', () => {
    for (const text of ['Stand with 🇺🇦Ukraine', '❤️Kyiv', '🔥Kyiv', '👨‍👩‍👧Gaza', '\ud800Kyiv']) {
      const starts = tokenize(text).map((t) => t.start);
      const words = taggerTokens(text).filter((t) => /^\p{L}/u.test(t.text));
      expect(words.map((t) => t.start), text).toEqual(words.map((t) => t.start).filter((s) => starts.includes(s)));
    }
  });

  it('a tagger span inside the text\'s last token is skipped, not read past the tokens', () => {
    const text = 'Stand with xUkraine';
    const tagger: SpanTagger = { propose: () => [{ start: 12, end: 19, score: 0.99 }] };
    const gazetteer = testEngine().gazetteer;
    expect(() => findMentions(text, { sections: findSections(text), sentences: findSentences(text), gazetteer, tagger })).not.toThrow();
  });

  it('leave the place found, at its own letters, where the text ends right after it', () => {
    expect(placesOf('Stand with 🇺🇦Ukraine')).toEqual([['Ukraine', 15, 22]]);
    expect(placesOf('🔥Kyiv')).toEqual([['Kyiv', 2, 6]]);
    expect(placesOf('Pray for ❤️Gaza tonight.')).toEqual([['Gaza', 11, 15]]);
    expect(placesOf('\ud800Kyiv')).toEqual([['Kyiv', 1, 5]]);
    expect(placesOf('👨‍👩‍👧Gaza')).toEqual([['Gaza', 8, 12]]);
  });

  it('never make the engine throw, and every span holds its words', () => {
    const glue = fc.constantFrom('🇺🇦', '🇵🇸', '🇮🇱', '🔥', '❤️', '\ufe0f', '\u200d', '\u200b', '\u200f', '\u202e', '\ud800', '\udc00', '\ud83d', '🙏🏽', '#', '@', '', ' ');
    const word = fc.constantFrom('Ukraine', 'Kyiv', 'Gaza', 'Aleppo', 'Stand with', 'struck', 'on Monday', '.', ',', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(glue, word), { minLength: 1, maxLength: 8 }), (pairs) => {
        const text = pairs.map(([g, w]) => g + w).join('') + pairs[0]![0];
        const a = analyze(text, { published: '2022-03-01' });
        for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const e of a.events) expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      }),
      { numRuns: 300, seed: 2022 },
    );
  });
});
