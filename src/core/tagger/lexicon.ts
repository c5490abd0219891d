// What the tagger asks of a gazetteer: the kinds of place a name can denote. Knowing that a
// span is a country, an admin-1 region or a town of 50,000 generalises to names never seen in
// training, which word features alone cannot do.
import type { Token } from './tokens.ts';
import { articleBefore, canStart } from './tokens.ts';
import type { Word } from './vocabulary.ts';
import { vocabularyFor } from './vocabulary.ts';

/**
 * Classes for a name exactly as written (the lexicon normalises case and accents itself), e.g.
 * ['country'], ['city', 'pop5'], ['admin1', 'city', 'pop4'], ['demonym']; undefined if unknown.
 */
export interface TaggerLexicon {
  classes(name: string): readonly string[] | undefined;
  /**
   * Optional shortcut: false only when no name of two or more words can begin with this one word
   * as written, followed by white space ("Obama", unlike "New" or "Lake"); then longer spans from
   * it are not asked of classes(). Must answer true whenever in doubt.
   */
  beginsLongerName?(word: string): boolean;
}

export const NO_LEXICON: TaggerLexicon = { classes: () => undefined };

/** Longest gazetteer match covering each token: its classes and the token's place in it. */
export interface LexiconHit {
  classes: readonly string[];
  /** 'B' first token, 'I' inside, 'S' the match is this one token. */
  position: 'B' | 'I' | 'S';
  length: number;
}

const MAX_NAME_TOKENS = 5;

/** Text of tokens [from, to) as written, with the original spacing between them. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/**
 * The longest gazetteer name covering each token. `wordAt(i)` is token i's word record (the
 * scanner passes the ones it keeps); one-word names are asked of the lexicon once per word.
 * `startable[i]` is canStart(tokens[i].text), when the caller has it already.
 */
export function lexiconHits(
  text: string,
  tokens: Token[],
  lexicon: TaggerLexicon,
  wordAt: (i: number) => Word = (i) => vocabularyFor(lexicon).word(tokens[i].text),
  startable?: ArrayLike<number>,
): Array<LexiconHit | undefined> {
  const hits: Array<LexiconHit | undefined> = [];
  for (let i = 0; i < tokens.length; i++) hits.push(undefined);
  if (lexicon === NO_LEXICON) return hits;
  for (let i = 0; i < tokens.length; i++) {
    if (startable ? !startable[i] : !canStart(tokens[i].text)) continue;
    // "al-Mayadin" is the gazetteer's name even though the tagger reads "Mayadin".
    const article = articleBefore(tokens, i);
    let to = i + 1;
    // Most capitalised words begin no longer name, and most spans asked about are not names:
    // when white space follows the word, the lexicon can say so once per word, which saves
    // building and looking up those spans. (Spans with an article are asked as before.)
    const longer = article >= 0 || to >= tokens.length || tokens[to].start === tokens[i].end || wordAt(i).beginsLongerName();
    if (longer) while (to < tokens.length && to - i < MAX_NAME_TOKENS && wordAt(to).canContinue) to++;
    // Longest first, so "New York City" wins over "New York" and "York".
    for (let end = to; end > i; end--) {
      if (wordAt(end - 1).isConnector) continue;
      const classes =
        (article >= 0 ? lexicon.classes(spanText(text, tokens, article, end)) : undefined) ??
        (end === i + 1 ? wordAt(i).classes() : lexicon.classes(spanText(text, tokens, i, end)));
      if (!classes) continue;
      const length = end - i;
      for (let k = i; k < end; k++) {
        const prev = hits[k];
        if (prev && prev.length >= length) continue;
        hits[k] = { classes, length, position: length === 1 ? 'S' : k === i ? 'B' : 'I' };
      }
      break;
    }
  }
  return hits;
}
