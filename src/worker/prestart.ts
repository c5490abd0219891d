// Starts the analysis worker at navigation, before React renders: the page fetches the gazetteer
// (the request index.html preloads) and the tagger model itself and hands the bytes to the worker,
// so both downloads overlap the app's own JS instead of waiting for it and then for the worker's.
import taggerModelUrl from '../core/tagger/model.json?url';
import type { SuppliedFile, WorkerRequest } from './protocol.ts';

/** The small part of Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<import('./protocol.ts').WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent | Event) => void) | null;
}

export const GAZETTEER_URL = `${import.meta.env.BASE_URL}data/gazetteer.json`;

let prestarted: WorkerLike | null = null;

/** A new worker, bundled by Vite as its own chunk. */
export function newAnalyzerWorker(): WorkerLike {
  return new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module', name: 'dateline-analyzer' }) as unknown as WorkerLike;
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
  w.postMessage({ type: 'warm', supplied: true });
  void Promise.allSettled([fetchBytes(GAZETTEER_URL, 'gazetteer'), fetchBytes(taggerModelUrl, 'toponym tagger model')]).then(([gaz, model]) => {
    const msg: WorkerRequest = { type: 'supply', gazetteer: supplied(gaz), model: supplied(model) };
    const transfer = [gaz, model].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    (w as unknown as Worker).postMessage(msg, transfer);
  });
  prestarted = w;
}

/** The worker prestartAnalyzer started, once; null after that or when none was started. */
export function takePrestartedWorker(): WorkerLike | null {
  const w = prestarted;
  prestarted = null;
  return w;
}
