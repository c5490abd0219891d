// One record per distinct word the tagger meets: what the features need to know about a word
// (lower case, shape, whether it may start or continue a name, its gazetteer classes) is worked
// out once per word rather than once per token, and kept across texts. News reuses a few
// thousand words over and over, so most tokens find their record already made.
import type { TaggerLexicon } from './lexicon.ts';
import { canContinue, canStart, isConnector } from './tokens.ts';
import { isAllCaps, shape } from './word-classes.ts';

const NUMBER = /^[0-9]+$/;

export class Word {
  /** Dense within its vocabulary (sentinels first), so per-word caches can be arrays. */
  readonly id: number;
  readonly text: string;
  readonly lower: string;
  /** The word as context of another: lower case, "<num>" for a number, "<s>"/"</s>" past the text's ends. */
  readonly ctx: string;
  /** shape(text), or "<s>"/"</s>" past the text's ends. */
  readonly shape: string;
  /** The same for the same shape, within a vocabulary. */
  readonly shapeId: number;
  readonly canStart: boolean;
  readonly canContinue: boolean;
  readonly isConnector: boolean;
  readonly allCaps: boolean;
  private readonly lexicon: TaggerLexicon | undefined;
  private looked = false;
  private cls: readonly string[] | undefined;
  /** 0 not asked yet, 1 yes, 2 no. */
  private longer = 0;

  constructor(id: number, text: string, shapeIds: Map<string, number>, lexicon?: TaggerLexicon, sentinel?: string) {
    this.lexicon = lexicon;
    this.id = id;
    this.text = text;
    this.lower = text.toLowerCase();
    const c = text.charCodeAt(0);
    this.ctx = sentinel ?? (c >= 48 && c <= 57 && NUMBER.test(text) ? '<num>' : this.lower);
    this.shape = sentinel ?? shape(text);
    let shapeId = shapeIds.get(this.shape);
    if (shapeId === undefined) shapeIds.set(this.shape, (shapeId = shapeIds.size));
    this.shapeId = shapeId;
    this.canStart = sentinel === undefined && canStart(text);
    this.canContinue = sentinel === undefined && canContinue(text);
    this.isConnector = sentinel === undefined && isConnector(text);
    this.allCaps = sentinel === undefined && isAllCaps(text);
  }

  /** The lexicon's classes for this word alone, asked once. */
  classes(): readonly string[] | undefined {
    if (!this.looked) {
      this.cls = this.lexicon?.classes(this.text);
      this.looked = true;
    }
    return this.cls;
  }

  /** Whether a name of several words may begin with this word followed by white space, asked once. */
  beginsLongerName(): boolean {
    if (this.longer === 0) this.longer = (this.lexicon?.beginsLongerName?.(this.text) ?? true) ? 1 : 2;
    return this.longer === 1;
  }
}

const SENTINEL_SHAPES = new Map([
  ['<s>', 0],
  ['</s>', 1],
]);
/** Before the first token and after the last. */
export const BOS = new Word(0, '', SENTINEL_SHAPES, undefined, '<s>');
export const EOS = new Word(1, '', SENTINEL_SHAPES, undefined, '</s>');
const FIRST_ID = 2;

/** A set of gazetteer classes, as the lexicon gives them, with an id for caches. */
export interface ClassSet {
  readonly id: number;
  readonly classes: readonly string[];
}

/** The words met so far, for one lexicon (records cache its answers). */
export class Vocabulary {
  /** Bumped when the vocabulary is emptied: word ids are then reused, so id-keyed caches must go. */
  generation = 0;
  /** Words of up to 7 ASCII characters, by their characters packed (see word()). */
  private readonly short = new PackedWords();
  /** The other words. */
  private readonly byText = new Map<string, Word>();
  private count = 0;
  private nextId = FIRST_ID;
  private shapeIds = new Map(SENTINEL_SHAPES);
  // Class lists by identity (the lexicon hands out the same list for the same name), then by content.
  private setsByList = new WeakMap<readonly string[], ClassSet>();
  private readonly setsByContent = new Map<string, ClassSet>();

