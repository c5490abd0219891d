// Engine benchmarks in Node: gazetteer load time and memory, tagger load and tagging cost, and
// analysis throughput over corpora. Prints numbers to compare between commits; asserts nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/core/index.ts';
import type { Engine, Gazetteer } from '../src/core/index.ts';
import type { CorpusDoc } from '../src/cli/corpus-file.ts';
import { publishedFor, DEFAULT_CORPUS_PUBLISHED } from '../src/cli/corpus-file.ts';

const MB = 1e6;
const gc = (globalThis as { gc?: () => void }).gc;

export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)} MB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

function heapNow(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

export interface GazetteerBench {
  gazetteer: Gazetteer;
}

/** Loads the gazetteer `runs` times (each from the file text) and reports the median and the heap it holds. */
export async function benchGazetteer(file: string, runs = 3): Promise<GazetteerBench> {
  const { loadGazetteer } = (await import('../src/core/gazetteer/gazetteer.ts')) as { loadGazetteer: (raw: string) => Gazetteer };
  const readTimes: number[] = [];
  const loadTimes: number[] = [];
  let gazetteer: Gazetteer | undefined;
  let heldBytes = 0;
  for (let i = 0; i < runs; i++) {
    gazetteer = undefined;
    const before = heapNow();
    const t0 = performance.now();
    const raw = readFileSync(file, 'utf8');
    const t1 = performance.now();
    gazetteer = loadGazetteer(raw);
    const t2 = performance.now();
    readTimes.push(t1 - t0);
    loadTimes.push(t2 - t1);
    heldBytes = heapNow() - before;
  }
  console.log(`gazetteer  ${path.relative(process.cwd(), file)}: ${mb(statSync(file).size)} on disk, ${gazetteer!.size.toLocaleString('en')} records`);
  console.log(`  read file  ${ms(median(readTimes))}   loadGazetteer  ${ms(median(loadTimes))} (median of ${runs}; first ${ms(loadTimes[0])})`);
  console.log(`  heap held  ${gc ? mb(heldBytes) : 'n/a (run node with --expose-gc)'}   rss now ${mb(process.memoryUsage().rss)}`);
  return { gazetteer: gazetteer! };
}

const TAGGER_MODEL = path.resolve(import.meta.dirname, '../src/core/tagger/model.json');

/** Tagger load time and tagging cost over the same texts as the analysis benchmark. */
export async function benchTagger(gazetteer: Gazetteer, texts: readonly string[]): Promise<void> {
  if (!existsSync(TAGGER_MODEL)) {
    console.log('tagger     skipped: no model at src/core/tagger/model.json');
    return;
  }
  const tagger = (await import('../src/core/tagger/index.ts')) as Record<string, unknown>;
  const lexiconMod = (await import('../src/core/tagger/gazetteer-lexicon.ts').catch(() => ({}))) as Record<string, unknown>;
  const normalizeMod = (await import('../src/core/text/normalize.ts').catch(() => ({}))) as Record<string, unknown>;
  const loadTagger = tagger.loadTagger as ((raw: string, opts?: { lexicon?: unknown }) => { propose(t: string): unknown[] }) | undefined;
  if (typeof loadTagger !== 'function') {
    console.log('tagger     skipped: src/core/tagger has no loadTagger');
    return;
  }
  const makeLexicon = lexiconMod.gazetteerLexicon as ((g: Gazetteer, n: (s: string) => string) => unknown) | undefined;
  const normalize = normalizeMod.normalizeName as ((s: string) => string) | undefined;
  const lexicon = makeLexicon && normalize ? makeLexicon(gazetteer, normalize) : undefined;
  const raw = readFileSync(TAGGER_MODEL, 'utf8');
  const t0 = performance.now();
  const model = loadTagger(raw, lexicon ? { lexicon } : {});
  const loadMs = performance.now() - t0;
  console.log(`tagger     model ${mb(raw.length)}, loadTagger ${ms(loadMs)}${lexicon ? ' (with gazetteer lexicon)' : ' (no lexicon)'}`);
  if (!texts.length) return;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t1 = performance.now();
  let spans = 0;
  for (const t of texts) spans += model.propose(t).length;
  const s = (performance.now() - t1) / 1000;
  console.log(`  propose()  ${texts.length} texts, ${mb(bytes)}: ${s.toFixed(2)} s, ${(bytes / MB / s).toFixed(2)} MB/s, ${spans} spans`);
}

/** Analysis throughput: documents analysed one after another, after a short warm-up. */
export function benchAnalysis(docs: readonly CorpusDoc[], engine: Engine, label: string): void {
  if (!docs.length) return;
  for (const d of docs.slice(0, Math.min(5, docs.length))) analyzeArticle(d.text, { published: publishedFor(d, DEFAULT_CORPUS_PUBLISHED) }, engine);
  const times: number[] = [];
  let bytes = 0;
  let mentions = 0;
  let events = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const s = performance.now();
    const a = analyzeArticle(d.text, { published: publishedFor(d, DEFAULT_CORPUS_PUBLISHED) }, engine);
    times.push(performance.now() - s);
    bytes += Buffer.byteLength(d.text);
    mentions += a.mentions.length;
    events += a.events.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`analysis   ${label}: ${docs.length} docs, ${mb(bytes)} UTF-8 in ${seconds.toFixed(2)} s`);
  console.log(`  throughput ${(bytes / MB / seconds).toFixed(2)} MB/s, ${(docs.length / seconds).toFixed(0)} docs/s; per doc median ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}`);
  console.log(`  found      ${mentions} mentions, ${events} events`);
}

/** One very large input (the sample repeated), to show the engine neither chokes nor runs away. */
export function benchLargeInput(sample: string, engine: Engine, targetMB: number): void {
  const copies = Math.ceil((targetMB * MB) / Buffer.byteLength(sample));
  const text = Array.from({ length: copies }, () => sample).join('\n\n');
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  try {
    const a = analyzeArticle(text, { published: '2020-05-06' }, engine);
    const s = (performance.now() - t0) / 1000;
    console.log(`large      ${mb(Buffer.byteLength(text))} in one text: ${s.toFixed(2)} s (${(Buffer.byteLength(text) / MB / s).toFixed(2)} MB/s), ${a.mentions.length} mentions, ${a.events.length} events, rss +${mb(process.memoryUsage().rss - before)}`);
  } catch (err) {
    console.log(`large      ${mb(Buffer.byteLength(text))} failed after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${(err as Error).message}`);
  }
}
