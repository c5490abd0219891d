// Analyses texts for the CLI on a worker thread with a time limit, so any input, small or huge,
// pathological or hitting a bug, ends with a clear message instead of hanging: a thread that runs
// past the limit is terminated (synchronous engine code cannot be interrupted any other way).
// `--timeout 0` runs in-process, with no limit.
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/index.ts';
import type { CliContext } from './context.ts';
import type { EngineOptions } from './engine.ts';
import { checkEngineFiles } from './engine.ts';
import type { ExitCode } from './errors.ts';
import { CliError, EXIT } from './errors.ts';
import type { AnalysisJob, AnalysisReply, ThreadData } from './analysis-worker.ts';

/** The engine failed on a text (its message says how); `detail` is that message without the prefix. */
export class AnalysisFailed extends CliError {
  constructor(readonly detail: string) {
    super(EXIT.failed, `analysis failed: ${detail}`);
  }
}

/** Inputs at least this long (UTF-16 units) get a note that the analysis may take a while. */
export const WORKER_THRESHOLD = 256 * 1024;
export const DEFAULT_TIMEOUT_S = 120;

export interface RunOptions {
  gazetteerPath?: string;
  engine: EngineOptions;
  /** Seconds before an analysis is abandoned; 0 means no limit (and no thread). */
  timeoutS: number;
  /** Texts shorter than this run in-process even with a limit (default 0: every text gets the limit). */
  workerThreshold?: number;
}

// The worker is plain JavaScript that registers the TypeScript module hooks first (bin/ts-hooks.mjs,
// as bin/dateline.mjs does), so it can import the TypeScript sources.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require('node:module').register(workerData.hooks);
import(workerData.entry);
`;
const TS_HOOKS = new URL('../../bin/ts-hooks.mjs', import.meta.url).href;
const ENTRY = new URL('./analysis-worker.ts', import.meta.url).href;

const size = (text: string) => (text.length >= 100_000 ? `${(text.length / 1e6).toFixed(1)} million characters` : `${text.length} characters`);

/**
 * One worker thread that loads the engine once and analyses texts one at a time. A text that runs
 * past the limit, or a thread that dies (out of memory), fails that text alone: the thread is
 * replaced for the next one.
 */
export class AnalysisThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private busy = false;

  constructor(private readonly run: RunOptions) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    if (this.busy) return Promise.reject(new Error('AnalysisThread runs one analysis at a time.'));
    this.busy = true;
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      const finish = (err: CliError | null, analysis?: Analysis) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.busy = false;
        if (err) {
          // A thread that failed or ran over is not trusted with the next text.
          this.discard(worker);
          reject(err);
        } else resolve(analysis!);
      };
      const limit = this.run.timeoutS;
      const timer = setTimeout(
        () => finish(new CliError(EXIT.failed, `analysis did not finish within ${limit} s (${size(text)}); split the text into articles, or raise --timeout (0 = no limit).`)),
        limit * 1000,
      );
      const onMessage = (m: AnalysisReply) => {
        if (m.id !== id) return;
        if (m.ok) finish(null, m.analysis);
        else finish(m.code !== undefined ? new CliError(m.code as ExitCode, m.message) : new AnalysisFailed(`${m.message}${process.env.DATELINE_DEBUG && m.stack ? `\n${m.stack}` : ''}`));
      };
      const onError = (err: Error & { code?: string }) =>
        finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new CliError(EXIT.failed, `analysis ran out of memory (${size(text)}); split the text into articles.`)
          : new AnalysisFailed(err.message));
      const onExit = (code: number) => finish(new CliError(EXIT.failed, `the analysis thread stopped (exit code ${code}) before it finished.`));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const job: AnalysisJob = { id, text, options };
      worker.postMessage(job);
    });
  }

  /** Ends the thread; the next analysis would start a new one. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData: ThreadData = { hooks: TS_HOOKS, entry: ENTRY, engine: this.run.engine, ...(this.run.gazetteerPath ? { gazetteerPath: this.run.gazetteerPath } : {}) };
    const w = new Worker(BOOTSTRAP, { eval: true, workerData });
    // An idle thread must not keep the process alive after the command is done.
    w.unref();
    this.worker = w;
    return w;
  }

  private discard(w: Worker): void {
    if (this.worker === w) this.worker = null;
    void w.terminate();
  }
}

/** One text: in-process without a limit, else on a thread of its own, given up after the limit. */
export async function runAnalysis(text: string, options: AnalyzeOptions, ctx: CliContext, run: RunOptions): Promise<Analysis> {
  if (run.timeoutS <= 0 || text.length < (run.workerThreshold ?? 0)) {
    return (await ctx.loadEngine(run.gazetteerPath, run.engine)).analyze(text, options);
  }
  // A missing gazetteer or model gets its usual message here, before a thread is started.
  checkEngineFiles(run.gazetteerPath, run.engine);
  const thread = new AnalysisThread(run);
  try {
    return await thread.analyze(text, options);
  } finally {
    await thread.close();
  }
}

/** The --timeout option: seconds, 0 for no limit. */
export function timeoutOption(command: string, value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_S;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new CliError(EXIT.usage, `${command}: --timeout takes a number of seconds, 0 for no limit (got "${value}").`);
  return n;
}
