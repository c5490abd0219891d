// The model's weights in an open-addressing hash table keyed by two 32-bit hashes of the
// feature text, so tagging looks features up from their parts without building a string
// per feature (the costliest step when the weights sat in a Map).

import type { FeatureAdder, FeatureSink, PairGroup, WordGroup } from './features.ts';
import { GROUP_COUNT } from './features.ts';
import type { Vocabulary, Word } from './vocabulary.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED2 = 0x9747b28c;
const BAR = 124; // '|', the separator of composite values ("city|in")
const NEWLINE = 10;

/** A float32 weight whose sums come out the same in any order (see WeightTable.exactSums). */
function exactWeight(x: number): boolean {
  return Number.isInteger(x * 2 ** 30) && Math.abs(x) < 2 ** 10;
}

/** A running pair of hashes over a feature's characters. */
export class FeatureHash {
  h1 = FNV_OFFSET;
  h2 = SEED2;
  reset(): this {
    this.h1 = FNV_OFFSET;
    this.h2 = SEED2;
    return this;
  }
  char(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, FNV_PRIME);
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995);
    this.h2 ^= this.h2 >>> 15;
  }
  text(s: string): this {
    for (let k = 0; k < s.length; k++) this.char(s.charCodeAt(k));
    return this;
  }
  /** The hash of a + "|" + b, without joining them. */
  pair(a: string, b: string): this {
    this.text(a);
    this.char(BAR);
    return this.text(b);
  }
}

export class WeightTable {
  // Per slot [h1, h2, B, I]: the keys read as int32 and the weights as float32 over one buffer,
  // so that a probe reads one cache line rather than one per array.
  private readonly keys: Int32Array;
  private readonly w: Float32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  /**
   * True when any sum of a token's weights comes out the same in any order: every weight is a
   * float32 that is a multiple of 2^-30 (true of anything >= 2^-7 in size, and the model file
   * rounds to 0.01) and below 2^10, so float64 sums of up to 8,000 of them are exact. Scorers may
   * then add up groups of weights ahead of time without changing a single bit of the result.
   */
  readonly exactSums: boolean;

  /**
   * `names`: the features' names joined by "\n" (as the model file holds them); `weights`: their
   * [B, I] pairs in the same order. The names are hashed where they lie in the one string: no
   * string per feature is made.
   */
  constructor(names: string, weights: ArrayLike<number>, count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * 16);
    this.keys = new Int32Array(buffer);
    this.w = new Float32Array(buffer);
    this.used = new Uint8Array(size);
    let exact = true;
    let at = 0;
    const end = names.length;
    for (let n = 0; n < count; n++) {
      // FeatureHash.text(name), inlined: this loop runs over every character of the model once,
      // in a cold worker, as the first analysis waits.
      let h1 = FNV_OFFSET;
      let h2 = SEED2;
      for (let c = names.charCodeAt(at); at < end && c !== NEWLINE; c = names.charCodeAt(++at)) {
        h1 = Math.imul(h1 ^ c, FNV_PRIME);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      at++;
      let slot = h1 & this.mask;
      while (this.used[slot]) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot * 4] = h1;
      this.keys[slot * 4 + 1] = h2;
      this.w[slot * 4 + 2] = weights[n * 2];
      this.w[slot * 4 + 3] = weights[n * 2 + 1];
      exact &&= exactWeight(this.w[slot * 4 + 2]) && exactWeight(this.w[slot * 4 + 3]);
    }
    this.exactSums = exact;
  }

  /** A table of these (name, [B, I]) entries. */
  static of(entries: Iterable<readonly [string, readonly [number, number]]>): WeightTable {
    const names: string[] = [];
    const weights: number[] = [];
    for (const [name, [b, i]] of entries) {
      names.push(name);
      weights.push(b, i);
    }
    return new WeightTable(names.join('\n'), weights, names.length);
  }

  /** Index into weights() of the feature with this hash (its B weight; I follows), or -1. */
  find(h: FeatureHash): number {
    const h1 = h.h1 | 0;
    const h2 = h.h2 | 0;
    for (let slot = h1 & this.mask; this.used[slot]; slot = (slot + 1) & this.mask) {
      if (this.keys[slot * 4] === h1 && this.keys[slot * 4 + 1] === h2) return slot * 4 + 2;
    }
    return -1;
  }

  /** [B, I] weight pairs, at the indices find() returns. */
  weights(): Float32Array {
    return this.w;
  }
}

