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

// Dotted abbreviations ("U.S.", "W.Va.", "D.C."), tried only where a capital is followed by a dot soon.
const ABBR_RE = /(?:\p{Lu}\p{Ll}{0,2}\.){2,}/uy;
const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s/u;
const MARK_RE = /\p{M}/u;
const letterCache = new Map<number, number>();

/**
 * 1 letter, 2 digit, 3 space, 4 mark (it continues a word but never starts one: a variation
 * selector after an emoji is no word), 0 other; of a whole code point, ASCII answered without regexes.
 */
function classOf(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    if (c >= 48 && c <= 57) return 2;
    return c === 32 || (c >= 9 && c <= 13) ? 3 : 0;
  }
  let k = letterCache.get(c);
  if (k === undefined) {
    const ch = String.fromCodePoint(c);
    k = MARK_RE.test(ch) ? 4 : LETTER_RE.test(ch) ? 1 : DIGIT_RE.test(ch) ? 2 : SPACE_RE.test(ch) ? 3 : 0;
    letterCache.set(c, k);
  }
  return k;
}

/**
 * The class of the code point at i. A surrogate pair is classed as the character it encodes (an
 * emoji or a flag is no letter, so "🇺🇦Ukraine" holds the word "Ukraine"); a lone surrogate is other.
 */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return classOf(c);
  const lo = text.charCodeAt(i + 1);
  if (c > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) return 0;
  return classOf(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
}

/** UTF-16 units of the code point at i: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
}

const inWord = (k: number) => k === 1 || k === 4;

/** The shape of an ASCII token from its letter counts; `c0` is its first character. */
function asciiShape(c0: number, upper: number, lower: number): TokenShape {
  if (c0 >= 48 && c0 <= 57) return 'number';
  if (upper + lower === 0) return 'punct';
  if (upper === 0) return 'lower';
  if (lower === 0) return upper > 1 ? 'UPPER' : 'Title';
  if (c0 >= 65 && c0 <= 90) return upper > 1 ? 'mixed' : 'Title';
  return 'mixed';
}

/** The shape of any token; the tokenizer takes a faster path for ASCII tokens. */
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

/** Possessive endings split off a word so that "Israel’s" yields "Israel" + "’s": the word ends in 's or ’s. */
function isPossessiveEnd(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** End of the word starting at i: letters and marks, with inner apostrophes ("O'Brien"). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && inWord(classAt(text, i))) i += unitsAt(text, i);
  while (i + 1 < n && (text[i] === "'" || text[i] === '’') && classAt(text, i + 1) === 1) {
    i++;
    while (i < n && inWord(classAt(text, i))) i += unitsAt(text, i);
  }
  return i;
}

function numberEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && classAt(text, i) === 2) i += unitsAt(text, i);
  while (i + 1 < n && (text[i] === '.' || text[i] === ',' || text[i] === ':') && classAt(text, i + 1) === 2) {
    i++;
    while (i < n && classAt(text, i) === 2) i += unitsAt(text, i);
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  let newlineBefore = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classAt(text, i);
    if (k === 3) {
      spaceBefore = true;
      if (c === 10 || c === 13) newlineBefore = true;
      i++;
      continue;
    }
    const start = i;
    let end: number;
    if (k === 1) {
      end = -1;
      // a capital followed by a dot within three characters may open "U.S." or "W.Va."
      if (c >= 65 && c <= 90 && (text[i + 1] === '.' || text[i + 2] === '.' || text[i + 3] === '.')) {
        ABBR_RE.lastIndex = i;
        const m = ABBR_RE.exec(text);
        if (m) end = i + m[0].length;
      }
      if (end < 0) end = wordEnd(text, i);
    } else if (k === 2) end = numberEnd(text, i);
    else end = i + unitsAt(text, i);
    if (k === 1 && end - start > 2 && isPossessiveEnd(text, end)) {
      push(out, text, start, end - 2, spaceBefore, newlineBefore);
      push(out, text, end - 2, end, false, false);
    } else push(out, text, start, end, spaceBefore, newlineBefore);
    spaceBefore = false;
    newlineBefore = false;
    i = end;
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, spaceBefore: boolean, newlineBefore: boolean): void {
  const t = text.slice(start, end);
  // One pass over the characters answers the shape and whether lower-casing is all normalizeName
  // would do: this runs for every token of the text, so it avoids regexes and second passes.
  let upper = 0, lower = 0, plain = true, ascii = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c < 48 || c > 57) { plain = false; if (c > 127) ascii = false; }
  }
  const shape = ascii ? asciiShape(text.charCodeAt(start), upper, lower) : shapeOf(t);
  // Plain ASCII letters and digits: the lower-case form is the normal form, and a token with no
  // capitals is already it.
  const norm = shape === 'punct' ? t : plain ? (upper === 0 ? t : t.toLowerCase()) : normalizeName(t);
  out.push({ start, end, text: t, norm, shape, spaceBefore, newlineBefore });
}

/** Word-like tokens are the ones a name can be made of. */
export function isWord(t: Token): boolean {
  return t.shape !== 'punct';
}
