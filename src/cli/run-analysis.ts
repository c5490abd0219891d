// Analyses one text for the CLI. Small texts run in-process; large ones run on a worker thread
// with a time limit, so a pathological or huge input fails with a clear message instead of hanging.
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/index.ts';
import type { CliContext } from './context.ts';
import type { EngineOptions } from './engine.ts';
import type { ExitCode } from './errors.ts';
import { CliError, EXIT } from './errors.ts';
import type { AnalysisJob } from './analysis-worker.ts';

/** Texts shorter than this (UTF-16 units) run in-process: a news article takes milliseconds. */
export const WORKER_THRESHOLD = 256 * 1024;
export const DEFAULT_TIMEOUT_S = 120;

export interface RunOptions {
  gazetteerPath?: string;
  engine: EngineOptions;
  /** Seconds before a worker-run analysis is abandoned; 0 means no limit. */
  timeoutS: number;
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

export async function runAnalysis(text: string, options: AnalyzeOptions, ctx: CliContext, run: RunOptions): Promise<Analysis> {
  if (text.length < (run.workerThreshold ?? WORKER_THRESHOLD)) {
    return (await ctx.loadEngine(run.gazetteerPath, run.engine)).analyze(text, options);
  }
  // Fail on a missing gazetteer here, with its usual message, before starting a thread.
  await ctx.loadEngine(run.gazetteerPath, run.engine);
  const job: AnalysisJob = { text, options, engine: run.engine, ...(run.gazetteerPath ? { gazetteerPath: run.gazetteerPath } : {}) };
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: {
      job,
      hooks: TS_HOOKS,
      entry: new URL('./analysis-worker.ts', import.meta.url).href,
    },
  });
  return new Promise<Analysis>((resolve, reject) => {
    const timer =
      run.timeoutS > 0
        ? setTimeout(() => {
            void worker.terminate();
            reject(new CliError(EXIT.failed, `analysis did not finish within ${run.timeoutS} s (${(text.length / 1e6).toFixed(1)} million characters); split the text into articles, or raise --timeout (0 = no limit).`));
          }, run.timeoutS * 1000)
        : undefined;
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (m: { ok: true; analysis: Analysis } | { ok: false; message: string; code?: ExitCode; stack?: string }) => {
      done();
      if (m.ok) resolve(m.analysis);
      else reject(m.code !== undefined ? new CliError(m.code, m.message) : new CliError(EXIT.failed, `analysis failed: ${m.stack ?? m.message}`));
    });
    worker.once('error', (err) => {
      done();
      reject(new CliError(EXIT.failed, `analysis failed: ${err.message}`));
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new CliError(EXIT.failed, `the analysis thread stopped (exit code ${code}) before it finished.`));
    });
  });
}
