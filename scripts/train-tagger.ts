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
import { goldTags, trainFromFeatures, withoutDemonyms } from '../src/core/tagger/train.ts';
import { taggerLed } from '../src/core/tagger/combine.ts';
import type { AnnotatedText } from '../src/core/tagger/train.ts';
import { loadTagger } from '../src/core/tagger/tagger.ts';
import type { ProposedSpan, Tagger } from '../src/core/tagger/tagger.ts';
import { mulberry32, shuffle } from '../src/core/tagger/prng.ts';
import { matcher, score } from '../src/core/eval/score.ts';
import { fitPlatt } from '../src/core/tagger/calibration.ts';
import type { ScorePair, Toponym } from '../src/core/eval/score.ts';
import { loadGazetteer } from '../src/core/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { normalizeName } from '../src/core/text/normalize.ts';
import { findMentions } from '../src/core/places/mentions.ts';
import { isPluralDemonym } from '../src/core/places/demonyms.ts';
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
  const opts = { files: [] as string[], folds: 5, seed: 1, epochs: 12, minCount: 2, out: '', gazetteer: 'public/data/gazetteer.bin', noRules: false, holdout: '', dump: '', demonyms: 'rules', bag: 3 };
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
    else if (a === '--demonyms') opts.demonyms = next();
    else if (a === '--bag') opts.bag = Number(next());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new Error('usage: train-tagger CORPUS.jsonl... [--folds 5] [--seed 1] [--epochs 12] [--demonyms rules|gold] [--bag 3] [--out model.json]');
  return opts;
}

const hasXY = (t: Toponym) => t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined;

/** Gold for training; with `lexicon`, demonyms are left out (see withoutDemonyms). */
function annotated(d: Doc, lexicon?: TaggerLexicon): AnnotatedText {
  const doc = { text: d.text, spans: d.toponyms.map((t) => ({ start: t.start, end: t.end, counted: hasXY(t) })) };
  return lexicon ? withoutDemonyms(doc, lexicon) : doc;
}

interface Prepared {
  feats: TokenFeatures;
  gold: AnnotatedText;
}

