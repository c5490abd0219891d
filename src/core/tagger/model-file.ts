// The model file: JSON text holding, for each kept feature, its B and I weights relative to O
// (only differences between tags matter to the decoder), plus the transition table and a note
// of where the model came from. Sorted names and rounded numbers keep it small and the same
// bits for the same training run.
//
// Version 2 lays the weights out flat, for loading speed: all feature names in one string (sorted,
// one per line) and the weights as two arrays of integers (hundredths), in the names' order.
// Parsing that is a few milliseconds; version 1's object of 29,000 keys, each with its own
// array, took 100-200 ms to parse and copy into a Map, and more in a cold browser worker.
import type { LinearWeights } from './perceptron.ts';
import { TAGS } from './viterbi.ts';

export const MODEL_FORMAT = 'dateline-toponym-tagger';
export const MODEL_VERSION = 2;

/** Separates feature names in `names`; no feature name may hold it. */
const SEP = '\n';

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  /** Free-form provenance: corpora, seed, command, scores. */
  meta: Record<string, unknown>;
  /** 12 numbers: prev (O, B, I, START) x tag (O, B, I). */
  transition: number[];
  /** The weights are integers: weight = integer / scale (100 for weights rounded to 2 decimals). */
  scale: number;
  /** The kept features' names, sorted by UTF-16 code units, joined by "\n". */
  names: string;
  /** Per feature in `names`' order: (B - O) * scale. */
  b: number[];
  /** Per feature in `names`' order: (I - O) * scale. */
  i: number[];
}

/** Version 1: feature -> [B - O, I - O], weights as decimals. Still read. */
interface ModelFileV1 {
  format: typeof MODEL_FORMAT;
  version: 1;
  meta: Record<string, unknown>;
  transition: number[];
  weights: Record<string, [number, number]>;
}

export interface ModelWeights {
  transition: Float64Array;
  meta: Record<string, unknown>;
  /** The features' names joined by "\n" (the empty string when there are none). */
  names: string;
  /** [B - O, I - O] per feature, in the names' order. */
  weights: Float64Array;
  /** How many features. */
  count: number;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Rounds to an integer number of 1/scale; never -0. */
function scaled(x: number, scale: number): number {
  const r = Math.round(x * scale);
  return r === 0 ? 0 : r;
}

/** Serialises trained weights, dropping features whose weights round to nothing. */
export function writeModel(names: string[], w: LinearWeights, meta: Record<string, unknown>, decimals = 2): string {
  const scale = 10 ** decimals;
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const kept: string[] = [];
  const bs: number[] = [];
  const is: number[] = [];
  for (const f of order) {
    const o = w.emission[f * TAGS];
    const b = scaled(w.emission[f * TAGS + 1] - o, scale);
    const i = scaled(w.emission[f * TAGS + 2] - o, scale);
    if (b === 0 && i === 0) continue;
    if (names[f].includes(SEP) || names[f] === '') throw new Error(`feature name ${JSON.stringify(names[f])} cannot be written`);
    kept.push(names[f]);
    bs.push(b);
    is.push(i);
  }
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    meta,
    transition: Array.from(w.transition, (x) => round(x, decimals)),
    scale,
    names: kept.join(SEP),
    b: bs,
    i: is,
  };
  return JSON.stringify(file);
}

export class ModelFormatError extends Error {}

function readV1(file: ModelFileV1): Pick<ModelWeights, 'names' | 'weights' | 'count'> {
  const entries = Object.entries(file.weights ?? {});
  const weights = new Float64Array(entries.length * 2);
  entries.forEach(([k, v], n) => {
    if (!Array.isArray(v) || v.length !== 2 || !v.every(Number.isFinite)) throw new ModelFormatError(`bad weights for ${k}`);
    if (k.includes(SEP) || k === '') throw new ModelFormatError(`bad feature name ${JSON.stringify(k)}`);
    weights[n * 2] = v[0];
    weights[n * 2 + 1] = v[1];
  });
  return { names: entries.map(([k]) => k).join(SEP), weights, count: entries.length };
}

function readV2(file: ModelFile): Pick<ModelWeights, 'names' | 'weights' | 'count'> {
  const { names, b, i, scale } = file;
  if (typeof names !== 'string' || !Array.isArray(b) || !Array.isArray(i)) throw new ModelFormatError('bad weights');
  if (!Number.isInteger(scale) || scale <= 0) throw new ModelFormatError('bad weight scale');
  let count = names === '' ? 0 : 1;
  for (let at = names.indexOf(SEP); at >= 0; at = names.indexOf(SEP, at + 1)) count++;
  if (b.length !== count || i.length !== count) throw new ModelFormatError(`${count} features but ${b.length} and ${i.length} weights`);
  const weights = new Float64Array(count * 2);
  for (let n = 0; n < count; n++) {
    // Integer / scale is the double nearest the decimal the file once held as text (both are
    // correctly rounded), so the weights are the same bits as version 1's.
    if (!Number.isInteger(b[n]) || !Number.isInteger(i[n])) throw new ModelFormatError(`bad weights for feature ${n}`);
    weights[n * 2] = b[n] / scale;
    weights[n * 2 + 1] = i[n] / scale;
  }
  return { names, weights, count };
}

export function readModel(raw: string): ModelWeights {
  let file: ModelFile | ModelFileV1;
  try {
    file = JSON.parse(raw) as ModelFile | ModelFileV1;
  } catch (e) {
    throw new ModelFormatError(`tagger model is not JSON: ${(e as Error).message}`);
  }
  if (file?.format !== MODEL_FORMAT) throw new ModelFormatError('not a Dateline tagger model');
  if (file.version !== 1 && file.version !== MODEL_VERSION) throw new ModelFormatError(`unsupported tagger model version ${file.version}`);
  if (!Array.isArray(file.transition) || file.transition.length !== 12 || !file.transition.every(Number.isFinite)) throw new ModelFormatError('bad transition table');
  const w = file.version === 1 ? readV1(file as ModelFileV1) : readV2(file as ModelFile);
  return { transition: Float64Array.from(file.transition), meta: file.meta ?? {}, ...w };
}

/** The weights by feature name (for tests and tools; the tagger reads the flat layout). */
export function weightMap(model: ModelWeights): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  if (model.count === 0) return out;
  model.names.split(SEP).forEach((name, n) => out.set(name, [model.weights[n * 2], model.weights[n * 2 + 1]]));
  return out;
}