/** Sums the weights of the features given to it (one group's, for one word). */
class WeightSum implements FeatureAdder {
  b = 0;
  i = 0;
  private readonly hash = new FeatureHash();
  constructor(
    private readonly table: WeightTable,
    private readonly w: Float32Array,
  ) {}

  add(template: string, value: string, second?: string): void {
    const h = this.hash.reset().text(template);
    if (second === undefined) h.text(value);
    else h.pair(value, second);
    const at = this.table.find(h);
    if (at < 0) return;
    this.b += this.w[at];
    this.i += this.w[at + 1];
  }
}

// Caches grow with the words and values met; past these sizes they are emptied between texts.
const MAX_VALUES = 100_000;
const MAX_PAIRS = 1 << 18;

/**
 * Summed [B, I] weights per (int, int) key, in an open-addressing table (no Map, no boxing).
 * Each slot is [a, b, B, I] in one Float64Array, so a probe touches one cache line: the
 * tagger runs amid the rest of the engine, where every other line is a cache miss.
 */
class PairSums {
  /** [a, b, B, I] per slot; a = -1 when the slot is free. Keys are non-negative integers. */
  slots = new Float64Array(0);
  private count = 0;
  private mask = 0;

  constructor() {
    this.resize(1024);
  }

  /** Offset of the key's slot in `slots`, or -(offset + 1) when absent: then store() fills it. */
  find(a: number, b: number): number {
    const slots = this.slots;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (let k = slots[slot * 4]; k !== -1; k = slots[slot * 4]) {
      if (k === a && slots[slot * 4 + 1] === b) return slot * 4;
      slot = (slot + 1) & this.mask;
    }
    return -(slot * 4 + 1);
  }

  /** Stores sums where find() reported the key missing; returns their offset in `slots`. */
  store(free: number, a: number, b: number, sumB: number, sumI: number): number {
    let at = -free - 1;
    if ((this.count + 1) * 2 > this.mask + 1) {
      // Half full: grow, or start over when big (only sums that can be made again are lost).
      if (this.mask + 1 < MAX_PAIRS) this.resize((this.mask + 1) * 2);
      else this.clear();
      at = -this.find(a, b) - 1;
    }
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = sumB;
    this.slots[at + 3] = sumI;
    this.count++;
    return at;
  }

  clear(): void {
    if (this.count === 0) return;
    for (let at = 0; at < this.slots.length; at += 4) this.slots[at] = -1;
    this.count = 0;
  }

  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Float64Array(size * 4);
    for (let at = 0; at < this.slots.length; at += 4) this.slots[at] = -1;
    this.mask = size - 1;
    this.count = 0;
    for (let s = 0; s < old.length; s += 4) {
      if (old[s] === -1) continue;
      const at = -this.find(old[s], old[s + 1]) - 1;
      this.slots.set(old.subarray(s, s + 4), at);
      this.count++;
    }
  }
}

/**
 * Adds each feature's weights into per-token B and I scores as the features are produced.
 * One instance per tagger, reused across texts, so the hot methods stay monomorphic.
 *
 * Speed: most features come in word and pair groups (see WordGroup, PairGroup in features.ts),
 * whose weights are summed once per word or pair of ids and then reused for every token. That
 * is exact (WeightTable.exactSums), so the scores are the same bits as adding feature by
 * feature. The few features added one by one have their table slot remembered per (template,
 * value); the values are strings the scanner keeps, so Map look-ups reuse their hashes.
 */
