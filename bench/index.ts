// `npm run bench`: prints engine numbers (gazetteer, tagger, analysis throughput) and, when dist/
// and Chromium are there, the browser numbers from bench/browser.ts. Not a test: nothing is asserted.
//   npm run bench -- [CORPUS.jsonl ...] [--docs N] [--scaling MB,MB,...] [--large MB]
//                  [--no-browser] [--no-build] [--no-batch] [--batch-articles N]
// The batch numbers (bench/batch.ts, also `npm run bench:batch`) run the CLI on 10,000 articles.
// --large 10 analyses one 10 MB text (slow while a stage is superlinear; see the scaling line).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CorpusDoc } from '../src/cli/corpus-file.ts';
import { parseCorpus } from '../src/cli/corpus-file.ts';
import { gazetteerPath, REPO_ROOT } from '../src/cli/engine.ts';
import { createEngine } from '../src/core/index.ts';
import { benchAnalysis, benchGazetteer, benchLargeInput, benchScaling, benchStages, benchTagger } from './engine.ts';

const { values, positionals } = parseArgs({
  options: {
    docs: { type: 'string' },
    large: { type: 'string' },
    scaling: { type: 'string' },
    'no-browser': { type: 'boolean' },
    'no-build': { type: 'boolean' },
    'no-batch': { type: 'boolean' },
    'batch-articles': { type: 'string' },
    gazetteer: { type: 'string' },
  },
  allowPositionals: true,
});

const SHARED_EVAL = path.resolve(REPO_ROOT, '../shared/eval');
const SAMPLE = path.join(REPO_ROOT, 'src/samples/iran-syria-2020-05-06.txt');

function corpora(): { label: string; docs: CorpusDoc[] }[] {
  const limit = values.docs ? Number(values.docs) : Infinity;
  let files = positionals;
  if (!files.length && existsSync(SHARED_EVAL)) files = readdirSync(SHARED_EVAL).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(SHARED_EVAL, f));
  if (files.length) {
    console.log(`corpora    ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}${Number.isFinite(limit) ? ` (first ${limit} docs each)` : ''}`);
    return files.map((f) => ({ label: path.basename(f), docs: parseCorpus(readFileSync(f, 'utf8'), f).slice(0, limit) }));
  }
  const sample = readFileSync(SAMPLE, 'utf8');
  console.log(`corpora    none given and ${SHARED_EVAL} absent: using the bundled sample article, 200 copies`);
  return [{ label: 'sample x200', docs: Array.from({ length: 200 }, (_, i) => ({ id: String(i), text: sample, date: '2020-05-06', toponyms: [] })) }];
}

async function engineBench(): Promise<void> {
  const file = gazetteerPath(values.gazetteer);
  if (!existsSync(file)) {
    console.log(`gazetteer  missing at ${file}: run \`npm run data\` first`);
    return;
  }
  const { gazetteer } = benchGazetteer(file);
  const sets = corpora();
  const engine = createEngine(gazetteer);
  for (const { label, docs } of sets) benchAnalysis(docs, engine, label);
  const tagger = benchTagger(gazetteer, sets.flatMap((s) => s.docs.map((d) => d.text)));
  if (tagger) for (const { label, docs } of sets) benchAnalysis(docs, createEngine(gazetteer, tagger), `${label} with --tagger`);
  benchStages(sets.flatMap((s) => s.docs), tagger ? createEngine(gazetteer, tagger) : engine);
  const sizes = (values.scaling ?? '0.05,0.1,0.2,0.4').split(',').map(Number).filter((n) => n > 0);
  if (sizes.length) benchScaling(readFileSync(SAMPLE, 'utf8'), engine, sizes);
  if (values.large) benchLargeInput(readFileSync(SAMPLE, 'utf8'), engine, Number(values.large));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than src/, so the browser numbers are of this code. */
function ensureBuilt(): boolean {
  const index = path.join(REPO_ROOT, 'dist/index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime(path.join(REPO_ROOT, 'src'));
  if (!stale) return true;
  if (values['no-build']) {
    console.log('browser    skipped: dist/ is missing or older than src/ and --no-build was given');
    return false;
  }
  console.log('browser    building dist/ (vite build) ...');
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) console.log('browser    skipped: vite build failed');
  return r.status === 0;
}

async function browserBench(): Promise<void> {
  if (values['no-browser']) return console.log('browser    skipped (--no-browser)');
  if (!existsSync(path.join(import.meta.dirname, 'browser.ts'))) return console.log('browser    skipped: bench/browser.ts is not there yet');
  const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!chromium) return console.log('browser    skipped: no Chromium (apt-get install chromium, or set CHROME_PATH)');
  if (!ensureBuilt()) return;
  const mod = (await import('./browser.ts' as string)) as { runBrowserBench?: () => Promise<void> };
  if (typeof mod.runBrowserBench !== 'function') return console.log('browser    skipped: bench/browser.ts exports no runBrowserBench()');
  await mod.runBrowserBench();
}

console.log(`dateline bench  node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: heap figures unavailable)'}`);
await engineBench();
await browserBench();
if (values['no-batch']) console.log('batch      skipped (--no-batch)');
else {
  const { defaultCorpora, runBatchBench } = await import('./batch.ts');
  runBatchBench({ corpora: positionals.length ? positionals : defaultCorpora(), articles: Number(values['batch-articles'] ?? 10_000), runs: 1, workers: [1, 2] });
}
