// The model file: JSON text holding, for each kept feature, its B and I weights relative to O
// (only differences between tags matter to the decoder), plus the transition table and a note
// of where the model came from. Sorted keys and rounded numbers keep it small and diffable.
import type { LinearWeights } from './perceptron.ts';
import { TAGS } from './viterbi.ts';

export const MODEL_FORMAT = 'dateline-toponym-tagger';
export const MODEL_VERSION = 1;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  /** Free-form provenance: corpora, seed, command, scores. */
  meta: Record<string, unknown>;
  /** 12 numbers: prev (O, B, I, START) x tag (O, B, I). */
  transition: number[];
  /** feature -> [B - O, I - O]. */
  weights: Record<string, [number, number]>;
}

export interface ModelWeights {
  transition: Float64Array;
  weights: Map<string, [number, number]>;
  meta: Record<string, unknown>;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Serialises trained weights, dropping features whose weights round to nothing. */
export function writeModel(names: string[], w: LinearWeights, meta: Record<string, unknown>, decimals = 2): string {
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const weights: Record<string, [number, number]> = {};
  for (const f of order) {
    const o = w.emission[f * TAGS];
    const b = round(w.emission[f * TAGS + 1] - o, decimals);
    const i = round(w.emission[f * TAGS + 2] - o, decimals);
    if (b !== 0 || i !== 0) weights[names[f]] = [b, i];
  }
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    meta,
    transition: Array.from(w.transition, (x) => round(x, decimals)),
    weights,
  };
  return JSON.stringify(file);
}

export class ModelFormatError extends Error {}

export function readModel(raw: string): ModelWeights {
  let file: ModelFile;
  try {
    file = JSON.parse(raw) as ModelFile;
  } catch (e) {
    throw new ModelFormatError(`tagger model is not JSON: ${(e as Error).message}`);
  }
  if (file?.format !== MODEL_FORMAT) throw new ModelFormatError('not a Dateline tagger model');
  if (file.version !== MODEL_VERSION) throw new ModelFormatError(`unsupported tagger model version ${file.version}`);
  if (!Array.isArray(file.transition) || file.transition.length !== 12) throw new ModelFormatError('bad transition table');
  const weights = new Map<string, [number, number]>();
  for (const [k, v] of Object.entries(file.weights ?? {})) {
    if (!Array.isArray(v) || v.length !== 2 || !v.every(Number.isFinite)) throw new ModelFormatError(`bad weights for ${k}`);
    weights.set(k, v);
  }
  return { transition: Float64Array.from(file.transition), weights, meta: file.meta ?? {} };
}
