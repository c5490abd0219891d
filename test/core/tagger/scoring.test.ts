// The tagger scores tokens through cached per-word and per-pair sums of weights (ScoringSink);
// training sees the same features as strings (extractFeatures). These tests hold the fast path
// to the straightforward one: the features' weights looked up by name and added one by one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFeatures, scanFeatures } from '../../../src/core/tagger/features.ts';
import type { TaggerLexicon } from '../../../src/core/tagger/lexicon.ts';
import { NO_LEXICON } from '../../../src/core/tagger/lexicon.ts';
import { readModel, weightMap } from '../../../src/core/tagger/model-file.ts';
import { trainModel } from '../../../src/core/tagger/train.ts';
import { tokenize } from '../../../src/core/tagger/tokens.ts';
import { Vocabulary } from '../../../src/core/tagger/vocabulary.ts';
import { ScoringSink, WeightTable } from '../../../src/core/tagger/weight-table.ts';
import { gazetteerLexicon } from '../../../src/core/tagger/gazetteer-lexicon.ts';
import { normalizeName } from '../../../src/core/text/normalize.ts';
import { testEngine } from '../../helpers/engine.ts';
import { syntheticCorpus } from './synthetic.ts';

/** B and I scores per token from the feature strings, weight by weight in feature order. */
function straightforward(text: string, lexicon: TaggerLexicon, weights: Map<string, [number, number]>): number[] {
  const { features } = extractFeatures(text, lexicon);
  const out = Array.from({ length: features.length * 3 }, () => 0);
  features.forEach((fs, i) => {
    for (const f of fs) {
      const w = weights.get(f);
      if (!w) continue;
      // The weight table holds float32s.
      out[i * 3 + 1] += Math.fround(w[0]);
      out[i * 3 + 2] += Math.fround(w[1]);
    }
  });
  return out;
}

function scorer(model: string) {
  const read = readModel(model);
  const table = new WeightTable(read.names, read.weights, read.count);
  return { weights: weightMap(read), table, sink: new ScoringSink(table) };
}

function fast(text: string, vocab: Vocabulary, sink: ScoringSink): number[] {
  const tokens = tokenize(text);
  vocab.trim();
  sink.reset(tokens.length, vocab);
  scanFeatures(text, vocab, sink, tokens);
  return Array.from(sink.emission.subarray(0, tokens.length * 3));
}

const EDGE_CASES = [
  '',
  'TEL AVIV — Israeli jets struck targets near Damascus on Monday, Syria said, according to Mr. Bennett.',
  'Fighting near al-Mayadin and Deir ez-Zor; the Bay of Pigs, Rio de Janeiro and Queen Anne\'s County. "Council" met the council.',
  'Mr. Kalo went to https://example.com/Velmora?q=Tarvik, wrote to Velmora.Desk@example.org and to www.Tarvik.net in Velmora.',
  'IN BRIEF\nNEW YORK (AP) - 12 people in 2020 in St. Louis, Mo., and Washington, D.C., said U.S. officials. New York New York.',
  'Springfield Springfield, Springfield; in Springfield near Springfield to Springfield from Springfield at Springfield.',
  'Zürich, São Paulo, Łódź and Ōsaka: Ürümqi 😀 Ærø.',
];

describe('fast scoring', () => {
  it('gives the same bits as adding the weights feature by feature, on the committed model and gazetteer', () => {
    const lexicon = gazetteerLexicon(testEngine().gazetteer, normalizeName);
    const { weights, table, sink } = scorer(readFileSync(new URL('../../../src/core/tagger/model.json', import.meta.url), 'utf8'));
    expect(table.exactSums).toBe(true);
    const vocab = new Vocabulary(lexicon);
    const sample = readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8');
    // Twice over, so the second round runs on cached sums.
    for (const text of [...EDGE_CASES, sample, ...EDGE_CASES, sample]) expect(fast(text, vocab, sink)).toEqual(straightforward(text, lexicon, weights));
  });

  it('stays the same when the vocabulary is emptied between texts', () => {
    const lexicon = gazetteerLexicon(testEngine().gazetteer, normalizeName);
    const { weights, sink } = scorer(readFileSync(new URL('../../../src/core/tagger/model.json', import.meta.url), 'utf8'));
    const vocab = new Vocabulary(lexicon, 10);
    const texts = [...EDGE_CASES, ...syntheticCorpus(4, 5).docs.map((d) => d.text)];
    for (const text of [...texts, ...texts]) expect(fast(text, vocab, sink)).toEqual(straightforward(text, lexicon, weights));
  });

  it('adds feature by feature when weights are too fine for sums to be exact in any order', () => {
    const model = trainModel(syntheticCorpus(3, 20).docs, NO_LEXICON, { epochs: 3, seed: 1, minCount: 1 });
    const parsed = JSON.parse(model) as { scale: number; b: number[]; i: number[] };
    // Float32 weights under 2^-7 need not be multiples of 2^-30: sums of them may round
    // differently in another order, so the sink must not reorder.
    parsed.scale *= 1000;
    parsed.b = parsed.b.map((x) => x * 1000);
    parsed.i = parsed.i.map(() => 100); // 0.001 at this scale
    const fine = JSON.stringify(parsed);
    const { weights, table, sink } = scorer(fine);
    expect(table.exactSums).toBe(false);
    const vocab = new Vocabulary(NO_LEXICON);
    for (const d of syntheticCorpus(9, 5).docs) expect(fast(d.text, vocab, sink)).toEqual(straightforward(d.text, NO_LEXICON, weights));
  });
});
