// Splits text into word, number and punctuation tokens with offsets into the ORIGINAL string,
// plus the facts every recogniser asks about a token (shape, normalised form, spacing).

import { normalizeName } from './normalize.ts';

export type TokenShape = 'lower' | 'Title' | 'UPPER' | 'mixed' | 'number' | 'punct';

export interface Token {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** normalizeName(text) for words; the text itself for punctuation. */
  norm: string;
  shape: TokenShape;
  /** Whitespace (or the start of text) comes right before the token. */
  spaceBefore: boolean;
  /** A newline lies between the previous token and this one. */
  newlineBefore: boolean;
}

// Dotted abbreviations ("U.S.", "W.Va.", "D.C."), words with inner apostrophes kept apart
// from a possessive ending, numbers, and any other single non-space character.
const TOKEN_RE = /(?:\p{Lu}\p{Ll}{0,2}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

function shapeOf(text: string): TokenShape {
  const first = text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  if (/\p{N}/u.test(ch)) return 'number';
  if (!/\p{L}/u.test(ch)) return 'punct';
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'UPPER';
  if (ch === ch.toUpperCase()) {
    const rest = letters.slice(ch.length);
    return rest === rest.toLowerCase() ? 'Title' : 'mixed';
  }
  return 'mixed';
}

/** Possessive endings split off a word so that "Israel’s" yields "Israel" + "’s". */
const POSSESSIVE_RE = /^(.+?)(['’][sS])$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const spaceBefore = start === 0 || gap.length > 0;
    const newlineBefore = gap.includes('\n');
    const word = m[0];
    const poss = POSSESSIVE_RE.exec(word);
    if (poss && /\p{L}/u.test(word[0] ?? '')) {
      const base = poss[1] ?? '';
      push(out, text, start, start + base.length, spaceBefore, newlineBefore);
      push(out, text, start + base.length, start + word.length, false, false);
    } else {
      push(out, text, start, start + word.length, spaceBefore, newlineBefore);
    }
    prevEnd = start + word.length;
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, spaceBefore: boolean, newlineBefore: boolean): void {
  const t = text.slice(start, end);
  const shape = shapeOf(t);
  const norm = shape === 'punct' ? t : normalizeName(t);
  out.push({ start, end, text: t, norm, shape, spaceBefore, newlineBefore });
}

/** Word-like tokens are the ones a name can be made of. */
export function isWord(t: Token): boolean {
  return t.shape !== 'punct';
}
