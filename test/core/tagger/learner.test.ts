import { describe, expect, it } from 'vitest';
import { goldTags, trainModel, withoutDemonyms } from '../../../src/core/tagger/train.ts';
import { loadTagger } from '../../../src/core/tagger/tagger.ts';
import { NO_LEXICON } from '../../../src/core/tagger/lexicon.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';
import { trainPerceptron } from '../../../src/core/tagger/perceptron.ts';
import type { TrainingSequence } from '../../../src/core/tagger/perceptron.ts';
import { Allowed, extractFeatures } from '../../../src/core/tagger/features.ts';
import { B, I, O } from '../../../src/core/tagger/viterbi.ts';
import { makeName, setLexicon, syntheticCorpus } from './synthetic.ts';

const OPTIONS = { epochs: 5, seed: 1, minCount: 1 };

describe('the perceptron tagger learns', () => {
  it('a separable context pattern and applies it to names it never saw', () => {
    const train = syntheticCorpus(7, 40);
    const tagger = loadTagger(trainModel(train.docs, NO_LEXICON, OPTIONS));
    const test = syntheticCorpus(99, 10);
    let found = 0;
    let wrong = 0;
    let gold = 0;
    for (const doc of test.docs) {
      const spans = tagger.propose(doc.text);
      gold += doc.spans.length;
      for (const s of spans) {
        if (doc.spans.some((g) => g.start === s.start && g.end === s.end)) found++;
        else wrong++;
      }
    }
    expect(gold).toBe(40);
    expect(found).toBeGreaterThanOrEqual(38);
    expect(wrong).toBeLessThanOrEqual(2);
  });

  it('to use the lexicon when context alone says nothing', () => {
    // Places and people in the same slot ("X reported ..."): only the lexicon tells them apart.
    const random = mulberry32(3);
    const places: string[] = [];
    const docs = Array.from({ length: 60 }, () => {
      const isPlace = random() < 0.5;
      const name = makeName(random);
      if (isPlace) places.push(name);
      const text = `Officials from ${name} reported a fire.`;
      const start = text.indexOf(name);
      return { text, spans: isPlace ? [{ start, end: start + name.length }] : [] };
    });
    const testPlace = 'Zzyzxton';
    const testPerson = 'Quorbelle';
    const lexicon = setLexicon([...places, testPlace]);
    const tagger = loadTagger(trainModel(docs, lexicon, { ...OPTIONS, epochs: 8 }), { lexicon });
    const a = tagger.propose(`Officials from ${testPlace} reported a fire.`);
    const b = tagger.propose(`Officials from ${testPerson} reported a fire.`);
    expect(a.map((s) => s.end - s.start)).toEqual([testPlace.length]);
    expect(b).toEqual([]);
  });

  it('multi-token names as one span', () => {
    const docs = Array.from({ length: 30 }, (_, i) => {
      const name = `Port ${makeName(mulberry32(i + 1))}`;
      const text = `Ships sailed to ${name} at dawn.`;
      const start = text.indexOf(name);
      return { text, spans: [{ start, end: start + name.length }] };
    });
    const tagger = loadTagger(trainModel(docs, NO_LEXICON, OPTIONS));
    const text = 'Ships sailed to Port Belvamar at dawn.';
    expect(tagger.propose(text).map((s) => text.slice(s.start, s.end))).toEqual(['Port Belvamar']);
  });
});

describe('training', () => {
  it('is deterministic for a seed', () => {
    const { docs } = syntheticCorpus(5, 30);
    const a = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 42 });
    const b = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 42 });
    expect(a).toBe(b);
  });

  it('visits the data in a seed-dependent order', () => {
    const { docs } = syntheticCorpus(5, 30);
    const a = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 1 });
    const b = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 2 });
    expect(a).not.toBe(b);
  });

  it('never updates on tokens the gold leaves unlabelled', () => {
    // Feature 0 only ever appears on a token the gold marks B but leaves unlabelled; feature 1 on a
    // labelled B token. Only feature 1 may move.
    const seq = (feature: number, labelled: number): TrainingSequence => ({
      features: [Int32Array.of(feature)],
      allowed: Uint8Array.of(Allowed.Any),
      gold: Uint8Array.of(B),
      labelled: Uint8Array.of(labelled),
    });
    const w = trainPerceptron([seq(0, 0), seq(1, 1)], { featureCount: 2, epochs: 3, seed: 1 });
    expect(Array.from(w.emission.slice(0, 3))).toEqual([0, 0, 0]);
    expect(w.emission[1 * 3 + B]).toBeGreaterThan(w.emission[1 * 3 + O]);
  });
});

