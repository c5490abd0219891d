// `npm run bench:batch`: `dateline batch` throughput on 1 and 2 worker threads over 10,000 generated
// articles, the DuckDB file it leaves, the GeoParquet file, and what a 1,000,000-article batch would
// take, extrapolated from the measurement. Prints numbers; asserts nothing.
//   npm run bench:batch -- [CORPUS.jsonl ...] [--articles N] [--runs R] [--workers 1,2] [--keep DIR]
// Articles are built from the bundled sample and from the corpora given (default: ../shared/eval/*.jsonl
// when it is there), one source picked in turn, each article varied: its publication date (spread
// over two years), its outlet (one of 12), and which paragraphs it keeps; a quarter retell an
// earlier story from another outlet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpus } from '../src/cli/corpus-file.ts';
import { REPO_ROOT } from '../src/cli/engine.ts';
import { mulberry32 } from '../src/core/index.ts';

const SAMPLE = path.join(REPO_ROOT, 'src/samples/iran-syria-2020-05-06.txt');
const SHARED_EVAL = path.resolve(REPO_ROOT, '../shared/eval');
const BIN = path.join(REPO_ROOT, 'bin/dateline.mjs');
const MB = 1e6;

interface BaseDoc {
  text: string;
  date: string;
}

export interface BatchBenchOptions {
  corpora: string[];
  articles: number;
  runs: number;
  workers: number[];
  keep?: string;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * One article: a base text with a paragraph left out now and then, on a shifted date, from one of
 * 12 outlets. One in four retells a story already generated, on its day, from another outlet (as
 * wires and their subscribers do), so the same incident reaches the archive from several sources.
 */
export function generateArticles(sources: BaseDoc[][], n: number, seed = 14): string {
  const rand = mulberry32(seed);
  const lines: string[] = [];
  const stories: { base: BaseDoc; published: string; outlet: number }[] = [];
  for (let i = 0; i < n; i++) {
    let story = stories.length && rand() < 0.25 ? stories[Math.floor(rand() * stories.length)] : undefined;
    if (story) story = { ...story, outlet: (story.outlet + 1 + Math.floor(rand() * 11)) % 12 };
    else {
      const source = sources[i % sources.length];
      story = { base: source[Math.floor(rand() * source.length)], published: '', outlet: Math.floor(rand() * 12) };
      story.published = addDays(story.base.date, Math.floor(rand() * 730) - 365);
      stories.push(story);
    }
    const paragraphs = story.base.text.split(/\n\s*\n/);
    if (paragraphs.length > 3 && rand() < 0.5) paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 1);
    lines.push(
      JSON.stringify({
        id: `bench-${i}`,
        url: `https://www.outlet-${story.outlet}.test/news/${i}`,
        title: paragraphs[0].slice(0, 80),
        published: story.published,
        text: paragraphs.join('\n\n'),
      }),
    );
  }
  return lines.join('\n') + '\n';
}

function baseDocs(corpora: string[]): { label: string; docs: BaseDoc[] }[] {
  const sets = [{ label: 'bundled sample', docs: [{ text: readFileSync(SAMPLE, 'utf8'), date: '2020-05-06' }] }];
  for (const file of corpora) {
    const docs = parseCorpus(readFileSync(file, 'utf8'), file)
      .filter((d) => d.text.trim())
      .map((d) => ({ text: d.text, date: /^\d{4}-\d\d-\d\d$/.test(d.date ?? '') ? d.date! : '2020-01-01' }));
    if (docs.length) sets.push({ label: path.basename(file), docs });
  }
  return sets;
}

interface Timing {
  seconds: number;
  summary: string;
}

function timeBatch(input: string, workers: number, extra: string[]): Timing {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'batch', input, '-j', String(workers), '--no-progress', ...extra], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`dateline batch exited ${r.status}: ${r.stderr}`);
  return { seconds, summary: r.stderr.trim().split('\n').at(-1) ?? '' };
}

const fmt = (n: number, d = 1) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const hours = (s: number) => (s >= 3600 ? `${fmt(s / 3600)} h` : `${fmt(s / 60)} min`);
const size = (bytes: number) => `${fmt(bytes / MB)} MB`;

