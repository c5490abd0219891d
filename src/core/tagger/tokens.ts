// Splits text into the word tokens the tagger labels, with UTF-16 offsets into the original
// text, and marks which tokens may start or continue a place name (the rest are fixed to O).

export interface Token {
  start: number;
  end: number;
  text: string;
  /** First token of a sentence (or of a line): capitals there say little. */
  sentenceStart: boolean;
}

// Abbreviations that keep their period, so "St. Louis", "Calif." and "Mt. Pleasant" stay whole
// and their period is not read as the end of a sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('st mt ft pt mr mrs ms dr gov sen rep gen col lt sgt capt cpl maj adm prof rev jr sr ave blvd rd ' +
    'hwy co inc corp ltd no vs dept univ twp ala ariz ark calif colo conn del fla ga ill ind kan kans ky ' +
    'la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo phila jan feb ' +
    'mar apr aug sept sep oct nov dec').split(' '),
);

// An initialism ("U.S.", "W.Va.", "D.C."), a single capital initial ("W."), a word whose inner
// apostrophe is not a possessive ("O'Hare", "d'Ivoire"), or any other single character.
export const TOKEN = /\p{Lu}(?:\.\p{L}{1,3})+\.?|\p{Lu}\.(?=\s)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|['’][sS](?![\p{L}\p{M}])|\S/gu;

/** ASCII letters and digits. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII characters in \s. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The tokens TOKEN matches, in order. Most tokens in news are plain ASCII words or single ASCII
 * punctuation marks, where the regex's answer is plain to see, so they are cut by hand: a
 * regex match costs an array per token. Anything else (non-ASCII, an apostrophe, a capital
 * followed by a period) goes to the regex, from the same position, which keeps the result the
 * regex's own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const n = text.length;
  let p = 0;
  while (p < n) {
    const gapStart = p;
    let c = text.charCodeAt(p);
    while (c < 128 && isAsciiSpace(c)) {
      if (++p === n) break;
      c = text.charCodeAt(p);
    }
    if (p === n) break;
    let start = p;
    let end: number;
    let tokenText: string | undefined;
    if (c >= 128 || c === 39 /* ' */ || (c >= 65 && c <= 90 && text.charCodeAt(p + 1) === 46) /* "U." */) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
      tokenText = m[0];
    } else if (isAsciiAlnum(c)) {
      end = p + 1;
      let d = end < n ? text.charCodeAt(end) : 32;
      while (d < 128 && isAsciiAlnum(d)) d = ++end < n ? text.charCodeAt(end) : 32;
      // A word running on into non-ASCII letters or an apostrophe ("Zürich", "don't").
      if (d >= 128 || d === 39) {
        re.lastIndex = p;
        const m = re.exec(text)!;
        end = m.index + m[0].length;
        tokenText = m[0];
      }
    } else {
      end = p + 1; // any other single ASCII character
    }
    if (text.charCodeAt(end) === 46 /* . */ && ABBREVIATIONS.has((tokenText ?? text.slice(start, end)).toLowerCase())) {
      end++;
      tokenText = undefined;
    }
    for (let k = gapStart; k < start; k++) {
      const g = text.charCodeAt(k);
      if (g === 10 || g === 13) {
        sentenceStart = true;
        break;
      }
    }
    if (tokenText === undefined) tokenText = text.slice(start, end);
    tokens.push({ start, end, text: tokenText, sentenceStart });
    sentenceStart = tokenText === '.' || tokenText === '!' || tokenText === '?' || tokenText === ':';
    p = end;
  }
  return tokens;
}

// Lower-case words that can sit inside a place name ("Bay of Pigs", "Rio de Janeiro",
// "Queen Anne's County", "Deir ez-Zor") but never start one.
const CONNECTORS = new Set(
  ("of de del della di da do dos das du des la le les el al ad ez es en et y e von van der den am an kwa " +
    "upon on sur sous au aux the and bin ibn ben 's ’s - ' ’").split(' '),
);

const UPPER_START = /^\p{Lu}/u;

// Capitalised only because they open a sentence or name a day or month: never the start of a
// place name, and a fifth of all capitalised tokens in news, so they are kept out of the model.
const NEVER_START = new Set(
  ('the a an i it he she we they you this that these those there here his her its our their my your ' +
    'if but and or as at for in on by to of from with after before when while since because although ' +
    'what who which where how why not no yes so then also all some many most one two three mr mrs ms ' +
    'monday tuesday wednesday thursday friday saturday sunday january february april june july ' +
    'august september october november december').split(' '),
);

// The capitalised forms ("The", "Monday"); all-caps forms ("THE") stay possible starts, as in
// headlines and datelines. One-letter words are all-caps too, so "I" and "A" stay possible.
const NEVER_START_CAPITALISED = new Set([...NEVER_START].filter((w) => w.length > 1).map((w) => w[0].toUpperCase() + w.slice(1)));

// Lengths of those words by first letter (bit k: some word has length k), so that most
// capitalised tokens are cleared without hashing their text for the Set.
const NEVER_START_LENGTHS = new Uint16Array(128);
for (const w of NEVER_START_CAPITALISED) NEVER_START_LENGTHS[w.charCodeAt(0)] |= 1 << w.length;

/** Can this token start a place name? Capitalised words and initialisms. */
export function canStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !UPPER_START.test(text)) return false;
  if (c >= 128 || text.length >= 10 || !((NEVER_START_LENGTHS[c] >>> text.length) & 1)) return true;
  return !NEVER_START_CAPITALISED.has(text);
}

/** Can this token continue a place name already begun? */
export function canContinue(text: string): boolean {
  if (CONNECTORS.has(text) || canStart(text)) return true;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return text.length <= 4 && /^\d+$/.test(text);
  return c >= 65 && c <= 90 && CONNECTORS.has(text.toLowerCase());
}

/** Words that may not end a name: a span never ends on "of", "-" or "'s". */
export function isConnector(text: string): boolean {
  return !canStart(text) && CONNECTORS.has(text.toLowerCase());
}

// Arabic definite articles written lower-case and hyphenated ("al-Mayadin", "ad-Dawr"): the
// tagger reads the name after the hyphen and the span then takes the article in.
const ARTICLES = new Set('al el ad an ar as ash at ath az ed en er es et ez'.split(' '));

/** Index of the article token in "al-Name" when tokens[i] is "Name", else -1. */
export function articleBefore(tokens: readonly Token[], i: number): number {
  if (i < 2) return -1;
  const dash = tokens[i - 1];
  const art = tokens[i - 2];
  if (dash.text !== '-' || dash.end !== tokens[i].start || art.end !== dash.start) return -1;
  return ARTICLES.has(art.text) ? i - 2 : -1;
}
