// Turns a text into, for each token that may be part of a place name, the features the model
// weighs: shape, affixes, context words and their classes, sentence position, other occurrences
// in the text, and the gazetteer's opinion of the name the token sits in. Tokens that cannot be
// in a name get none and are fixed to O.
import type { Token } from './tokens.ts';
import { articleBefore, canStart, tokenize } from './tokens.ts';
import type { LexiconHit, TaggerLexicon } from './lexicon.ts';
import { lexiconHits } from './lexicon.ts';
import { LEFT_CLASS, RIGHT_CLASS } from './word-classes.ts';
import type { ClassSet, Vocabulary, Word } from './vocabulary.ts';
import { BOS, EOS, vocabularyFor } from './vocabulary.ts';

/** Which tags a token may take: O only, O or B (a start), O or I, or any. */
export const Allowed = { OnlyO: 0, StartOnly: 1, ContinueOnly: 2, Any: 3 } as const;
export type Allowed = (typeof Allowed)[keyof typeof Allowed];

export interface TokenFeatures {
  tokens: Token[];
  allowed: Uint8Array;
  /** Feature strings per token; empty for tokens fixed to O. */
  features: string[][];
}

/** Where features go, as (template, value) pairs. A template ends in "=" when it has a value
 * ("pw=" + "in"); flags ("b", "caps") have the value "". */
export interface FeatureAdder {
  /** The feature template + value, or template + value + "|" + second. */
  add(template: string, value: string, second?: string): void;
}

/**
 * Features that depend on one word alone (the token's own word, the word before it, ...). A
 * scorer may then add up their weights once per word and reuse the sum for every token, which
 * is most of the tagger's speed; training just asks for the features themselves.
 */
export interface WordGroup {
  /** Dense, below GROUP_COUNT: scorers keep one cached sum per (word, group). */
  readonly index: number;
  emit(w: Word, out: FeatureAdder): void;
}

/**
 * Features that depend on two things each known by a small id within a vocabulary (a word, a
 * shape, a set of gazetteer classes): a scorer may sum their weights once per pair of ids.
 */
export interface PairGroup<A, B> {
  /** Dense, below 16: scorers key their cached sums by it. */
  readonly index: number;
  emit(a: A, b: B, out: FeatureAdder): void;
}

/**
 * Receives a text's features token by token, so that training can join them into strings and
 * tagging can look them up without building a string per feature.
 */
export interface FeatureSink extends FeatureAdder {
  token(i: number): void;
  /** The features `group` gives `w` (group.emit(w, sink), or their cached weights). */
  word(group: WordGroup, w: Word): void;
  /** The features `group` gives (a, b); aId and bId must identify a and b as far as emit can tell. */
  pair<A, B>(group: PairGroup<A, B>, a: A, aId: number, b: B, bId: number): void;
}

// The feature definitions that depend on one or two things; the rest are added in scanFeatures.

/** The token's own word: its form, shape, prefix and suffixes. */
const SELF: WordGroup = {
  index: 0,
  emit(w, out) {
    out.add('b', '');
    out.add('w=', w.lower);
    out.add('sh=', w.shape);
    out.add('p3=', w.lower.slice(0, 3));
    out.add('s3=', w.lower.slice(-3));
    out.add('s4=', w.lower.slice(-4));
    if (w.allCaps) out.add('caps', '');
  },
};
/** The word before the name ("near" in "near al-Mayadin"). */
const PREV: WordGroup = {
  index: 1,
  emit(pw, out) {
    out.add('pw=', pw.ctx);
    // The previous word's ending generalises over verbs never seen in training ("shelled X").
    if (pw.ctx.length > 4) out.add('pws=', pw.ctx.slice(-2));
    const lc = LEFT_CLASS.get(pw.ctx);
    if (lc) out.add('lc=', lc);
  },
};
/** The word before that. */
const PREV2: WordGroup = {
  index: 2,
  emit(ppw, out) {
    out.add('ppw=', ppw.ctx);
  },
};
/** The next word. */
const NEXT: WordGroup = {
  index: 3,
  emit(nw, out) {
    out.add('nw=', nw.ctx);
    const rc = RIGHT_CLASS.get(nw.ctx);
    if (rc) out.add('rc=', rc);
    out.add('nsh=', nw.shape);
  },
};
/** The word after that. */
const NEXT2: WordGroup = {
  index: 4,
  emit(nnw, out) {
    out.add('nnw=', nnw.ctx);
  },
};
/** The token just before (the hyphen in "al-Mayadin"). */
const PREV_TOKEN: WordGroup = {
  index: 5,
  emit(p, out) {
    out.add('psh=', p.shape);
  },
};
/** The token's own word at the start of a sentence: capitals there say little. */
const SENTENCE_START: WordGroup = {
  index: 6,
  emit(w, out) {
    out.add('ss', '');
    out.add('ss+sh=', w.shape);
  },
};
/** No gazetteer name covers the token: what the word before says then. */
const NOT_IN_GAZETTEER: WordGroup = {
  index: 7,
  emit(pw, out) {
    out.add('gz=', 'none');
    out.add('gz-none+pw=', pw.ctx);
  },
};
/** A word before another occurrence of the token's word. */
const BEFORE_ELSEWHERE: WordGroup = {
  index: 8,
  emit(w, out) {
    out.add('dpw=', w.ctx);
  },
};
/** A word after another occurrence of the token's word. */
const AFTER_ELSEWHERE: WordGroup = {
  index: 9,
  emit(w, out) {
    out.add('dnw=', w.ctx);
  },
};
export const GROUP_COUNT = 10;

