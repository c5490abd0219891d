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
import { goldTags, trainFromFeatures } from '../src/core/tagger/train.ts';
import type { AnnotatedText } from '../src/core/tagger/train.ts';
import { loadTagger } from '../src/core/tagger/tagger.ts';
import type { Tagger } from '../src/core/tagger/tagger.ts';
import { mulberry32, shuffle } from '../src/core/tagger/prng.ts';
import { matcher, score } from '../src/core/eval/score.ts';
import { fitPlatt } from '../src/core/tagger/calibration.ts';
import type { ScorePair, Toponym } from '../src/core/eval/score.ts';
import { loadGazetteer } from '../src/core/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { normalizeName } from '../src/core/text/normalize.ts';
import { findMentions } from '../src/core/places/mentions.ts';
import { matchNames } from '../src/core/places/recognize.ts';
import { tokenize as tokenizeText } from '../src/core/text/tokenize.ts';
import type { Mention } from '../src/core/types.ts';
import { findSections, findSentences } from '../src/core/text/sections.ts';

interface Doc {
  corpus: string;
  id: string;
  text: string;
  toponyms: Toponym[];
}

function parseArgs(argv: string[]) {
  const opts = { files: [] as string[], folds: 5, seed: 1, epochs: 10, minCount: 2, out: '', gazetteer: 'public/data/gazetteer.json', noRules: false, holdout: '', dump: '' };
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
    else if (a === '--holdout') opts.holdout = next();
    else if (a === '--dump') opts.dump = next();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new Error('usage: train-tagger CORPUS.jsonl... [--folds 5] [--seed 1] [--epochs 10] [--out model.json]');
  return opts;
}

const hasXY = (t: Toponym) => t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined;

function annotated(d: Doc): AnnotatedText {
  return { text: d.text, spans: d.toponyms.map((t) => ({ start: t.start, end: t.end, counted: hasXY(t) })) };
}

