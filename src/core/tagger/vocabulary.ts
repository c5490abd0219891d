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
  private readonly byText = new Map<string, Word>();
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
    let w = this.byText.get(text);
    if (w === undefined) {
      w = new Word(this.nextId++, text, this.shapeIds, this.lexicon);
      this.byText.set(text, w);
    }
    return w;
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
    if (this.byText.size <= this.limit) return;
    this.byText.clear();
    this.nextId = FIRST_ID;
    this.shapeIds = new Map(SENTINEL_SHAPES);
    this.setsByList = new WeakMap();
    this.setsByContent.clear();
    this.generation++;
  }
}

const shared = new WeakMap<TaggerLexicon, Vocabulary>();

/** One vocabulary per lexicon, for callers that do not keep their own (training). */
export function vocabularyFor(lexicon: TaggerLexicon): Vocabulary {
  let v = shared.get(lexicon);
  if (!v) shared.set(lexicon, (v = new Vocabulary(lexicon)));
  return v;
}