describe('article names', () => {
  it('are learned from the name after "al-" and proposed with the article', () => {
    const random = mulberry32(17);
    const docs = Array.from({ length: 40 }, () => {
      const name = makeName(random);
      const text = `Jets struck targets near al-${name} on Monday.`;
      const start = text.indexOf('al-');
      return { text, spans: [{ start, end: start + 3 + name.length }] };
    });
    const tagger = loadTagger(trainModel(docs, NO_LEXICON, OPTIONS));
    const text = 'Jets struck targets near al-Quorvan on Monday.';
    expect(tagger.propose(text).map((s) => text.slice(s.start, s.end))).toEqual(['al-Quorvan']);
  });
});

describe('demonyms', () => {
  it('are left uncounted in training whether the gold marks them or not', () => {
    const lexicon = { classes: (n: string) => (n === 'Iranian' ? ['demonym:country'] : n === 'Syria' ? ['name:country'] : undefined) };
    const text = 'Iranian forces left Syria. An Iranian official said so.';
    const first = text.indexOf('Iranian');
    const second = text.lastIndexOf('Iranian');
    const syria = text.indexOf('Syria');
    const doc = { text, spans: [{ start: first, end: first + 7 }, { start: syria, end: syria + 5 }] };
    const out = withoutDemonyms(doc, lexicon);
    expect(out.spans).toEqual([
      { start: first, end: first + 7, counted: false },
      { start: syria, end: syria + 5 },
      { start: second, end: second + 7, counted: false },
    ]);
  });
});

describe('gold alignment', () => {
  it('tags B and I over the tokens of each counted span and leaves the rest labelled O', () => {
    const text = 'Fighting in Deir ez-Zor and al-Mayadin, near the Main Street.';
    const at = (s: string) => text.indexOf(s);
    const doc = {
      text,
      spans: [
        { start: at('Deir'), end: at('Deir') + 'Deir ez-Zor'.length },
        { start: at('al-'), end: at('al-') + 'al-Mayadin'.length },
        { start: at('Main'), end: at('Main') + 'Main Street'.length, counted: false },
        { start: at('Fighting') + 2, end: at('Fighting') + 5 }, // inside a word: misaligned
      ],
    };
    const tf = extractFeatures(text, NO_LEXICON);
    const { gold, labelled, misaligned } = goldTags(doc, tf);
    const row = (w: string) => {
      const i = tf.tokens.findIndex((t) => t.text === w);
      return [gold[i], labelled[i]];
    };
    expect(misaligned).toBe(1);
    expect(row('Fighting')).toEqual([O, 0]);
    expect(row('in')).toEqual([O, 1]);
    expect([row('Deir'), row('ez'), row('-'), row('Zor')]).toEqual([[B, 1], [I, 1], [I, 1], [I, 1]]);
    // "al-Mayadin" is learned from "Mayadin"; the article and hyphen say nothing.
    expect([row('al'), row('Mayadin')]).toEqual([[O, 0], [B, 1]]);
    expect([row('Main'), row('Street')]).toEqual([[O, 0], [O, 0]]);
  });
});

describe('bagging', () => {
  it('averages runs over different shuffles, deterministically', () => {
    const { docs } = syntheticCorpus(5, 30);
    const one = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 3 });
    const three = trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 3, bag: 3 });
    expect(three).not.toBe(one);
    expect(trainModel(docs, NO_LEXICON, { ...OPTIONS, seed: 3, bag: 3 })).toBe(three);
    const text = syntheticCorpus(77, 1).docs[0].text;
    expect(loadTagger(three).propose(text).length).toBeGreaterThan(0);
  });
});
