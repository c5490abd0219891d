// Name normalisation shared by the gazetteer build, the loader, the matcher and the tagger:
// one function decides when two spellings are "the same name".

// Letters that Unicode decomposition does not split into a base letter plus a mark.
// Applied after lower-casing, so only lower-case forms are needed ("Ð" lower-cases to "ð").
const FOLD: Record<string, string> = {
  ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't',
};
const FOLD_RE = /[ßøłđðþæœıħŧ]/g;
// Apostrophes, transliteration marks for ayn/hamza, and dots vanish ("U.S." = "us", "Ma'arrat" = "maarrat").
const DROP_RE = /['’‘`´ʼʻʿʾ.]/g;
// Hyphens, dashes, slashes and other separators become spaces ("Deir ez-Zor" = "Deir ez Zor").
const SPACE_RE = /[\s\-‐‑‒–—―/,_()]+/g;
const MARKS_RE = /\p{M}+/gu;

/**
 * Canonical form of a place name: no diacritics, lower case, no apostrophes or dots, words
 * separated by single spaces. "Dayr az-Zawr", "DAYR AZ ZAWR" and "Dayr az Zawr" all map to
 * "dayr az zawr". Pure and total: any string gives a string.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(DROP_RE, '')
    .replace(SPACE_RE, ' ')
    .trim();
}

/** True when the normalised name is plain Latin letters, digits and spaces (used to keep alternate names we can match). */
export function isLatinName(normalized: string): boolean {
  return /^[a-z0-9 ]+$/.test(normalized);
}
