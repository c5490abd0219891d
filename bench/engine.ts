// Engine benchmarks in Node: gazetteer load time and memory, tagger load and tagging cost, and
// analysis throughput over corpora. Prints numbers to compare between commits; asserts nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkPublished, loadGazetteer, loadTaggerModel } from '../src/core/index.ts';
import type { Engine, Gazetteer, Tagger } from '../src/core/index.ts';
import type { CorpusDoc } from '../src/cli/corpus-file.ts';
import { publishedFor, DEFAULT_CORPUS_PUBLISHED } from '../src/cli/corpus-file.ts';
import { TAGGER_MODEL } from '../src/cli/engine.ts';

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
  // The gazetteer is mostly the file's bytes and typed arrays, which live outside the JS heap.
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

export interface GazetteerBench {
  gazetteer: Gazetteer;
}

function timeLoad(file: string): { readMs: number; loadMs: number; gazetteer: Gazetteer } {
  const t0 = performance.now();
  const raw = readFileSync(file);
  const t1 = performance.now();
  const gazetteer = loadGazetteer(raw);
  return { readMs: t1 - t0, loadMs: performance.now() - t1, gazetteer };
}

/** Timings only; the gazetteer dies with this frame so it cannot inflate the memory figure. */
function timeLoadDiscarding(file: string): { readMs: number; loadMs: number } {
  const { readMs, loadMs } = timeLoad(file);
  return { readMs, loadMs };
}

/** Loads the gazetteer `runs` times (each from the file's bytes); memory is measured on the first, cold load. */
export function benchGazetteer(file: string, runs = 7): GazetteerBench {
  const before = heapNow();
  const first = timeLoad(file);
  const heldBytes = heapNow() - before;
  const gazetteer = first.gazetteer;
  const readTimes = [first.readMs];
  const loadTimes = [first.loadMs];
  for (let i = 1; i < runs; i++) {
    const t = timeLoadDiscarding(file);
    readTimes.push(t.readMs);
    loadTimes.push(t.loadMs);
  }
  console.log(`gazetteer  ${file}: ${mb(statSync(file).size)} on disk, ${gazetteer!.size.toLocaleString('en')} records`);
  console.log(`  read file  ${ms(median(readTimes))}   loadGazetteer  ${ms(median(loadTimes))} (median of ${runs}; cold first ${ms(loadTimes[0])})`);
  console.log(`  heap+external held  ${gc ? mb(heldBytes) : 'n/a (run node with --expose-gc)'}   rss now ${mb(process.memoryUsage().rss)}`);
  return { gazetteer: gazetteer! };
}

/** Tagger load time and tagging cost over the same texts as the analysis benchmark; returns the tagger. */
export function benchTagger(gazetteer: Gazetteer, texts: readonly string[]): Tagger | undefined {
  if (!existsSync(TAGGER_MODEL)) {
    console.log('tagger     skipped: no model at src/core/tagger/model.json');
    return undefined;
  }
  const raw = readFileSync(TAGGER_MODEL, 'utf8');
  const t0 = performance.now();
  const tagger = loadTaggerModel(raw, gazetteer);
  console.log(`tagger     model ${mb(raw.length)}, loadTagger ${ms(performance.now() - t0)} (with the gazetteer lexicon)`);
  if (!texts.length) return tagger;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t1 = performance.now();
  let spans = 0;
  for (const t of texts) spans += tagger.propose(t).length;
  const s = (performance.now() - t1) / 1000;
  console.log(`  propose()  ${texts.length} texts, ${mb(bytes)}: ${s.toFixed(2)} s, ${(bytes / MB / s).toFixed(2)} MB/s, ${spans} spans`);
  return tagger;
}

/**
 * Analysis throughput: documents analysed one after another. The first pass over the corpus also
 * pays for the JIT compiling the engine's code paths; the steady pass after it is what a worker
 * that has analysed a few articles runs at. Both are printed.
 */
export function benchAnalysis(docs: readonly CorpusDoc[], engine: Engine, label: string): void {
  if (!docs.length) return;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const pass = () => {
    const times: number[] = [];
    let mentions = 0;
    let events = 0;
    const t0 = performance.now();
    for (const d of docs) {
      const s = performance.now();
      const a = engine.analyze(d.text, { published: publishedFor(d, DEFAULT_CORPUS_PUBLISHED) });
      times.push(performance.now() - s);
      mentions += a.mentions.length;
      events += a.events.length;
    }
    return { seconds: (performance.now() - t0) / 1000, times, mentions, events };
  };
  const first = pass();
  const steady = pass();
  console.log(`analysis   ${label}: ${docs.length} docs, ${mb(bytes)} UTF-8; first pass ${first.seconds.toFixed(2)} s (${(bytes / MB / first.seconds).toFixed(2)} MB/s, JIT warming up)`);
  console.log(`  steady     ${(bytes / MB / steady.seconds).toFixed(2)} MB/s, ${(docs.length / steady.seconds).toFixed(0)} docs/s; per doc median ${ms(median(steady.times))}, p95 ${ms(quantile(steady.times, 0.95))}, max ${ms(Math.max(...steady.times))}`);
  console.log(`  found      ${steady.mentions} mentions, ${steady.events} events`);
}