const PREV_AND_SHAPE: PairGroup<Word, string> = {
  index: 0,
  emit(pw, sh, out) {
    out.add('pw+sh=', pw.ctx, sh);
  },
};
const NEXT_AND_SHAPE: PairGroup<Word, string> = {
  index: 1,
  emit(nw, sh, out) {
    out.add('nw+sh=', nw.ctx, sh);
  },
};
const PREV2_AND_PREV: PairGroup<Word, Word> = {
  index: 2,
  emit(ppw, pw, out) {
    out.add('ppw+pw=', ppw.ctx, pw.ctx);
  },
};

/** Where the token sits in the longest gazetteer name covering it. */
interface HitForm {
  readonly id: number;
  readonly position: LexiconHit['position'];
  /** The name's length in tokens, up to 4, as the feature value. */
  readonly length: string;
  /** The token starts a sentence. */
  readonly ss: boolean;
}
const HIT_POSITIONS = ['B', 'I', 'S'] as const;
const HIT_FORMS: HitForm[] = [];
for (const position of HIT_POSITIONS) {
  for (const length of ['0', '1', '2', '3', '4']) for (const ss of [false, true]) HIT_FORMS.push({ id: HIT_FORMS.length, position, length, ss });
}
function hitForm(hit: LexiconHit, ss: boolean): HitForm {
  return HIT_FORMS[(HIT_POSITIONS.indexOf(hit.position) * 5 + Math.min(hit.length, 4)) * 2 + (ss ? 1 : 0)];
}

/** The classes of the gazetteer name covering the token, and its place in it. */
const IN_NAME: PairGroup<ClassSet, HitForm> = {
  index: 3,
  emit(set, form, out) {
    out.add('gz-pos=', form.position);
    out.add('gz-len=', form.length);
    for (const c of set.classes) {
      out.add('gz=', c);
      out.add('gz+pos=', c, form.position);
      if (form.ss) out.add('gz+ss=', c);
    }
  },
};
const IN_NAME_AND_PREV: PairGroup<ClassSet, Word> = {
  index: 4,
  emit(set, pw, out) {
    for (const c of set.classes) out.add('gz+pw=', c, pw.ctx);
  },
};
const IN_NAME_AND_NEXT: PairGroup<ClassSet, Word> = {
  index: 5,
  emit(set, nw, out) {
    for (const c of set.classes) out.add('gz+nw=', c, nw.ctx);
  },
};
/** The classes of the token's word taken alone (with its article: "al-Mayadin"). */
const NAME_ALONE: PairGroup<ClassSet, null> = {
  index: 6,
  emit(set, _, out) {
    for (const c of set.classes) out.add('gz1=', c);
  },
};
/** A gazetteer name starts at the next token. */
const NAME_NEXT: PairGroup<ClassSet, null> = {
  index: 7,
  emit(set, _, out) {
    for (const c of set.classes) out.add('ngz=', c);
  },
};
/** A gazetteer name covers the previous token and not this one. */
const NAME_BEFORE: PairGroup<ClassSet, null> = {
  index: 8,
  emit(set, _, out) {
    for (const c of set.classes) out.add('pgz=', c);
  },
};

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** Cheap test that lets most texts skip ADDRESS, which tries every position of the text. */
function mayHoldAddress(text: string): boolean {
  return text.includes('@') || text.includes('://') || text.includes('www.');
}

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

/**
 * The scanner's per-text working arrays, kept from one text to the next: a typed array is an
 * allocation outside the JS heap, which costs more than filling one, and texts come by the
 * thousand. (scanFeatures does not call itself, so one set is enough.)
 */
