// What the tagger asks of a gazetteer: the kinds of place a name can denote. Knowing that a
// span is a country, an admin-1 region or a town of 50,000 generalises to names never seen in
// training, which word features alone cannot do.
import type { Token } from './tokens.ts';
import { articleBefore, canContinue, canStart, isConnector } from './tokens.ts';

/**
 * Classes for a name exactly as written (the lexicon normalises case and accents itself), e.g.
 * ['country'], ['city', 'pop5'], ['admin1', 'city', 'pop4'], ['demonym']; undefined if unknown.
 */
export interface TaggerLexicon {
  classes(name: string): readonly string[] | undefined;
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

export function lexiconHits(text: string, tokens: Token[], lexicon: TaggerLexicon): Array<LexiconHit | undefined> {
  const hits: Array<LexiconHit | undefined> = Array.from({ length: tokens.length }, () => undefined);
  if (lexicon === NO_LEXICON) return hits;
  for (let i = 0; i < tokens.length; i++) {
    if (!canStart(tokens[i].text)) continue;
    let to = i + 1;
    while (to < tokens.length && to - i < MAX_NAME_TOKENS && canContinue(tokens[to].text)) to++;
    // Longest first, so "New York City" wins over "New York" and "York".
    // "al-Mayadin" is the gazetteer's name even though the tagger reads "Mayadin".
    const article = articleBefore(tokens, i);
    for (let end = to; end > i; end--) {
      if (isConnector(tokens[end - 1].text)) continue;
      const classes =
        (article >= 0 ? lexicon.classes(spanText(text, tokens, article, end)) : undefined) ?? lexicon.classes(spanText(text, tokens, i, end));
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
