// Training from annotated documents: aligns gold toponym spans to the tagger's tokens as BIO
// tags, keeps features seen often enough to trust, fits the perceptron and writes the model.
import type { TokenFeatures } from './features.ts';
import { extractFeatures } from './features.ts';
import type { TaggerLexicon } from './lexicon.ts';
import { trainPerceptron } from './perceptron.ts';
import type { TrainingSequence } from './perceptron.ts';
import { writeModel } from './model-file.ts';
import { B, I } from './viterbi.ts';
import { articleBefore, canStart, tokenize } from './tokens.ts';

export interface GoldSpan {
  start: number;
  end: number;
  /** False for spans the gold marks but does not count (e.g. toponyms without coordinates). */
  counted?: boolean;
}

export interface AnnotatedText {
  text: string;
  spans: GoldSpan[];
}

export interface TrainModelOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount: number;
  meta?: Record<string, unknown>;
  /** Average the weights of this many runs over differently shuffled data (seed, seed+1, ...). */
  bag?: number;
}

/** Gold BIO tags over the tagger's tokens. Uncounted or misaligned spans leave their tokens unlabelled. */
export function goldTags(doc: AnnotatedText, tf: TokenFeatures): { gold: Uint8Array; labelled: Uint8Array; misaligned: number } {
  const n = tf.tokens.length;
  const gold = new Uint8Array(n);
  const labelled = new Uint8Array(n).fill(1);
  let misaligned = 0;
  let k = 0;
  for (const t of [...doc.spans].sort((a, b) => a.start - b.start)) {
    while (k < n && tf.tokens[k].end <= t.start) k++;
    let first = -1;
    let last = -1;
    for (let j = k; j < n && tf.tokens[j].start < t.end; j++) {
      if (first < 0) first = j;
      last = j;
    }
    if (first < 0) continue;
    // "al-Mayadin" is tagged from "Mayadin"; propose() puts the article back.
    if (first + 2 <= last && articleBefore(tf.tokens, first + 2) === first) {
      labelled[first] = 0;
      labelled[first + 1] = 0;
      first += 2;
    }
    const aligned = (tf.tokens[first].start === t.start || articleBefore(tf.tokens, first) >= 0) && tf.tokens[last].end === t.end;
    if (!aligned) misaligned++;
    for (let j = first; j <= last; j++) {
      if (t.counted === false || !aligned) labelled[j] = 0;
      else gold[j] = j === first ? B : I;
    }
  }
  return { gold, labelled, misaligned };
}

export class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  constructor(docs: readonly TokenFeatures[], minCount: number) {
    const counts = new Map<string, number>();
    for (const d of docs) for (const fs of d.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    // Sorted so that ids, and so the training, do not depend on document order.
    for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (c < minCount) continue;
      this.ids.set(f, this.names.length);
      this.names.push(f);
    }
  }
  encode(fs: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of fs) {
      const id = this.ids.get(f);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  }
}

/** Trains on documents whose features are already extracted (the CV loop reuses them across folds). */
export function trainFromFeatures(docs: readonly AnnotatedText[], feats: readonly TokenFeatures[], options: TrainModelOptions): string {
  const index = new FeatureIndex(feats, options.minCount);
  const data: TrainingSequence[] = docs.map((d, i) => {
    const { gold, labelled } = goldTags(d, feats[i]);
    return { features: feats[i].features.map((fs) => index.encode(fs)), allowed: feats[i].allowed, gold, labelled };
  });
  const runs = options.bag ?? 1;
  const w = trainPerceptron(data, { featureCount: index.names.length, epochs: options.epochs, seed: options.seed });
  for (let r = 1; r < runs; r++) {
    const v = trainPerceptron(data, { featureCount: index.names.length, epochs: options.epochs, seed: options.seed + r });
    for (let k = 0; k < w.emission.length; k++) w.emission[k] += v.emission[k];
    for (let k = 0; k < w.transition.length; k++) w.transition[k] += v.transition[k];
  }
  for (let k = 0; k < w.emission.length; k++) w.emission[k] /= runs;
  for (let k = 0; k < w.transition.length; k++) w.transition[k] /= runs;
  return writeModel(index.names, w, options.meta ?? {});
}

/** Extracts features and trains: the model file's text. */
export function trainModel(docs: readonly AnnotatedText[], lexicon: TaggerLexicon, options: TrainModelOptions): string {
  return trainFromFeatures(docs, docs.map((d) => extractFeatures(d.text, lexicon)), options);
}

function isDemonymOnly(classes: readonly string[] | undefined): boolean {
  return !!classes && classes.some((c) => c.startsWith('demonym:')) && !classes.some((c) => c.startsWith('name:'));
}

/**
 * Leaves demonyms ("Iranian", "Americans") out of what the tagger learns, either way: gold
 * demonym spans and unannotated demonym words both become uncounted. Corpora disagree on them
 * (LGL annotates them, GeoVirus does not); the rules find them and give them the demonym role.
 */
export function withoutDemonyms(doc: AnnotatedText, lexicon: TaggerLexicon): AnnotatedText {
  const spans = doc.spans.map((s) => (isDemonymOnly(lexicon.classes(doc.text.slice(s.start, s.end))) ? { ...s, counted: false } : s));
  for (const t of tokenize(doc.text)) {
    if (!canStart(t.text) || spans.some((s) => s.start < t.end && t.start < s.end)) continue;
    if (isDemonymOnly(lexicon.classes(t.text))) spans.push({ start: t.start, end: t.end, counted: false });
  }
  return { text: doc.text, spans };
}
