// Mention roles: a dateline (where the reporter sat), a capital standing for its government
// ("Jerusalem said", "Tehran's nuclear program"), a demonym, or the place itself.
import type { MentionRole, Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { AUXILIARIES, POLICY_NOUNS, SPEECH_VERBS } from './lexicon.ts';

export interface RoleInput {
  start: number;
  end: number;
  tokEnd: number;
  demonym: boolean;
  featureCode: string | undefined;
}

/** True when the words after a name make it an actor that speaks or decides. */
export function actsAsGovernment(tokens: Token[], tokEnd: number): boolean {
  let i = tokEnd;
  const t = tokens[i];
  if (!t) return false;
  // "Tehran’s nuclear program", "Moscow's position"
  if (/^['’][sS]$/.test(t.text)) {
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    return Boolean((n1 && POLICY_NOUNS.has(n1.norm)) || (n1 && n2 && n1.shape === 'lower' && POLICY_NOUNS.has(n2.norm)));
  }
  if (t.shape !== 'lower') return false;
  if (SPEECH_VERBS.has(t.norm)) return true;
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
  if (m.featureCode === 'PPLC' && actsAsGovernment(tokens, m.tokEnd)) return 'metonymy';
  return 'literal';
}
