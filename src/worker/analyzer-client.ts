// A promise client for the analysis worker: the latest request wins (older ones reject with
// SupersededError), progress is reported, and a worker that dies is restarted and the caller told:
// with an error, without one (self.close(), ended by the browser: seen through a lock it held), or
// silently never answering.
import type { Analysis, AnalyzeOptions } from '../core/index.ts';
import type { PlaceLabels } from '../shared/model/place-labels.ts';
import { MAX_ANALYSIS_CHARS } from './protocol.ts';
import type { Stage, WorkerResponse } from './protocol.ts';
import { newAnalyzerWorker, takePrestartedWorker, type WorkerLike } from './prestart.ts';

export type { WorkerLike } from './prestart.ts';

export interface ClientOptions {
  /**
   * How long a request may wait for the worker's first word (it answers "loading" at once): past
   * this, it is taken for dead. Only the wait for the first answer is timed; an analysis may run long.
   */
  firstAnswerMs?: number;
}

export class TooLargeError extends Error {
  constructor(length: number) {
    super(`This text has ${length.toLocaleString('en')} characters; one analysis takes at most ${MAX_ANALYSIS_CHARS.toLocaleString('en')}, so that it cannot run the browser out of memory and take the tab down. Split it into separate articles.`);
    this.name = 'TooLargeError';
  }
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
  /** Until the worker's first answer: taken for dead when it fires. */
  silence?: ReturnType<typeof setTimeout>;
}

const FIRST_ANSWER_MS = 20_000;

export class AnalyzerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  /** The basemap labels asked for and not yet answered: asked again of a replacement worker. */
  private labelsPending: { id: number; resolve(l: PlaceLabels): void; reject(e: Error): void } | null = null;
  private labelsPromise: Promise<PlaceLabels> | null = null;
  /** Called when the worker died and was replaced. */
  onRestart: ((message: string) => void) | null = null;

  constructor(
    private readonly create: () => WorkerLike,
    private readonly options: ClientOptions = {},
  ) {}

  analyze(text: string, options: AnalyzeOptions, onProgress?: (stage: Stage) => void): Promise<AnalyzeResult> {
    // The engine runs synchronously in the worker, so a request in flight can only be dropped by
    // replacing the worker; otherwise the newest request would wait behind a long one.
    if (this.pending) this.abort(new SupersededError());
    if (text.length > MAX_ANALYSIS_CHARS) return Promise.reject(new TooLargeError(text.length));
    const id = this.nextId++;
    return new Promise<AnalyzeResult>((resolve, reject) => {
      const pending: Pending = { id, resolve, reject, onProgress };
      pending.silence = setTimeout(() => {
        if (this.pending === pending) this.crash(`it did not answer within ${Math.round((this.options.firstAnswerMs ?? FIRST_ANSWER_MS) / 1000)} s`);
      }, this.options.firstAnswerMs ?? FIRST_ANSWER_MS);
      this.pending = pending;
      this.ensureWorker().postMessage({ type: 'analyze', id, text, options });
    });
  }

  /**
   * The basemap's place labels from the worker's gazetteer, asked for once. Ask after the first
   * analysis: the worker answers requests in order, and labels take it about a tenth of a second.
   */
  labels(): Promise<PlaceLabels> {
    if (this.labelsPromise) return this.labelsPromise;
    const id = this.nextId++;
    this.labelsPromise = new Promise<PlaceLabels>((resolve, reject) => {
      this.labelsPending = { id, resolve, reject };
    });
    // A failure is not remembered: the next call asks again.
    this.labelsPromise.catch(() => (this.labelsPromise = null));
    try {
      // A worker made now is asked by ensureWorker itself, as any replacement is.
      const fresh = !this.worker;
      const w = this.ensureWorker();
      if (!fresh) w.postMessage({ type: 'labels', id });
    } catch (err) {
      // No worker can be made here (a page without workers): no labels, and the reason.
      this.labelsPending?.reject(err instanceof Error ? err : new Error(String(err)));
      this.labelsPending = null;
    }
    return this.labelsPromise;
  }

  /** Stops the analysis in flight, if any; its promise rejects with CancelledError. */
  cancel(): void {
    if (this.pending) this.abort(new CancelledError());
  }

  private abort(err: Error): void {
    clearTimeout(this.pending?.silence);
    this.pending?.reject(err);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    clearTimeout(this.pending?.silence);
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
    w.onclose = (detail) => {
      if (this.worker === w) this.crash(detail);
    };
    this.worker = w;
    // Labels asked of a worker that was replaced are asked again of this one.
    if (this.labelsPending) w.postMessage({ type: 'labels', id: this.labelsPending.id });
    return w;
  }

  private handle(msg: WorkerResponse): void {
    if (msg.type === 'alive') return;
    if (msg.type === 'labels' || msg.type === 'labels-error') {
      const l = this.labelsPending;
      if (!l || msg.id !== l.id) return;
      this.labelsPending = null;
      if (msg.type === 'labels') l.resolve(msg.labels);
      else l.reject(new Error(msg.message));
      return;
    }
    const p = this.pending;
    if (!p || msg.id !== p.id) return; // an answer to a request that was superseded
    clearTimeout(p.silence);
    if (msg.type === 'progress') {
      p.onProgress?.(msg.stage);
      return;
    }
    this.pending = null;
    if (msg.type === 'result') p.resolve({ analysis: msg.analysis, ms: msg.ms });
    else p.reject(new Error(msg.message));
  }

  private crash(detail: string): void {
    const dead = this.worker;
    this.worker = null;
    if (dead) {
      dead.onclose = null;
      dead.terminate();
    }
    const err = new WorkerCrashedError(detail);
    const p = this.pending;
    clearTimeout(p?.silence);
    this.pending = null;
    // Start the replacement now so it is warm (gazetteer loading) by the time the user retries.
    this.ensureWorker().postMessage({ type: 'warm' });
    // A worker that ended while idle cost nobody anything: it is replaced without a word.
    if (!p) return;
    p.reject(err);
    this.onRestart?.(err.message);
  }
}

/** The real worker: the one started at navigation (src/worker/prestart.ts) the first time, a new one after. */
export function createAnalyzerWorker(): WorkerLike {
  return takePrestartedWorker() ?? newAnalyzerWorker();
}