function train(docs: Doc[], feats: Map<Doc, TokenFeatures>, opts: ReturnType<typeof parseArgs>, meta: Record<string, unknown>): string {
  return trainFromFeatures(docs.map(annotated), docs.map((d) => feats.get(d)!), { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, meta });
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
    misaligned += goldTags(annotated(d), tf).misaligned;
  }
  const nTop = docs.reduce((s, d) => s + d.toponyms.length, 0);
  console.log(`${docs.length} documents, ${nTop} toponyms (${misaligned} not on token boundaries), features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Document-level folds, stratified by corpus, in a seeded order.
  const random = mulberry32(opts.seed);
  const fold = new Map<Doc, number>();
  const corpora = [...new Set(docs.map((d) => d.corpus))];
  for (const c of corpora) shuffle(docs.filter((d) => d.corpus === c), random).forEach((d, i) => fold.set(d, i % opts.folds));
  // --holdout CORPUS: one "fold" that trains on the other corpora and tests on this one, to see
  // how much of the score survives a change of genre.
  if (opts.holdout) {
    for (const d of docs) fold.set(d, d.corpus === opts.holdout ? 0 : 1);
    opts.folds = 1;
  }
  const dump: string[] = [];

  // Where a span resolves: a gazetteer record (the top hit), else nowhere.
  const gazCoords = (name: string): [number, number] | null => {
    if (!gazetteer) return [0, 0];
    const hits = gazetteer.lookup(normalizeName(name));
    if (!hits.length) return null;
    const r = gazetteer.record(hits[0].id);
    return [r.lat, r.lon];
  };
  const anywhere = (): [number, number] => [0, 0];
  const systems = ['rules', 'tagger', 'tagger+gaz', 'tagger|rules', 'tagger&rules', 'rules+hook', 'hook&tagger', 'led+countries', 'led+veto', 'led+demonyms', 'led-demonyms'] as const;
  type System = (typeof systems)[number];
  const pairs = new Map<string, ScorePair[]>();
  const add = (key: string, p: ScorePair) => (pairs.get(key) ?? pairs.set(key, []).get(key)!).push(p);

  const same = matcher('eupeg');
  const calMargins: number[] = [];
  const calRight: boolean[] = [];
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
      for (const sp of spans) {
        const p = { start: sp.start, end: sp.end, name: d.text.slice(sp.start, sp.end) };
        if (ignore.some((g) => same(g, p))) continue;
        calMargins.push(sp.margin);
        calRight.push(gold.some((g) => same(g, p)));
      }
      const preds: Record<System, Toponym[]> = {
        rules: [],
        tagger: asToponyms(d.text, spans, anywhere),
        'tagger+gaz': asToponyms(d.text, spans, gazCoords),
        'tagger|rules': [],
        'tagger&rules': [],
        'rules+hook': [],
        'hook&tagger': [],
        'led+countries': [],
        'led+veto': [],
        'led+demonyms': [],
        'led-demonyms': [],
      };
      if (gazetteer && !opts.noRules) {
        const sections = findSections(d.text);
        const sentences = findSentences(d.text);
        const resolved = (ms: Mention[]): Toponym[] => ms.filter((m) => m.place).map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place!.lat, lon: m.place!.lon }));
        const ruleMentions = findMentions(d.text, { sections, sentences, gazetteer });
        const rules = resolved(ruleMentions);
        // Names the gazetteer matcher found but the rules vetoed (people, organisations, common words).
        const keptKeys = new Set(ruleMentions.map((m) => `${m.start}:${m.end}`));
        const vetoed = new Set(matchNames(d.text, tokenizeText(d.text), gazetteer).map((m) => `${m.start}:${m.end}`).filter((k) => !keptKeys.has(k)));
        // The geoparser's own merge of tagger spans (src/core/places), with the real resolver.
        const hooked = findMentions(d.text, { sections, sentences, gazetteer, tagger });
        preds['rules+hook'] = resolved(hooked);
        preds.rules = rules;
        const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
        preds['tagger&rules'] = rules.filter((r) => preds['tagger+gaz'].some((t) => overlaps(r, t)));
        // Tagger-led: the tagger decides what is a name, the geoparser resolves it.
        preds['hook&tagger'] = preds['rules+hook'].filter((r) => spans.some((t) => overlaps(r, t)));
        const led = hooked.filter((m) => (m.place?.precision === 'country' && m.role !== 'demonym') || spans.some((t) => overlaps(m, t)));
        // Demonyms left to the rules: the two corpora disagree on them, so the tagger's are unreliable.
        preds['led+demonyms'] = resolved(hooked.filter((m) => led.includes(m) || m.role === 'demonym'));
        preds['led+countries'] = resolved(led);
        // The rules may veto what the tagger proposes.
        preds['led+veto'] = resolved(led.filter((m) => m.source !== 'tagger' || !vetoed.has(`${m.start}:${m.end}`)));
        // For corpora whose guidelines leave demonyms out (GeoVirus): the same, without them.
        preds['led-demonyms'] = resolved(led.filter((m) => m.role !== 'demonym'));
        preds['tagger|rules'] = [...rules, ...preds['tagger+gaz'].filter((t) => !rules.some((r) => overlaps(r, t)))].sort((a, b) => a.start - b.start);
      }
      if (opts.dump) dump.push(JSON.stringify({ id: d.id, corpus: d.corpus, tagger: preds.tagger.map((t) => [t.start, t.end, t.name]), rules: preds.rules.map((t) => [t.start, t.end, t.name]), led: preds['hook&tagger'].map((t) => [t.start, t.end, t.name]) }));
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

  if (opts.dump) writeFileSync(opts.dump, dump.join('\n') + '\n');
  const calibration = fitPlatt(calMargins, calRight);
  console.log(`\ncalibration on ${calMargins.length} cross-validated spans: a ${calibration.a.toFixed(4)}, b ${calibration.b.toFixed(4)}`);

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
      calibration: { a: +calibration.a.toFixed(5), b: +calibration.b.toFixed(5) },
    };
    const text = train(docs, feats, opts, meta);
    writeFileSync(opts.out, text);
    console.log(`\nwrote ${opts.out}: ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`);
  }
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
