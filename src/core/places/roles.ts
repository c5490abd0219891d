// Mention roles: a dateline (where the reporter sat), a capital standing for its government
// ("Jerusalem said", "Tehran's nuclear program"), a demonym, or the place itself.
import type { MentionRole, Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { ACTION_VERBS, AUXILIARIES, POLICY_NOUNS, SPEECH_VERBS } from './lexicon.ts';

export interface RoleInput {
  start: number;
  end: number;
  tokEnd: number;
  /** The name's first token, to see the word before it ("in Ankara"). */
  tokStart?: number;
  demonym: boolean;
  featureCode: string | undefined;
}

/** Words between an acting capital and its verb: "Moscow on Monday said", "Ankara last week ended". */
const TIME_WORDS = /^(on|last|this|late|early|earlier|later|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|night|morning|evening|afternoon|weekend|today|yesterday|also|again|then|now|quickly|swiftly|formally|officially|abruptly|unilaterally)$/;
const LOCATIVE = /^(in|at|near|from|to|into|outside|inside|around|across|toward|towards|via|through|between)$/;

/**
 * True when the words after a name make it an actor that speaks or decides: "Jerusalem said",
 * "Moscow on Monday said", "Ankara ended the truce", "Washington imposed sanctions". Not after a
 * locative ("talks in Ankara ended", "officials in Moscow said": the place itself), nor in the
 * passive ("Ankara was hit").
 */
export function actsAsGovernment(tokens: Token[], tokEnd: number, tokStart = -1): boolean {
  const before = tokStart > 0 ? tokens[tokStart - 1] : undefined;
  // ... "flights between Damascus and Moscow resumed": the second of two places after a locative too.
  let k = tokStart - 2;
  if (before?.norm === 'and') while (k > tokStart - 5 && k > 0 && tokens[k]?.shape === 'Title') k--;
  const afterLocative = Boolean(before && LOCATIVE.test(before.norm)) || (before?.norm === 'and' && k < tokStart - 2 && LOCATIVE.test(tokens[k]?.norm ?? ''));
  let i = tokEnd;
  // "Moscow on Monday said": up to four words of time or manner between the name and its verb
  for (let k = 0; k < 4 && tokens[i] && tokens[i]!.shape !== 'punct' && TIME_WORDS.test(tokens[i]!.norm) && tokens[i + 1]; k++) i++;
  if (i > tokEnd && tokens[i] && !(SPEECH_VERBS.has(tokens[i]!.norm) || ACTION_VERBS.has(tokens[i]!.norm))) i = tokEnd;
  const t = tokens[i];
  if (!t) return false;
  // "Tehran’s nuclear program", "Moscow's position"
  if (/^['’][sS]$/.test(t.text)) {
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    return Boolean((n1 && POLICY_NOUNS.has(n1.norm)) || (n1 && n2 && n1.shape === 'lower' && POLICY_NOUNS.has(n2.norm)));
  }
  if (t.shape !== 'lower' || afterLocative) return false;
  // "Damascus and Moscow deny targeting civilians": two capitals, one verb.
  if (t.norm === 'and') {
    let j = i + 1;
    while (j < i + 4 && tokens[j] && tokens[j]!.shape === 'Title') j++;
    const v = tokens[j];
    return j > i + 1 && Boolean(v && v.shape === 'lower' && (SPEECH_VERBS.has(v.norm) || ACTION_VERBS.has(v.norm)) && tokens[j + 1]?.norm !== 'by');
  }
  if (SPEECH_VERBS.has(t.norm)) return true;
  // "Kyiv struck by missiles" is a headline's passive
  if (ACTION_VERBS.has(t.norm)) return tokens[i + 1]?.norm !== 'by';
  if (AUXILIARIES.has(t.norm)) {
    i++;
    // "would not lessen", "has also deemed", "has long opposed"
    while (tokens[i] && /^(not|also|long|already|repeatedly|never|since|now|still|so|far)$/.test(tokens[i]!.norm)) i++;
    const v = tokens[i];
    return Boolean(v && v.shape === 'lower' && (SPEECH_VERBS.has(v.norm) || /^(lessen|ease|allow|accept|tolerate|permit|give|back|stop|halt|respond|retaliate|negotiate)$/.test(v.norm)));
  }
  return false;
}

/** `dateline`: the article's dateline section, if it has one (found once per article, not per mention). */
export function roleOf(m: RoleInput, tokens: Token[], dateline: Span | undefined): MentionRole {
  if (dateline && m.start >= dateline.start && m.end <= dateline.end) return 'dateline';
  if (m.demonym) return 'demonym';
  if (m.featureCode === 'PPLC' && actsAsGovernment(tokens, m.tokEnd, m.tokStart ?? -1)) return 'metonymy';
  return 'literal';
}