export function runBatchBench(o: BatchBenchOptions): void {
  const sets = baseDocs(o.corpora);
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-batch-'));
  try {
    const input = path.join(dir, 'articles.jsonl');
    const small = path.join(dir, 'small.jsonl');
    const text = generateArticles(
      sets.map((s) => s.docs),
      o.articles,
    );
    writeFileSync(input, text);
    const lines = text.trimEnd().split('\n');
    writeFileSync(small, lines.slice(0, 20).join('\n') + '\n');
    const chars = lines.reduce((n, l) => n + (JSON.parse(l) as { text: string }).text.length, 0);
    console.log(`batch      ${o.articles.toLocaleString('en')} articles (${fmt(chars / MB)} M characters, mean ${Math.round(chars / o.articles).toLocaleString('en')}) from ${sets.map((s) => `${s.label} (${s.docs.length})`).join(', ')}`);
    console.log(`  each run: node bin/dateline.mjs batch articles.jsonl -j N --duckdb FILE --no-progress (tagger on), wall clock incl. start-up; best of ${o.runs}; machine shared, timings noisy`);
    for (const w of o.workers) {
      // A 20-article run measures the fixed cost (threads starting, engines loading, DuckDB opening).
      let fixed = Infinity;
      let best = Infinity;
      let summary = '';
      let dbBytes = 0;
      for (let r = 0; r < o.runs; r++) {
        const startDb = path.join(dir, `s${w}-${r}.duckdb`);
        fixed = Math.min(fixed, timeBatch(small, w, ['--duckdb', startDb, '-q']).seconds);
        const db = path.join(dir, `w${w}-${r}.duckdb`);
        const t = timeBatch(input, w, ['--duckdb', db]);
        if (t.seconds < best) {
          best = t.seconds;
          summary = t.summary;
          dbBytes = statSync(db).size;
          if (o.keep) {
            mkdirSync(o.keep, { recursive: true });
            writeFileSync(path.join(o.keep, `batch-${w}w.duckdb`), readFileSync(db));
          }
        }
        rmSync(db, { force: true });
        rmSync(startDb, { force: true });
      }
      const steady = (o.articles - 20) / Math.max(1e-9, best - fixed);
      const million = fixed + 1e6 / steady;
      console.log(`  ${w} worker${w > 1 ? 's' : ' '}  ${fmt(best)} s  ${fmt(o.articles / best)} articles/s overall, ${fmt(steady)} articles/s once started (start-up ${fmt(fixed)} s), ${fmt(chars / MB / (best - fixed), 2)} M chars/s`);
      console.log(`             DuckDB ${size(dbBytes)} (${fmt(dbBytes / o.articles / 1000, 2)} kB/article)   1,000,000 articles: ~${hours(million)}, DuckDB ~${fmt((dbBytes / o.articles) * 1e6 / 1e9)} GB (linear extrapolation)`);
      console.log(`             ${summary.replace(/^dateline batch: /, '')}`);
    }
    const w = Math.max(...o.workers);
    const pq = path.join(dir, 'events.parquet');
    const t = timeBatch(input, w, ['--parquet', pq, '-q']);
    console.log(`  GeoParquet (-j ${w}, --parquet alone)  ${fmt(t.seconds)} s, ${size(statSync(pq).size)} of events`);
    if (o.keep) {
      writeFileSync(path.join(o.keep, 'events.parquet'), readFileSync(pq));
      writeFileSync(path.join(o.keep, 'articles.jsonl'), text);
      console.log(`  kept: ${o.keep}/batch-*.duckdb, events.parquet, articles.jsonl`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function defaultCorpora(): string[] {
  return existsSync(SHARED_EVAL) ? readdirSync(SHARED_EVAL).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(SHARED_EVAL, f)) : [];
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({
    options: { articles: { type: 'string' }, runs: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'string' } },
    allowPositionals: true,
  });
  console.log(`dateline bench:batch  node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`);
  runBatchBench({
    corpora: positionals.length ? positionals : defaultCorpora(),
    articles: Number(values.articles ?? 10_000),
    runs: Number(values.runs ?? 1),
    workers: (values.workers ?? '1,2').split(',').map(Number).filter((n) => n > 0),
    ...(values.keep ? { keep: path.resolve(values.keep) } : {}),
  });
}
