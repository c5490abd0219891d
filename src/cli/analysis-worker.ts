// The analysis thread started by run-analysis.ts: loads the engine once, then analyses the texts it
// is sent one at a time, so the main thread can give up on one after a time limit (by terminating
// this thread) instead of hanging.
import { parentPort, workerData } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions, Engine } from '../core/index.ts';
import { loadEngine } from './engine.ts';
import type { EngineOptions } from './engine.ts';
import { CliError, describeFailure } from './errors.ts';

export interface ThreadData {
  hooks: string;
  entry: string;
  gazetteerPath?: string;
  engine: EngineOptions;
}

export interface AnalysisJob {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisReply =
  | { id: number; ok: true; analysis: Analysis }
  | { id: number; ok: false; message: string; code?: number; stack?: string };

const data = workerData as ThreadData;
let engine: Promise<Engine> | null = null;

parentPort!.on('message', async (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    engine ??= loadEngine(data.gazetteerPath, data.engine).then((l) => l.engine);
    reply = { id: job.id, ok: true, analysis: (await engine).analyze(job.text, job.options) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: job.id, ok: false, message: describeFailure(e), ...(err instanceof CliError ? { code: err.code } : {}), ...(e.stack ? { stack: e.stack } : {}) };
  }
  parentPort!.postMessage(reply);
});