class Scratch {
  readonly isStart: Uint8Array;
  /** canStart() of each token, before addresses are ruled out. */
  readonly startable: Uint8Array;
  readonly inAddress: Uint8Array;
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  readonly lengthsByFirst = new Uint32Array(128);
  constructor(n: number) {
    const size = Math.max(1024, n * 2);
    this.isStart = new Uint8Array(size);
    this.startable = new Uint8Array(size);
    this.inAddress = new Uint8Array(size);
    this.runStart = new Int32Array(size);
    this.runEnd = new Int32Array(size);
  }
}
let scratch = new Scratch(0);

// Values of the "run=" feature, made once rather than joined per token.
const RUN_VALUES = ['S', 'B', 'E', 'I'].map((p) => [0, 1, 2, 3, 4].map((k) => p + k));

export function scanFeatures(text: string, vocab: Vocabulary, sink: FeatureSink, tokens: Token[] = tokenize(text)): ScanResult {
  const n = tokens.length;
  const lexicon = vocab.lexicon;
  const allowed = new Uint8Array(n); // all Allowed.OnlyO
  if (scratch.isStart.length < n) scratch = new Scratch(n);
  const { isStart, startable, inAddress, runStart, runEnd, lengthsByFirst } = scratch;
  for (let i = 0; i < n; i++) isStart[i] = startable[i] = canStart(tokens[i].text) ? 1 : 0;
  // Words inside a web or e-mail address ("example.com/Paris") are never place names.
  inAddress.fill(0, 0, n);
  if (mayHoldAddress(text)) {
    for (const m of text.matchAll(ADDRESS)) {
      const end = m.index + m[0].length;
      for (let k = firstTokenAt(tokens, m.index); k < n && tokens[k].start < end; k++) {
        isStart[k] = 0;
        inAddress[k] = 1;
      }
    }
  }
  // Each token's word record, looked up only for the tokens near a capitalised word.
  const words: Array<Word | undefined> = [];
  for (let i = 0; i < n; i++) words.push(undefined);
  const wordAt = (j: number): Word => {
    if (j < 0) return BOS;
    if (j >= n) return EOS;
    return (words[j] ??= vocab.word(tokens[j].text));
  };
  const hits = lexiconHits(text, tokens, lexicon, wordAt, startable);
  // Where else the same capitalised word occurs: "in Lanexa" early on vouches for "Lanexa" later.
  const occurrences = new Map<Word, number[]>();
  // Runs of capitalised words: "United Russia" is one name even if only "Russia" is a place.
  // (runStart and runEnd are set below for every capitalised token, the only ones read.)
  // A capitalised word also used in lower case in the same text ("Council", "Hall") is
  // probably a common word, whatever the gazetteer says. Only the lower-case forms of the
  // text's capitalised words are looked for among its other tokens.
  const lowerForms = new Set<string>();
  for (let i = 0; i < n; ) {
    if (!isStart[i]) {
      i++;
      continue;
    }
    let j = i;
    for (; j < n && isStart[j]; j++) {
      const w = wordAt(j);
      const list = occurrences.get(w);
      if (list) list.push(j);
      else {
        occurrences.set(w, [j]);
        lowerForms.add(w.lower);
      }
    }
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }
  // Hashing every other token's text for that costs more than the rest of the scan, so a
  // token is looked up only if some lower-case form starts with its (ASCII) first character
  // and has its length.
  lengthsByFirst.fill(0);
  for (const f of lowerForms) {
    const c = f.charCodeAt(0);
    if (c < 128) lengthsByFirst[c] |= 1 << Math.min(f.length, 31);
  }
  const lowerSeen = new Set<string>();
  if (lowerForms.size) {
    for (let i = 0; i < n; i++) {
      if (isStart[i]) continue;
      const t = tokens[i].text;
      const c = t.charCodeAt(0);
      if (c < 128 && !((lengthsByFirst[c] >>> Math.min(t.length, 31)) & 1)) continue;
      if (lowerForms.has(t)) lowerSeen.add(t);
    }
  }

  const seenBefore: string[] = [];
  const seenAfter: string[] = [];
  for (let i = 0; i < n; i++) {
    const start = isStart[i] === 1;
    // A connector ("of", "the", "-") can only continue a name already open, so after a token
    // fixed to O it is fixed to O as well; that keeps most function words out of the model.
    allowed[i] = inAddress[i] ? Allowed.OnlyO : start ? Allowed.Any : i > 0 && allowed[i - 1] !== Allowed.OnlyO && wordAt(i).canContinue ? Allowed.ContinueOnly : Allowed.OnlyO;
    if (allowed[i] === Allowed.OnlyO) continue;
    sink.token(i);
    const word = wordAt(i);
    // Words this close decide a lot ("in X", "X County", "X said", "Mr. X"); further away, little.
    // "near al-Mayadin" reads as "near Mayadin".
    const left = articleBefore(tokens, i) >= 0 ? i - 2 : i;
    const pw = wordAt(left - 1);
    const ppw = wordAt(left - 2);
    const nw = wordAt(i + 1);
    const ss = tokens[i].sentenceStart;
    sink.word(SELF, word);
    sink.word(PREV, pw);
    sink.word(PREV2, ppw);
    sink.word(NEXT, nw);
    sink.word(NEXT2, wordAt(i + 2));
    sink.word(PREV_TOKEN, wordAt(i - 1));
    sink.pair(PREV_AND_SHAPE, pw, pw.id, word.shape, word.shapeId);
    sink.pair(NEXT_AND_SHAPE, nw, nw.id, word.shape, word.shapeId);
    sink.pair(PREV2_AND_PREV, ppw, ppw.id, pw, pw.id);
    if (left !== i) sink.add('article', '');
    const lc2 = pw.ctx === 'of' || pw.ctx === 'the' ? LEFT_CLASS.get(ppw.ctx) : undefined;
    if (lc2) sink.add('lc2=', lc2);
    if (ss) sink.word(SENTENCE_START, word);
    if (start && lowerSeen.has(word.lower)) sink.add('lower-elsewhere', '');
    if (start && i + 1 < n && isStart[i + 1]) sink.add('next-cap', '');
    if (start && i > 0 && isStart[i - 1]) sink.add('prev-cap', '');

    const hit = hits[i];
    if (start) {
      const len = runEnd[i] - runStart[i];
      const pos = len === 1 ? 0 : i === runStart[i] ? 1 : i === runEnd[i] - 1 ? 2 : 3;
      sink.add('run=', RUN_VALUES[pos][Math.min(len, 4)]);
      if (hit && len > 1) sink.add(hit.length >= len ? 'run-in-gz' : 'run-part-gz', '');
    }
    if (hit) {
      const set = vocab.classSet(hit.classes);
      const form = hitForm(hit, ss);
      sink.pair(IN_NAME, set, set.id, form, form.id);
      sink.pair(IN_NAME_AND_PREV, set, set.id, pw, pw.id);
      sink.pair(IN_NAME_AND_NEXT, set, set.id, nw, nw.id);
    } else {
      sink.word(NOT_IN_GAZETTEER, pw);
    }
    if (start) {
      const single = left !== i ? lexicon.classes(text.slice(tokens[left].start, tokens[i].end)) : word.classes();
      if (single) {
        const set = vocab.classSet(single);
        sink.pair(NAME_ALONE, set, set.id, null, 0);
      }
      const others = occurrences.get(word)!;
      if (others.length > 1) {
        // At most a few other occurrences, so a word repeated 10,000 times stays linear.
        seenBefore.length = 0;
        seenAfter.length = 0;
        let looked = 0;
        for (const j of others) {
          if (j === i) continue;
          if (++looked > 4) break;
          const a = wordAt(j - 1);
          const b = wordAt(j + 1);
          if (!seenBefore.includes(a.ctx)) {
            seenBefore.push(a.ctx);
            sink.word(BEFORE_ELSEWHERE, a);
          }
          if (!seenAfter.includes(b.ctx)) {
            seenAfter.push(b.ctx);
            sink.word(AFTER_ELSEWHERE, b);
          }
        }
      }
    }
    const nextHit = i + 1 < n ? hits[i + 1] : undefined;
    if (nextHit && nextHit.position !== 'I') {
      const set = vocab.classSet(nextHit.classes);
      sink.pair(NAME_NEXT, set, set.id, null, 0);
    }
    const prevHit = i > 0 ? hits[i - 1] : undefined;
    if (prevHit && !hit) {
      const set = vocab.classSet(prevHit.classes);
      sink.pair(NAME_BEFORE, set, set.id, null, 0);
    }
  }
  return { tokens, allowed };
}

const NONE: string[] = [];

/** Features as joined strings per token (what training counts and indexes). */
export function extractFeatures(text: string, lexicon: TaggerLexicon): TokenFeatures {
  const features: string[][] = [];
  let current = NONE;
  const vocab = vocabularyFor(lexicon);
  vocab.trim();
  const { tokens, allowed } = scanFeatures(text, vocab, {
    token(i) {
      while (features.length < i) features.push(NONE);
      current = [];
      features.push(current);
    },
    add(template, value, second) {
      current.push(second === undefined ? template + value : template + value + '|' + second);
    },
    word(group, w) {
      group.emit(w, this);
    },
    pair(group, a, _aId, b) {
      group.emit(a, b, this);
    },
  });
  while (features.length < tokens.length) features.push(NONE);
  return { tokens, allowed, features };
}