  constructor(
    readonly lexicon: TaggerLexicon,
    /** Words kept before trim() empties the vocabulary (a web worker lives long). */
    readonly limit = 30_000,
  ) {}

  word(text: string): Word {
    // Most tokens are short ASCII words ("the", "said", ","): their characters, packed 7 bits
    // each with the length, are an exact key to a table of plain numbers. Amid the rest of the
    // engine every memory access here is a cache miss, and a Map look-up makes about four
    // (its buckets, its entry, the key string to compare, the record); this makes two.
    const n = text.length;
    if (n <= 7) {
      let a = 0;
      let b = n;
      let k = 0;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c >= 128) break;
        if (k < 4) a = (a << 7) | c;
        else b = (b << 7) | c;
      }
      if (k === n) return this.short.get(a, b) ?? this.short.set(a, b, this.make(text));
    }
    let w = this.byText.get(text);
    if (w === undefined) this.byText.set(text, (w = this.make(text)));
    return w;
  }

  private make(text: string): Word {
    this.count++;
    return new Word(this.nextId++, text, this.shapeIds, this.lexicon);
  }

  /** The set of these classes: one object, with one id, for equal lists. */
  classSet(classes: readonly string[]): ClassSet {
    let set = this.setsByList.get(classes);
    if (set === undefined) {
      const key = classes.join('\n');
      set = this.setsByContent.get(key);
      if (set === undefined) this.setsByContent.set(key, (set = { id: this.setsByContent.size, classes }));
      this.setsByList.set(classes, set);
    }
    return set;
  }

  /** Empties the vocabulary once it is past its limit (ids of words, shapes and class sets start
   * over). Call between texts, never within one. */
  trim(): void {
    if (this.count <= this.limit) return;
    this.byText.clear();
    this.short.clear();
    this.count = 0;
    this.nextId = FIRST_ID;
    this.shapeIds = new Map(SENTINEL_SHAPES);
    this.setsByList = new WeakMap();
    this.setsByContent.clear();
    this.generation++;
  }
}

/**
 * Words keyed by two non-negative int32s, in an open-addressing table: keys in an Int32Array
 * (a = -1 marks a free slot), the words in an array alongside.
 */
class PackedWords {
  private keys = new Int32Array(0);
  private words: Array<Word | undefined> = [];
  private mask = 0;
  private size = 0;

  constructor() {
    this.resize(4096);
  }

  private slot(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    while (this.keys[slot * 2] !== -1 && (this.keys[slot * 2] !== a || this.keys[slot * 2 + 1] !== b)) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(a: number, b: number): Word | undefined {
    return this.words[this.slot(a, b)];
  }

  /** Adds a key get() did not find; returns its word. */
  set(a: number, b: number, w: Word): Word {
    if ((this.size + 1) * 2 > this.mask + 1) this.resize((this.mask + 1) * 2);
    const slot = this.slot(a, b);
    this.keys[slot * 2] = a;
    this.keys[slot * 2 + 1] = b;
    this.words[slot] = w;
    this.size++;
    return w;
  }

  clear(): void {
    this.keys.fill(-1);
    this.words.fill(undefined);
    this.size = 0;
  }

  private resize(slots: number): void {
    const keys = this.keys;
    const words = this.words;
    this.keys = new Int32Array(slots * 2).fill(-1);
    this.words = Array.from({ length: slots }, () => undefined);
    this.mask = slots - 1;
    this.size = 0;
    for (let s = 0; s < words.length; s++) {
      const w = words[s];
      if (w !== undefined) this.set(keys[s * 2], keys[s * 2 + 1], w);
    }
  }
}

const shared = new WeakMap<TaggerLexicon, Vocabulary>();

/** One vocabulary per lexicon, for callers that do not keep their own (training). */
export function vocabularyFor(lexicon: TaggerLexicon): Vocabulary {
  let v = shared.get(lexicon);
  if (!v) shared.set(lexicon, (v = new Vocabulary(lexicon)));
  return v;
}
