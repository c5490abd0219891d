// Starts the analysis worker at navigation, from the page's small first script (main.tsx), before
// the app's own code has even downloaded: the worker fetches the gazetteer and the tagger model
// the moment it runs, so both downloads overlap the app's JS and React's first render, and their
// bytes arrive on the worker's thread, whatever the page's main thread is busy with.
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { mark } from '../shared/perf-marks.ts';

/** The small part of Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(msg: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent | Event) => void) | null;
  /** Called (by the worker's wrapper) when the worker stopped without an error and without being terminated. */
  onclose?: ((detail: string) => void) | null;
}

let prestarted: WorkerLike | null = null;

let workers = 0;

/**
 * A new worker, bundled by Vite as its own chunk. Its name is a lock it holds while it lives;
 * once it says it holds it, the page asks for the same lock, which it gets only when the worker has
 * ended: if the page did not end it, it stopped by itself (self.close(), ended by the browser).
 */
export function newAnalyzerWorker(): WorkerLike {
  const lock = `dateline-analyzer-${typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${++workers}`}`;
  const worker = new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module', name: lock });
  let ended = false;
  const like: WorkerLike = {
    postMessage: (msg, transfer) => (transfer ? worker.postMessage(msg, transfer) : worker.postMessage(msg)),
    terminate: () => {
      ended = true;
      worker.terminate();
    },
    onmessage: null,
    onerror: null,
    onclose: null,
  };
  worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
    if (ev.data?.type === 'alive' && typeof navigator !== 'undefined' && navigator.locks) {
      void navigator.locks.request(lock, () => {
        if (ended) return;
        ended = true;
        like.onclose?.('it ended without an error; the browser may have stopped it');
      });
    }
    like.onmessage?.(ev);
  };
  worker.onerror = (ev) => like.onerror?.(ev);
  return like;
}

/** Creates the worker (which starts its downloads at once); the first AnalyzerClient takes it. */
export function prestartAnalyzer(): void {
  if (prestarted || typeof Worker === 'undefined') return;
  const w = newAnalyzerWorker();
  mark('page: worker created');
  w.postMessage({ type: 'warm' });
  prestarted = w;
}

/** The worker prestartAnalyzer started, once; null after that or when none was started. */
export function takePrestartedWorker(): WorkerLike | null {
  const w = prestarted;
  prestarted = null;
  return w;
}