/** One very large input (the sample repeated), to show the engine neither chokes nor runs away. */
export function benchLargeInput(sample: string, engine: Engine, targetMB: number): void {
  const copies = Math.ceil((targetMB * MB) / Buffer.byteLength(sample));
  const text = Array.from({ length: copies }, () => sample).join('\n\n');
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  try {
    const a = engine.analyze(text, { published: '2020-05-06' });
    const s = (performance.now() - t0) / 1000;
    console.log(`large      ${mb(Buffer.byteLength(text))} in one text: ${s.toFixed(2)} s (${(Buffer.byteLength(text) / MB / s).toFixed(2)} MB/s), ${a.mentions.length} mentions, ${a.events.length} events, rss +${mb(process.memoryUsage().rss - before)}`);
  } catch (err) {
    console.log(`large      ${mb(Buffer.byteLength(text))} failed after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${(err as Error).message}`);
  }
}

/**
 * Time for one text of growing size (the sample repeated): doubling the size should about double
 * the time; a ratio near 4 means a stage is quadratic and long inputs will hang.
 */
export function benchScaling(sample: string, engine: Engine, sizesMB: readonly number[]): void {
  const rows: string[] = [];
  let previous: { bytes: number; ms: number } | undefined;
  for (const size of sizesMB) {
    const copies = Math.max(1, Math.round((size * MB) / Buffer.byteLength(sample)));
    const text = Array.from({ length: copies }, () => sample).join('\n\n');
    const bytes = Buffer.byteLength(text);
    const t0 = performance.now();
    engine.analyze(text, { published: '2020-05-06' });
    const took = performance.now() - t0;
    const growth = previous ? ` (x${(bytes / previous.bytes).toFixed(1)} size -> x${(took / previous.ms).toFixed(1)} time)` : '';
    rows.push(`${mb(bytes)} ${ms(took)}${growth}`);
    previous = { bytes, ms: took };
  }
  console.log(`scaling    one text, the sample repeated: ${rows.join('; ')}`);
}

/**
 * Where the time goes: each pipeline stage run on its own over every document (best of `runs`
 * passes, so a busy machine inflates the numbers less), then the whole engine with the tagger,
 * which is what the 2 MB/s target of issue 7 is about.
 */
export function benchStages(docs: readonly CorpusDoc[], engine: Engine, runs = 3): void {
  if (!docs.length) return;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const st = engine.stages;
  const prepared = docs.map((d) => {
    const published = checkPublished(publishedFor(d, DEFAULT_CORPUS_PUBLISHED));
    const layout = { sections: st.sections(d.text), sentences: st.sentences(d.text) };
    const mentions = st.mentions(d.text, layout);
    const dates = st.dates(d.text, layout, published);
    return { text: d.text, published, layout, mentions, dates };
  });
  const stages: [string, (p: (typeof prepared)[number]) => unknown][] = [
    ['sections+sentences', (p) => [st.sections(p.text), st.sentences(p.text)]],
    ['places (rules)', (p) => st.mentions(p.text, p.layout, { useTagger: false })],
    ...(engine.tagger
      ? ([
        ['tagger propose', (p) => engine.tagger!.propose(p.text)],
        ['places (tagger-led)', (p) => st.mentions(p.text, p.layout)],
      ] as [string, (p: (typeof prepared)[number]) => unknown][])
      : []),
    ['dates', (p) => st.dates(p.text, p.layout, p.published)],
    ['events', (p) => st.events(p.text, { ...p.layout, mentions: p.mentions, dates: p.dates }, p.published)],
    [`whole engine${engine.tagger ? ' with tagger' : ''}`, (p) => engine.analyze(p.text, { published: p.published })],
  ];
  console.log(`stages     ${docs.length} docs, ${mb(bytes)}, best of ${runs} passes:`);
  for (const [name, run] of stages) {
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      for (const p of prepared) run(p);
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`  ${name.padEnd(26)} ${ms(best).padStart(8)}  ${(bytes / MB / (best / 1000)).toFixed(2).padStart(6)} MB/s`);
  }
}
