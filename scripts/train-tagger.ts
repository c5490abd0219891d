// Trains the toponym tagger from annotated corpora and prints document-level k-fold
// cross-validated scores (EUPEG match, coordinates only) for the rules, the tagger and their
// combinations; then trains on everything and writes the model file.
//   npm run train -- ../shared/eval/lgl.jsonl ../shared/eval/geovirus.jsonl --folds 5 --seed 1 --out src/core/tagger/model.json
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { extractFeatures } from '../src/core/tagger/features.ts';
import type { TokenFeatures } from '../src/core/tagger/features.ts';
import { gazetteerLexicon } from '../src/core/tagger/gazetteer-lexicon.ts';
import type { TaggerLexicon } from '../src/core/tagger/lexicon.ts';
import { NO_LEXICON } from '../src/core/tagger/lexicon.ts';
import { trainPerceptron } from '../src/core/tagger/perceptron.ts';
import type { TrainingSequence } from '../src/core/tagger/perceptron.ts';
import { writeModel } from '../src/core/tagger/model-file.ts';
import { loadTagger } from '../src/core/tagger/tagger.ts';
import type { Tagger } from '../src/core/tagger/tagger.ts';
import { mulberry32, shuffle } from '../src/core/tagger/prng.ts';
import { B, I } from '../src/core/tagger/viterbi.ts';
import { score } from '../src/core/eval/score.ts';
import type { ScorePair, Toponym } from '../src/core/eval/score.ts';
import { loadGazetteer } from '../src/core/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { normalizeName } from '../src/core/text/normalize.ts';
import { findMentions } from '../src/core/places/mentions.ts';
import { findSections, findSentences } from '../src/core/text/sections.ts';

interface Doc {
  corpus: string;
  id: string;
  text: string;
  toponyms: Toponym[];
}

