// The analysis worker: loads the offline gazetteer once, then runs the engine off the main
// thread so the page stays responsive even on a 5 MB paste.
/// <reference lib="webworker" />
import { analyzeArticle, type Gazetteer } from '../core/index.ts';
import { loadGazetteer } from '../core/gazetteer/gazetteer.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | null = null;

function getGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetch(`${import.meta.env.BASE_URL}data/gazetteer.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`The gazetteer could not be loaded (HTTP ${r.status}).`);
      return r.text();
    })
    .then((text) => loadGazetteer(text));
  // A failed load is retried on the next request rather than cached forever.
  gazetteer.catch(() => (gazetteer = null));
  return gazetteer;
}

function post(msg: WorkerResponse): void {
  self.postMessage(msg);
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.type !== 'analyze') return;
  try {
    post({ type: 'progress', id: req.id, stage: 'loading-gazetteer' });
    const gaz = await getGazetteer();
    post({ type: 'progress', id: req.id, stage: 'analysing' });
    const t0 = performance.now();
    const analysis = analyzeArticle(req.text, req.options, { gazetteer: gaz });
    post({ type: 'result', id: req.id, analysis, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
