// Runs one analysis on a worker thread (started by run-analysis.ts), so the main thread can give
// up on a pathological input after a time limit instead of hanging.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/index.ts';
import { loadEngine } from './engine.ts';
import type { EngineOptions } from './engine.ts';
import { CliError } from './errors.ts';

export interface AnalysisJob {
  text: string;
  options: AnalyzeOptions;
  gazetteerPath?: string;
  engine: EngineOptions;
}

const job = (workerData as { job: AnalysisJob }).job;
try {
  const { engine } = await loadEngine(job.gazetteerPath, job.engine);
  parentPort!.postMessage({ ok: true, analysis: engine.analyze(job.text, job.options) });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: (err as Error).message, code: err instanceof CliError ? err.code : undefined, stack: (err as Error).stack });
}
