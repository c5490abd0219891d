// Turns a text into, for each token that may be part of a place name, the features the model
// weighs: shape, affixes, context words and their classes, sentence position, other occurrences
// in the text, and the gazetteer's opinion of the name the token sits in. Tokens that cannot be
// in a name get none and are fixed to O.
import type { Token } from './tokens.ts';
import { articleBefore, canContinue, canStart, tokenize } from './tokens.ts';
import type { TaggerLexicon } from './lexicon.ts';
import { lexiconHits } from './lexicon.ts';
import { LEFT_CLASS, RIGHT_CLASS, isAllCaps, shape } from './word-classes.ts';

/** Which tags a token may take: O only, O or B (a start), O or I, or any. */
export const Allowed = { OnlyO: 0, StartOnly: 1, ContinueOnly: 2, Any: 3 } as const;
export type Allowed = (typeof Allowed)[keyof typeof Allowed];

export interface TokenFeatures {
  tokens: Token[];
  allowed: Uint8Array;
  /** Feature strings per token; empty for tokens fixed to O. */
  features: string[][];
}

/**
 * Receives features as (template, value) pairs, so that training can join them into strings and
 * tagging can look them up without building a string per feature. A template ends in "=" when
 * it has a value ("pw=" + "in"); flags ("b", "caps") have the value "".
 */
export interface FeatureSink {
  token(i: number): void;
  /** The feature template + value, or template + value + "|" + second. */
  add(template: string, value: string, second?: string): void;
}

