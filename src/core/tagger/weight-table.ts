// The model's weights in an open-addressing hash table keyed by two 32-bit hashes of the
// feature text, so tagging looks features up from their parts without building a string
// per feature (the costliest step when the weights sat in a Map).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED2 = 0x9747b28c;
const BAR = 124; // '|', the separator of composite values ("city|in")

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
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  private readonly used: Uint8Array;
  private readonly w: Float32Array;
  private readonly mask: number;

  constructor(entries: Iterable<[string, readonly [number, number]]>, count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.k1 = new Int32Array(size);
    this.k2 = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.w = new Float32Array(size * 2);
    const h = new FeatureHash();
    for (const [key, [b, i]] of entries) {
      h.reset().text(key);
      let slot = h.h1 & this.mask;
      while (this.used[slot]) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.k1[slot] = h.h1;
      this.k2[slot] = h.h2;
      this.w[slot * 2] = b;
      this.w[slot * 2 + 1] = i;
    }
  }

  /** Index into weights() of the feature with this hash, or -1. */
  find(h: FeatureHash): number {
    const h1 = h.h1 | 0;
    const h2 = h.h2 | 0;
    for (let slot = h1 & this.mask; this.used[slot]; slot = (slot + 1) & this.mask) {
      if (this.k1[slot] === h1 && this.k2[slot] === h2) return slot * 2;
    }
    return -1;
  }

  /** [B, I] weight pairs, at the indices find() returns. */
  weights(): Float32Array {
    return this.w;
  }
}

/**
 * Adds each feature's weights into per-token B and I scores as the features are produced.
 * One instance per tagger, reused across texts, so the hot methods stay monomorphic.
 */
export class ScoringSink {
  emission = new Float64Array(1024 * 3);
  private base = 0;
  private readonly hash = new FeatureHash();
  private readonly w: Float32Array;

  constructor(private readonly table: WeightTable) {
    this.w = table.weights();
  }

  /** Clears the scores for a text of n tokens. */
  reset(n: number): void {
    if (this.emission.length < n * 3) this.emission = new Float64Array(n * 3);
    else this.emission.fill(0, 0, n * 3);
  }

  token(i: number): void {
    this.base = i * 3;
  }

  add(template: string, value: string, second?: string): void {
    const h = this.hash.reset().text(template);
    if (second === undefined) h.text(value);
    else h.pair(value, second);
    const at = this.table.find(h);
    if (at < 0) return;
    this.emission[this.base + 1] += this.w[at];
    this.emission[this.base + 2] += this.w[at + 1];
  }
}
