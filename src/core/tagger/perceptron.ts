// The learner: a structured averaged perceptron over BIO tags (Collins 2002). Each pass visits
// the training sequences in a seeded order, decodes with Viterbi and moves weights toward the
// gold path; the averaged weights it returns generalise far better than the last ones.
import { mulberry32, shuffle } from './prng.ts';
import { I, O, START, TAGS, viterbi } from './viterbi.ts';

export interface TrainingSequence {
  /** Feature ids per token (empty for tokens fixed to O). */
  features: Int32Array[];
  /** An Allowed value per token. */
  allowed: Uint8Array;
  /** Gold tag per token. */
  gold: Uint8Array;
  /** 0 where the gold says nothing (e.g. a toponym without coordinates): never penalised. */
  labelled: Uint8Array;
}

export interface TrainOptions {
  featureCount: number;
  epochs: number;
  seed: number;
}

export interface LinearWeights {
  /** weights[feature * 3 + tag]. */
  emission: Float64Array;
  /** transition[prev * 3 + tag], prev in O, B, I, START. */
  transition: Float64Array;
}

export function emissionScores(features: Int32Array[], weights: Float64Array): Float64Array {
  const out = new Float64Array(features.length * TAGS);
  for (let i = 0; i < features.length; i++) {
    const fs = features[i];
    for (let k = 0; k < fs.length; k++) {
      const base = fs[k] * TAGS;
      out[i * TAGS] += weights[base];
      out[i * TAGS + 1] += weights[base + 1];
      out[i * TAGS + 2] += weights[base + 2];
    }
  }
  return out;
}

export function decodeSequence(seq: Pick<TrainingSequence, 'features' | 'allowed'>, weights: LinearWeights): Uint8Array {
  return viterbi(emissionScores(seq.features, weights.emission), seq.allowed, weights.transition);
}

// Where the gold is silent, the target is whatever was predicted there, so those tokens cause
// no update; an I left after a predicted O becomes B to keep the target well formed.
function target(seq: TrainingSequence, predicted: Uint8Array): Uint8Array {
  const out = seq.gold.slice();
  for (let i = 0; i < out.length; i++) {
    if (!seq.labelled[i]) out[i] = predicted[i];
    if (out[i] === I && (i === 0 || out[i - 1] === O)) out[i] = 1;
  }
  return out;
}

export function trainPerceptron(data: TrainingSequence[], options: TrainOptions): LinearWeights {
  const nE = options.featureCount * TAGS;
  const nT = (START + 1) * TAGS;
  const w = { emission: new Float64Array(nE), transition: new Float64Array(nT) };
  // Sum of (step * update), so that the average is w - acc / steps without touching every weight each step.
  const accE = new Float64Array(nE);
  const accT = new Float64Array(nT);
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  const bump = (arr: Float64Array, acc: Float64Array, index: number, delta: number) => {
    arr[index] += delta;
    acc[index] += step * delta;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const seq = data[k];
      const pred = decodeSequence(seq, w);
      const gold = target(seq, pred);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (const f of seq.features[i]) {
            bump(w.emission, accE, f * TAGS + g, 1);
            bump(w.emission, accE, f * TAGS + p, -1);
          }
        }
        const gPrev = i === 0 ? START : gold[i - 1];
        const pPrev = i === 0 ? START : pred[i - 1];
        if (g !== p || gPrev !== pPrev) {
          bump(w.transition, accT, gPrev * TAGS + g, 1);
          bump(w.transition, accT, pPrev * TAGS + p, -1);
        }
      }
      step++;
    }
  }
  for (let i = 0; i < nE; i++) w.emission[i] -= accE[i] / step;
  for (let i = 0; i < nT; i++) w.transition[i] -= accT[i] / step;
  return w;
}
