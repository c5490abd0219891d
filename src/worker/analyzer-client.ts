// A promise client for the analysis worker: the latest request wins (older ones reject with
// SupersededError), progress is reported, and a worker that dies is restarted and the caller told.
import type { Analysis, AnalyzeOptions } from '../core/index.ts';
import type { Stage, WorkerRequest, WorkerResponse } from './protocol.ts';

/** The small part of Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent | Event) => void) | null;
}

export class SupersededError extends Error {
  constructor() {
    super('A newer analysis replaced this one.');
    this.name = 'SupersededError';
  }
}

export class CancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'CancelledError';
  }
}

export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`The analysis worker stopped (${detail}); it has been restarted. Try again.`);
    this.name = 'WorkerCrashedError';
  }
}

export interface AnalyzeResult {
  analysis: Analysis;
  ms: number;
}

interface Pending {
  id: number;
  resolve(r: AnalyzeResult): void;
  reject(e: Error): void;
  onProgress?: (stage: Stage) => void;
}

export class AnalyzerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  /** Called when the worker died and was replaced. */
  onRestart: ((message: string) => void) | null = null;

  constructor(private readonly create: () => WorkerLike) {}

  analyze(text: string, options: AnalyzeOptions, onProgress?: (stage: Stage) => void): Promise<AnalyzeResult> {
    // The engine runs synchronously in the worker, so a request in flight can only be dropped by
    // replacing the worker; otherwise the newest request would wait behind a long one.
    if (this.pending) this.abort(new SupersededError());
    const id = this.nextId++;
    return new Promise<AnalyzeResult>((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      this.ensureWorker().postMessage({ type: 'analyze', id, text, options });
    });
  }

  /** Stops the analysis in flight, if any; its promise rejects with CancelledError. */
  cancel(): void {
    if (this.pending) this.abort(new CancelledError());
  }

  private abort(err: Error): void {
    this.pending?.reject(err);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.pending?.reject(new SupersededError());
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (ev) => this.handle(ev.data);
    w.onerror = (ev) => this.crash('message' in ev && typeof ev.message === 'string' && ev.message ? ev.message : 'an uncaught error');
    this.worker = w;
    return w;
  }

  private handle(msg: WorkerResponse): void {
    const p = this.pending;
    if (!p || msg.id !== p.id) return; // an answer to a request that was superseded
    if (msg.type === 'progress') {
      p.onProgress?.(msg.stage);
      return;
    }
    this.pending = null;
    if (msg.type === 'result') p.resolve({ analysis: msg.analysis, ms: msg.ms });
    else p.reject(new Error(msg.message));
  }

  private crash(detail: string): void {
    this.worker?.terminate();
    this.worker = null;
    const err = new WorkerCrashedError(detail);
    this.pending?.reject(err);
    this.pending = null;
    // Start the replacement now so it is warm (gazetteer loading) by the time the user retries.
    this.ensureWorker();
    this.onRestart?.(err.message);
  }
}

/** The real worker, bundled by Vite as its own chunk. */
export function createAnalyzerWorker(): WorkerLike {
  return new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module', name: 'dateline-analyzer' }) as unknown as WorkerLike;
}
