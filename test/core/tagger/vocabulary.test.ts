import { describe, expect, it } from 'vitest';
import { NO_LEXICON } from '../../../src/core/tagger/lexicon.ts';
import { Vocabulary } from '../../../src/core/tagger/vocabulary.ts';

describe('the vocabulary of word records', () => {
  // Short ASCII words are kept by their packed characters, the rest in a Map: each text must
  // still get exactly one record, whichever way it is kept.
  const texts = ['a', 'A', 'ab', 'ba', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh', 'Zürich', 'Zurich', ',', '.', '\0a', 'a\0', '\0\0a', '1984', 'said', 'Saïd', "O'Hare", 'St.', 'ZZZZZZZ', '\x7f\x7f\x7f\x7f\x7f\x7f\x7f'];

  it('gives one record per text, the same each time it is asked', () => {
    const vocab = new Vocabulary(NO_LEXICON);
    const words = texts.map((t) => vocab.word(t));
    expect(new Set(words).size).toBe(texts.length);
    expect(new Set(words.map((w) => w.id)).size).toBe(texts.length);
    texts.forEach((t, i) => {
      expect(words[i].text).toBe(t);
      expect(vocab.word(t.slice(0))).toBe(words[i]);
    });
  });

  it('keeps records apart past many words, and starts over past its limit', () => {
    const vocab = new Vocabulary(NO_LEXICON, 50_000);
    const many = Array.from({ length: 20_000 }, (_, i) => i.toString(36));
    const first = many.map((t) => vocab.word(t));
    expect(new Set(first).size).toBe(many.length);
    many.forEach((t, i) => expect(vocab.word(t)).toBe(first[i]));
    const small = new Vocabulary(NO_LEXICON, 10);
    const before = small.word('river');
    for (const t of many.slice(0, 20)) small.word(t);
    small.trim();
    expect(small.generation).toBe(1);
    expect(small.word('river')).not.toBe(before);
    expect(small.word('river').text).toBe('river');
  });
});