export class ScoringSink implements FeatureSink {
  emission = new Float64Array(1024 * 3);
  private base = 0;
  private readonly hash = new FeatureHash();
  private readonly w: Float32Array;
  private readonly sum: WeightSum;
  /** template -> value -> index into w, or -1 when the model lacks the feature. */
  private singles = new Map<string, Map<string, number>>();
  private remembered = 0;
  /** Per (pair group and first id, second id): the [B, I] sums. */
  private readonly pairSums = new PairSums();
  /** Per (word id, group): the [B, I] sums, NaN while not summed yet. */
  private sums = new Float64Array(0);
  /** The vocabulary (and its generation) whose word ids the cached sums are keyed by. */
  private vocab: Vocabulary | undefined;
  private generation = -1;

  constructor(private readonly table: WeightTable) {
    this.w = table.weights();
    this.sum = new WeightSum(table, this.w);
  }

  /** Clears the scores for a text of n tokens whose words come from `vocab`. */
  reset(n: number, vocab: Vocabulary): void {
    if (this.emission.length < n * 3) this.emission = new Float64Array(n * 3);
    else this.emission.fill(0, 0, n * 3);
    if (vocab !== this.vocab || vocab.generation !== this.generation) {
      this.vocab = vocab;
      this.generation = vocab.generation;
      this.sums.fill(NaN);
      this.pairSums.clear();
    }
    if (this.remembered > MAX_VALUES) {
      this.singles = new Map();
      this.remembered = 0;
    }
  }

  token(i: number): void {
    this.base = i * 3;
  }

  add(template: string, value: string, second?: string): void {
    // Composite features come in pair groups; one added here directly is looked up directly.
    const at = second === undefined ? this.slot(template, value) : this.table.find(this.hash.reset().text(template).pair(value, second));
    if (at < 0) return;
    this.emission[this.base + 1] += this.w[at];
    this.emission[this.base + 2] += this.w[at + 1];
  }

  word(group: WordGroup, w: Word): void {
    if (!this.table.exactSums) {
      group.emit(w, this);
      return;
    }
    const k = w.id * GROUP_COUNT + group.index;
    if (k * 2 >= this.sums.length) this.grow(k);
    if (Number.isNaN(this.sums[k * 2])) {
      this.sum.b = 0;
      this.sum.i = 0;
      group.emit(w, this.sum);
      this.sums[k * 2] = this.sum.b;
      this.sums[k * 2 + 1] = this.sum.i;
    }
    this.emission[this.base + 1] += this.sums[k * 2];
    this.emission[this.base + 2] += this.sums[k * 2 + 1];
  }

  pair<A, B>(group: PairGroup<A, B>, a: A, aId: number, b: B, bId: number): void {
    if (!this.table.exactSums) {
      group.emit(a, b, this);
      return;
    }
    const k1 = aId * 16 + group.index;
    let at = this.pairSums.find(k1, bId);
    if (at < 0) {
      this.sum.b = 0;
      this.sum.i = 0;
      group.emit(a, b, this.sum);
      at = this.pairSums.store(at, k1, bId, this.sum.b, this.sum.i);
    }
    const slots = this.pairSums.slots;
    this.emission[this.base + 1] += slots[at + 2];
    this.emission[this.base + 2] += slots[at + 3];
  }

  private grow(k: number): void {
    let size = Math.max(1024, this.sums.length / 2);
    while (size <= k) size *= 2;
    const sums = new Float64Array(size * 2).fill(NaN);
    sums.set(this.sums);
    this.sums = sums;
  }

  private slot(template: string, value: string): number {
    let byValue = this.singles.get(template);
    if (byValue === undefined) this.singles.set(template, (byValue = new Map()));
    let at = byValue.get(value);
    if (at === undefined) {
      at = this.table.find(this.hash.reset().text(template).text(value));
      byValue.set(value, at);
      this.remembered++;
    }
    return at;
  }
}
