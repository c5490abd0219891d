// Starts the analysis worker at navigation, before React renders: the page fetches the gazetteer
// (the request index.html preloads) and the tagger model itself and hands the bytes to the worker,
// so both downloads overlap the app's own JS instead of waiting for it and then for the worker's.
import taggerModelUrl from '../core/tagger/model.json?url';
import type { SuppliedFile, WorkerRequest, WorkerResponse } from './protocol.ts';
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

export const GAZETTEER_URL = `${import.meta.env.BASE_URL}data/gazetteer.bin`;

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

async function fetchBytes(url: string, what: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`The ${what} could not be loaded (HTTP ${r.status}).`);
  return r.arrayBuffer();
}

const supplied = (r: PromiseSettledResult<ArrayBuffer>): SuppliedFile =>
  r.status === 'fulfilled' ? r.value : { error: r.reason instanceof Error ? r.reason.message : String(r.reason) };

/** Creates the worker and starts the downloads; the first AnalyzerClient takes this worker. */
export function prestartAnalyzer(): void {
  if (prestarted || typeof Worker === 'undefined') return;
  const w = newAnalyzerWorker();
  mark('page: worker created');
  w.postMessage({ type: 'warm', supplied: true });
  void Promise.allSettled([fetchBytes(GAZETTEER_URL, 'gazetteer'), fetchBytes(taggerModelUrl, 'toponym tagger model')]).then(([gaz, model]) => {
    mark('page: files fetched');
    const msg: WorkerRequest = { type: 'supply', gazetteer: supplied(gaz), model: supplied(model) };
    const transfer = [gaz, model].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    w.postMessage(msg, transfer);
  });
  prestarted = w;
}

/** The worker prestartAnalyzer started, once; null after that or when none was started. */
export function takePrestartedWorker(): WorkerLike | null {
  const w = prestarted;
  prestarted = null;
  return w;
}