function parseArgs(argv: string[]) {
  const opts = { files: [] as string[], folds: 5, seed: 1, epochs: 10, minCount: 2, out: '', gazetteer: 'public/data/gazetteer.json', noRules: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--folds') opts.folds = Number(next());
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--epochs') opts.epochs = Number(next());
    else if (a === '--min-count') opts.minCount = Number(next());
    else if (a === '--out') opts.out = next();
    else if (a === '--gazetteer') opts.gazetteer = next();
    else if (a === '--no-rules') opts.noRules = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new Error('usage: train-tagger CORPUS.jsonl... [--folds 5] [--seed 1] [--epochs 10] [--out model.json]');
  return opts;
}

const hasXY = (t: Toponym) => t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined;

/** Gold BIO tags over the tagger's tokens; tokens of toponyms without coordinates are left unlabelled. */
function goldTags(doc: Doc, tf: TokenFeatures): { gold: Uint8Array; labelled: Uint8Array; misaligned: number } {
  const n = tf.tokens.length;
  const gold = new Uint8Array(n);
  const labelled = new Uint8Array(n).fill(1);
  let misaligned = 0;
  let k = 0;
  const tops = [...doc.toponyms].sort((a, b) => a.start - b.start);
  for (const t of tops) {
    while (k < n && tf.tokens[k].end <= t.start) k++;
    let first = -1;
    let last = -1;
    for (let j = k; j < n && tf.tokens[j].start < t.end; j++) {
      if (first < 0) first = j;
      last = j;
    }
    if (first < 0) continue;
    const aligned = tf.tokens[first].start === t.start && tf.tokens[last].end === t.end;
    if (!aligned) misaligned++;
    for (let j = first; j <= last; j++) {
      if (!hasXY(t) || !aligned) labelled[j] = 0;
      else gold[j] = j === first ? B : I;
    }
  }
  return { gold, labelled, misaligned };
}

class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  constructor(docs: TokenFeatures[], minCount: number) {
    const counts = new Map<string, number>();
    for (const d of docs) for (const fs of d.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (c < minCount) continue;
      this.ids.set(f, this.names.length);
      this.names.push(f);
    }
  }
  encode(fs: string[]): Int32Array {
    const out: number[] = [];
    for (const f of fs) {
      const id = this.ids.get(f);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  }
}

function train(docs: Doc[], feats: Map<Doc, TokenFeatures>, opts: ReturnType<typeof parseArgs>, meta: Record<string, unknown>): string {
  const tfs = docs.map((d) => feats.get(d)!);
  const index = new FeatureIndex(tfs, opts.minCount);
  const data: TrainingSequence[] = docs.map((d, i) => {
    const { gold, labelled } = goldTags(d, tfs[i]);
    return { features: tfs[i].features.map((fs) => index.encode(fs)), allowed: tfs[i].allowed, gold, labelled };
  });
  const w = trainPerceptron(data, { featureCount: index.names.length, epochs: opts.epochs, seed: opts.seed });
  return writeModel(index.names, w, meta);
}

/** Predictions as scored toponyms; `coords` decides what a span resolves to. */
function asToponyms(text: string, spans: { start: number; end: number }[], coords: (name: string) => [number, number] | null): Toponym[] {
  const out: Toponym[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const c = coords(name);
    if (c) out.push({ start: s.start, end: s.end, name, lat: c[0], lon: c[1] });
  }
  return out;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const docs: Doc[] = [];
  for (const f of opts.files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line) as Doc);
  }
  let gazetteer: Gazetteer | null = null;
  let lexicon: TaggerLexicon = NO_LEXICON;
  if (opts.gazetteer !== 'none') {
    gazetteer = loadGazetteer(readFileSync(opts.gazetteer, 'utf8'));
    lexicon = gazetteerLexicon(gazetteer, normalizeName);
  }
  const feats = new Map<Doc, TokenFeatures>();
  let misaligned = 0;
  for (const d of docs) {
    const tf = extractFeatures(d.text, lexicon);
    feats.set(d, tf);
    misaligned += goldTags(d, tf).misaligned;
  }
  const nTop = docs.reduce((s, d) => s + d.toponyms.length, 0);
  console.log(`${docs.length} documents, ${nTop} toponyms (${misaligned} not on token boundaries), features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Document-level folds, stratified by corpus, in a seeded order.
  const random = mulberry32(opts.seed);
  const fold = new Map<Doc, number>();
  const corpora = [...new Set(docs.map((d) => d.corpus))];
  for (const c of corpora) shuffle(docs.filter((d) => d.corpus === c), random).forEach((d, i) => fold.set(d, i % opts.folds));

  // Where a span resolves: a gazetteer record (the top hit), else nowhere.
  const gazCoords = (name: string): [number, number] | null => {
    if (!gazetteer) return [0, 0];
    const hits = gazetteer.lookup(normalizeName(name));
    if (!hits.length) return null;
    const r = gazetteer.record(hits[0].id);
    return [r.lat, r.lon];
  };
  const anywhere = (): [number, number] => [0, 0];
  const systems = ['rules', 'tagger', 'tagger+gaz', 'tagger|rules', 'tagger&rules'] as const;
  type System = (typeof systems)[number];
  const pairs = new Map<string, ScorePair[]>();
  const add = (key: string, p: ScorePair) => (pairs.get(key) ?? pairs.set(key, []).get(key)!).push(p);

  for (let k = 0; k < opts.folds; k++) {
    const tf0 = performance.now();
    const trainDocs = docs.filter((d) => fold.get(d) !== k);
    const testDocs = docs.filter((d) => fold.get(d) === k);
    const tagger: Tagger = loadTagger(train(trainDocs, feats, opts, {}), { lexicon });
    const foldPairs = new Map<System, ScorePair[]>();
    for (const d of testDocs) {
      const gold = d.toponyms.filter(hasXY);
      const ignore = d.toponyms.filter((t) => !hasXY(t));
      const spans = tagger.propose(d.text);
      const preds: Record<System, Toponym[]> = {
        rules: [],
        tagger: asToponyms(d.text, spans, anywhere),
        'tagger+gaz': asToponyms(d.text, spans, gazCoords),
        'tagger|rules': [],
        'tagger&rules': [],
      };
      if (gazetteer && !opts.noRules) {
        const mentions = findMentions(d.text, { sections: findSections(d.text), sentences: findSentences(d.text), gazetteer });
        const rules: Toponym[] = mentions.filter((m) => m.place).map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place!.lat, lon: m.place!.lon }));
        preds.rules = rules;
        const overlaps = (a: Toponym, b: Toponym) => a.start < b.end && b.start < a.end;
        preds['tagger&rules'] = rules.filter((r) => preds['tagger+gaz'].some((t) => overlaps(r, t)));
        preds['tagger|rules'] = [...rules, ...preds['tagger+gaz'].filter((t) => !rules.some((r) => overlaps(r, t)))].sort((a, b) => a.start - b.start);
      }
      for (const s of systems) {
        const p: ScorePair = [gold, preds[s], ignore];
        add(`${s} ${d.corpus}`, p);
        (foldPairs.get(s) ?? foldPairs.set(s, []).get(s)!).push(p);
      }
    }
    const line = systems.map((s) => {
      const r = score(foldPairs.get(s) ?? [], { match: 'eupeg', coordsOnly: true });
      return `${s} F1 ${(r.f1 ?? 0).toFixed(3)}`;
    });
    console.log(`fold ${k + 1}/${opts.folds} (${testDocs.length} docs, ${((performance.now() - tf0) / 1000).toFixed(1)} s): ${line.join(', ')}`);
  }

  const summary: Record<string, { p: number; r: number; f1: number }> = {};
  console.log(`\n${opts.folds}-fold CV, EUPEG match, coords only (mean over pooled folds):`);
  for (const c of corpora) {
    for (const s of systems) {
      const r = score(pairs.get(`${s} ${c}`) ?? [], { match: 'eupeg', coordsOnly: true });
      summary[`${c} ${s}`] = { p: +(r.precision ?? 0).toFixed(3), r: +r.recall.toFixed(3), f1: +(r.f1 ?? 0).toFixed(3) };
      console.log(`  ${c.padEnd(9)} ${s.padEnd(13)} P ${(r.precision ?? 0).toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${(r.f1 ?? 0).toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    }
  }

  if (opts.out) {
    const meta = {
      corpora: opts.files.map((f) => path.basename(f)),
      documents: docs.length,
      seed: opts.seed,
      epochs: opts.epochs,
      minCount: opts.minCount,
      gazetteer: gazetteer ? path.basename(opts.gazetteer) : 'none',
      command: `npm run train -- ${process.argv.slice(2).join(' ')}`,
      cv: summary,
    };
    const text = train(docs, feats, opts, meta);
    writeFileSync(opts.out, text);
    console.log(`\nwrote ${opts.out}: ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`);
  }
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