function train(docs: Doc[], prepared: Map<Doc, Prepared>, opts: ReturnType<typeof parseArgs>, meta: Record<string, unknown>): string {
  const ps = docs.map((d) => prepared.get(d)!);
  return trainFromFeatures(ps.map((p) => p.gold), ps.map((p) => p.feats), { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, meta, bag: opts.bag });
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

const fmt = (x: number | undefined) => (x ?? 0).toFixed(3);

/** The systems scored, and what each one is. */
const SYSTEMS = {
  rules: "the geoparser alone (findMentions, no tagger)",
  'rules-demonyms': 'rules without demonym mentions (the baseline for guidelines that leave demonyms out)',
  tagger: 'tagger spans alone, every span counted as placed',
  'tagger+gaz': "tagger spans placed at the gazetteer's top record for the name (dropped if none)",
  'tagger|rules': 'rules, plus tagger+gaz spans where no rule span is',
  'tagger&rules': 'rules spans that a tagger+gaz span overlaps',
  'rules+hook': "findMentions with the tagger through the geoparser's own hook (the real resolver)",
  'hook&tagger': 'rules+hook, keeping only mentions a tagger span overlaps (tagger-led)',
  'led+countries': 'hook&tagger, plus country names the rules found',
  'led+veto': "led+countries, minus tagger spans the rules had vetoed",
  'led+demonyms': 'led+countries, plus named regions and demonyms from the rules (combine.ts: taggerLed)',
  'led-demonyms': 'led+demonyms without demonym mentions (for guidelines that leave demonyms out)',
  'rules-eval': 'rules as `dateline eval --no-tagger` scores them by default (plural demonyms left out; gold without coordinates matched = FP)',
  'led-eval': "led+demonyms as `dateline eval` scores them by default (same convention): the engine's row",
  'led-none-eval': 'led-eval without demonyms (`dateline eval --demonyms none`, the GeoVirus convention)',
} as const;

/** Every system's predictions for one document. */
function predictions(text: string, spans: ProposedSpan[], tagger: Tagger, gazetteer: Gazetteer | null, withRules: boolean): Record<string, Toponym[]> {
  // Where a span resolves: a gazetteer record (the top hit), else nowhere.
  const gazCoords = (name: string): [number, number] | null => {
    if (!gazetteer) return [0, 0];
    const hits = gazetteer.lookup(normalizeName(name));
    if (!hits.length) return null;
    const r = gazetteer.record(hits[0].id);
    return [r.lat, r.lon];
  };
  const out: Record<string, Toponym[]> = {
    tagger: asToponyms(text, spans, () => [0, 0]),
    'tagger+gaz': asToponyms(text, spans, gazCoords),
  };
  if (!withRules || !gazetteer) return out;
  const sections = findSections(text);
  const sentences = findSentences(text);
  const resolved = (ms: Mention[]): Toponym[] => ms.filter((m) => m.place).map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place!.lat, lon: m.place!.lon }));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const ruleMentions = findMentions(text, { sections, sentences, gazetteer });
  const rules = resolved(ruleMentions);
  // Names the gazetteer matcher found but the rules vetoed (people, organisations, common words).
  const keptKeys = new Set(ruleMentions.map((m) => `${m.start}:${m.end}`));
  const vetoed = new Set(matchNames(text, tokenizeText(text), gazetteer).map((m) => `${m.start}:${m.end}`).filter((k) => !keptKeys.has(k)));
  const hooked = findMentions(text, { sections, sentences, gazetteer, tagger });
  const taggerSaid = (m: { start: number; end: number }) => spans.some((t) => overlaps(m, t));
  const led = hooked.filter((m) => (m.place?.precision === 'country' && m.role !== 'demonym') || taggerSaid(m));
  out.rules = rules;
  out['rules-demonyms'] = resolved(ruleMentions.filter((m) => m.role !== 'demonym'));
  out['tagger|rules'] = [...rules, ...out['tagger+gaz'].filter((t) => !rules.some((r) => overlaps(r, t)))].sort((a, b) => a.start - b.start);
  out['tagger&rules'] = rules.filter((r) => out['tagger+gaz'].some((t) => overlaps(r, t)));
  out['rules+hook'] = resolved(hooked);
  out['hook&tagger'] = resolved(hooked.filter(taggerSaid));
  out['led+countries'] = resolved(led);
  out['led+veto'] = resolved(led.filter((m) => m.source !== 'tagger' || !vetoed.has(`${m.start}:${m.end}`)));
  // The two corpora disagree on demonyms, so the tagger's are unreliable: take the rules'.
  out['led+demonyms'] = resolved(taggerLed(hooked, spans, text));
  out['led-demonyms'] = resolved(taggerLed(hooked, spans, text).filter((m) => m.role !== 'demonym'));
  // eval's default demonym policy (src/cli/corpus-file.ts): singular adjectives count, plural nouns do not
  const adjectives = (m: Mention) => m.role !== 'demonym' || !isPluralDemonym(gazetteer, m.text);
  out['rules-eval'] = resolved(ruleMentions.filter(adjectives));
  out['led-eval'] = resolved(taggerLed(hooked, spans, text).filter(adjectives));
  out['led-none-eval'] = resolved(taggerLed(hooked, spans, text).filter((m) => m.role !== 'demonym'));
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
    gazetteer = loadGazetteer(readFileSync(opts.gazetteer));
    lexicon = gazetteerLexicon(gazetteer, normalizeName);
  }
  if (opts.demonyms !== 'rules' && opts.demonyms !== 'gold') throw new Error('--demonyms is rules or gold');
  const prepared = new Map<Doc, Prepared>();
  let misaligned = 0;
  for (const d of docs) {
    const feats = extractFeatures(d.text, lexicon);
    const gold = annotated(d, opts.demonyms === 'rules' && lexicon !== NO_LEXICON ? lexicon : undefined);
    prepared.set(d, { feats, gold });
    misaligned += goldTags(gold, feats).misaligned;
  }
  const nTop = docs.reduce((s, d) => s + d.toponyms.length, 0);
  console.log(`${docs.length} documents, ${nTop} toponyms (${misaligned} not on token boundaries), features in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${opts.folds} folds, seed ${opts.seed}, ${opts.epochs} epochs, min count ${opts.minCount}, ${opts.bag} runs averaged, demonyms from ${opts.demonyms}`);

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

  const pairs = new Map<string, ScorePair[]>();
  const add = (key: string, p: ScorePair) => (pairs.get(key) ?? pairs.set(key, []).get(key)!).push(p);
  const foldF1 = new Map<string, number[]>();
  const same = matcher('eupeg');
  const calMargins: number[] = [];
  const calRight: boolean[] = [];
  const withRules = gazetteer !== null && !opts.noRules;
  for (let k = 0; k < opts.folds; k++) {
    const tf0 = performance.now();
    const trainDocs = docs.filter((d) => fold.get(d) !== k);
    const testDocs = docs.filter((d) => fold.get(d) === k);
    const tagger: Tagger = loadTagger(train(trainDocs, prepared, opts, {}), { lexicon });
    const foldPairs = new Map<string, ScorePair[]>();
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
      const preds = predictions(d.text, spans, tagger, gazetteer, withRules);
      if (opts.dump) dump.push(JSON.stringify({ id: d.id, corpus: d.corpus, ...Object.fromEntries(Object.entries(preds).map(([s, ts]) => [s, ts.map((t) => [t.start, t.end, t.name])])) }));
      for (const [s, pred] of Object.entries(preds)) {
        // the '-eval' rows score as `dateline eval` does (score.mjs --coords-only): a prediction of a
        // gold toponym without coordinates counts as a false positive, not as nothing
        const p: ScorePair = [gold, pred, s.endsWith('-eval') ? [] : ignore];
        add(`${s} ${d.corpus}`, p);
        (foldPairs.get(`${s} ${d.corpus}`) ?? foldPairs.set(`${s} ${d.corpus}`, []).get(`${s} ${d.corpus}`)!).push(p);
      }
    }
    const line: string[] = [];
    for (const [key, ps] of foldPairs) {
      const r = score(ps, { match: 'eupeg', coordsOnly: true });
      (foldF1.get(key) ?? foldF1.set(key, []).get(key)!).push(r.f1 ?? 0);
      if (/^(rules|tagger|led\+demonyms|led-eval) /.test(key)) line.push(`${key} P ${fmt(r.precision)} R ${fmt(r.recall)} F1 ${fmt(r.f1)}`);
    }
    console.log(`fold ${k + 1}/${opts.folds} (${testDocs.length} docs, ${((performance.now() - tf0) / 1000).toFixed(1)} s): ${line.join('; ')}`);
  }

  const summary: Record<string, { p: number; r: number; f1: number; foldMeanF1: number }> = {};
  console.log(`\n${opts.folds}-fold CV, EUPEG match, coords only: pooled P/R/F1 over all folds, and the mean of the per-fold F1s`);
  for (const c of corpora) {
    for (const s of Object.keys(SYSTEMS)) {
      const ps = pairs.get(`${s} ${c}`);
      if (!ps || (!withRules && !['tagger', 'tagger+gaz'].includes(s))) continue;
      const r = score(ps, { match: 'eupeg', coordsOnly: true });
      const f1s = foldF1.get(`${s} ${c}`) ?? [];
      const mean = f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1);
      summary[`${c} ${s}`] = { p: +fmt(r.precision), r: +fmt(r.recall), f1: +fmt(r.f1), foldMeanF1: +fmt(mean) };
      console.log(`  ${c.padEnd(9)} ${s.padEnd(13)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  F1 ${fmt(r.f1)}  fold mean F1 ${fmt(mean)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    }
  }
  console.log('\n' + Object.entries(SYSTEMS).map(([s, what]) => `  ${s.padEnd(13)} ${what}`).join('\n'));

  if (opts.dump) writeFileSync(opts.dump, dump.join('\n') + '\n');
  const calibration = fitPlatt(calMargins, calRight);
  console.log(`\ncalibration on ${calMargins.length} cross-validated spans: a ${calibration.a.toFixed(4)}, b ${calibration.b.toFixed(4)}`);

  if (opts.out) {
    const meta = {
      corpora: opts.files.map((f) => path.basename(f)),
      documents: docs.length,
      seed: opts.seed,
      epochs: opts.epochs,
      bag: opts.bag,
      minCount: opts.minCount,
      demonyms: opts.demonyms === 'rules' ? 'left out of training (found by the rules)' : 'as annotated',
      gazetteer: gazetteer ? path.basename(opts.gazetteer) : 'none',
      // The model's gazetteer features assume this gazetteer: retrain when it changes.
      gazetteerRecords: gazetteer ? gazetteer.size : 0,
      command: `npm run train -- ${process.argv.slice(2).join(' ')}`,
      cv: summary,
      calibration: { a: +calibration.a.toFixed(5), b: +calibration.b.toFixed(5) },
    };
    const text = train(docs, prepared, opts, meta);
    writeFileSync(opts.out, text);
    console.log(`\nwrote ${opts.out}: ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`);
  }
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