const NUMBER = /^[0-9]+$/;
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** Index of the first token ending after `offset` (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ScanResult {
  tokens: Token[];
  /** An Allowed value per token. */
  allowed: Uint8Array;
}

export function scanFeatures(text: string, lexicon: TaggerLexicon, sink: FeatureSink, tokens: Token[] = tokenize(text)): ScanResult {
  const n = tokens.length;
  const allowed = new Uint8Array(n); // all Allowed.OnlyO
  const isStart: boolean[] = tokens.map((t) => canStart(t.text));
  // Words inside a web or e-mail address ("example.com/Paris") are never place names.
  const inAddress = new Uint8Array(n);
  for (const m of text.matchAll(ADDRESS)) {
    const end = m.index + m[0].length;
    for (let k = firstTokenAt(tokens, m.index); k < n && tokens[k].start < end; k++) {
      isStart[k] = false;
      inAddress[k] = 1;
    }
  }
  // Words this close decide a lot ("in X", "X County", "X said", "Mr. X"); further away, little.
  // Computed only for the few tokens near a capitalised word.
  const words = new Map<number, string>();
  const ctx = (j: number): string => {
    if (j < 0) return '<s>';
    if (j >= n) return '</s>';
    let v = words.get(j);
    if (v === undefined) {
      const t = tokens[j].text;
      const c = t.charCodeAt(0);
      v = c >= 48 && c <= 57 && NUMBER.test(t) ? '<num>' : t.toLowerCase();
      words.set(j, v);
    }
    return v;
  };
  const shapes = new Map<number, string>();
  const shapeAt = (j: number): string => {
    if (j < 0) return '<s>';
    if (j >= n) return '</s>';
    let v = shapes.get(j);
    if (v === undefined) shapes.set(j, (v = shape(tokens[j].text)));
    return v;
  };
  const hits = lexiconHits(text, tokens, lexicon);
  // A capitalised word also used in lower case in the same text ("Council", "Hall") is
  // probably a common word, whatever the gazetteer says.
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) if (!isStart[i]) lowerSeen.add(tokens[i].text);
  const singleClasses = new Map<string, readonly string[] | undefined>();
  // Where else the same capitalised word occurs: "in Lanexa" early on vouches for "Lanexa" later.
  const occurrences = new Map<string, number[]>();
  // Runs of capitalised words: "United Russia" is one name even if only "Russia" is a place.
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!isStart[i]) {
      i++;
      continue;
    }
    let j = i;
    for (; j < n && isStart[j]; j++) {
      const list = occurrences.get(tokens[j].text);
      if (list) list.push(j);
      else occurrences.set(tokens[j].text, [j]);
    }
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }

  for (let i = 0; i < n; i++) {
    const w = tokens[i].text;
    const start = isStart[i];
    // A connector ("of", "the", "-") can only continue a name already open, so after a token
    // fixed to O it is fixed to O as well; that keeps most function words out of the model.
    allowed[i] = inAddress[i] ? Allowed.OnlyO : start ? Allowed.Any : i > 0 && allowed[i - 1] !== Allowed.OnlyO && canContinue(w) ? Allowed.ContinueOnly : Allowed.OnlyO;
    if (allowed[i] === Allowed.OnlyO) continue;
    sink.token(i);
    const lw = w.toLowerCase();
    const sh = shapeAt(i);
    // "near al-Mayadin" reads as "near Mayadin".
    const left = articleBefore(tokens, i) >= 0 ? i - 2 : i;
    const pw = ctx(left - 1);
    const nw = ctx(i + 1);
    const ss = tokens[i].sentenceStart;
    sink.add('b', '');
    sink.add('w=', lw);
    sink.add('sh=', sh);
    sink.add('p3=', lw.slice(0, 3));
    sink.add('s3=', lw.slice(-3));
    sink.add('s4=', lw.slice(-4));
    sink.add('pw=', pw);
    sink.add('ppw=', ctx(left - 2));
    sink.add('nw=', nw);
    sink.add('nnw=', ctx(i + 2));
    sink.add('pw+sh=', pw, sh);
    sink.add('nw+sh=', nw, sh);
    const ppw = ctx(left - 2);
    sink.add('ppw+pw=', ppw, pw);
    // The previous word's ending generalises over verbs never seen in training ("shelled X").
    if (pw.length > 4) sink.add('pws=', pw.slice(-2));
    if (left !== i) sink.add('article', '');
    const lc = LEFT_CLASS.get(pw);
    if (lc) sink.add('lc=', lc);
    const lc2 = pw === 'of' || pw === 'the' ? LEFT_CLASS.get(ppw) : undefined;
    if (lc2) sink.add('lc2=', lc2);
    const rc = RIGHT_CLASS.get(nw);
    if (rc) sink.add('rc=', rc);
    sink.add('psh=', shapeAt(i - 1));
    sink.add('nsh=', shapeAt(i + 1));
    if (ss) {
      sink.add('ss', '');
      sink.add('ss+sh=', sh);
    }
    if (isAllCaps(w)) sink.add('caps', '');
    if (start && lowerSeen.has(lw)) sink.add('lower-elsewhere', '');
    if (start && i + 1 < n && isStart[i + 1]) sink.add('next-cap', '');
    if (start && i > 0 && isStart[i - 1]) sink.add('prev-cap', '');

    const hit = hits[i];
    if (start) {
      const len = runEnd[i] - runStart[i];
      const pos = len === 1 ? 'S' : i === runStart[i] ? 'B' : i === runEnd[i] - 1 ? 'E' : 'I';
      sink.add('run=', pos + Math.min(len, 4));
      if (hit && len > 1) sink.add(hit.length >= len ? 'run-in-gz' : 'run-part-gz', '');
    }
    if (hit) {
      sink.add('gz-pos=', hit.position);
      sink.add('gz-len=', String(Math.min(hit.length, 4)));
      for (const c of hit.classes) {
        sink.add('gz=', c);
        sink.add('gz+pos=', c, hit.position);
        sink.add('gz+pw=', c, pw);
        sink.add('gz+nw=', c, nw);
        if (ss) sink.add('gz+ss=', c);
      }
    } else {
      sink.add('gz=', 'none');
      sink.add('gz-none+pw=', pw);
    }
    if (start) {
      const name = left !== i ? text.slice(tokens[left].start, tokens[i].end) : w;
      let single = singleClasses.get(name);
      if (!singleClasses.has(name)) singleClasses.set(name, (single = lexicon.classes(name)));
      if (single) for (const c of single) sink.add('gz1=', c);
      const others = occurrences.get(w)!;
      if (others.length > 1) {
        // At most a few other occurrences, so a word repeated 10,000 times stays linear.
        const seen: string[] = [];
        let looked = 0;
        for (const j of others) {
          if (j === i) continue;
          if (++looked > 4) break;
          const a = ctx(j - 1);
          const b = ctx(j + 1);
          if (!seen.includes('p' + a)) {
            seen.push('p' + a);
            sink.add('dpw=', a);
          }
          if (!seen.includes('n' + b)) {
            seen.push('n' + b);
            sink.add('dnw=', b);
          }
        }
      }
    }
    const nextHit = hits[i + 1];
    if (nextHit && nextHit.position !== 'I') for (const c of nextHit.classes) sink.add('ngz=', c);
    const prevHit = hits[i - 1];
    if (prevHit && !hit) for (const c of prevHit.classes) sink.add('pgz=', c);
  }
  return { tokens, allowed };
}

const NONE: string[] = [];

/** Features as joined strings per token (what training counts and indexes). */
export function extractFeatures(text: string, lexicon: TaggerLexicon): TokenFeatures {
  const features: string[][] = [];
  let current = NONE;
  const { tokens, allowed } = scanFeatures(text, lexicon, {
    token(i) {
      while (features.length < i) features.push(NONE);
      current = [];
      features.push(current);
    },
    add(template, value, second) {
      current.push(second === undefined ? template + value : template + value + '|' + second);
    },
  });
  while (features.length < tokens.length) features.push(NONE);
  return { tokens, allowed, features };
}
