// The analysis worker: loads the offline gazetteer once, then runs the engine off the main
// thread so the page stays responsive even on a 5 MB paste.
/// <reference lib="webworker" />
import { createEngine, loadGazetteer, loadTaggerModel, type Engine } from '../core/index.ts';
import taggerModelUrl from '../core/tagger/model.json?url';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

interface LoadedEngine {
  engine: Engine;
  /** Set when the learned tagger could not be loaded and the rules alone are running. */
  taggerWarning?: string;
}

let engine: Promise<LoadedEngine> | null = null;

async function fetchText(url: string, what: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`The ${what} could not be loaded (HTTP ${r.status}).`);
  return r.text();
}

async function loadEngine(): Promise<LoadedEngine> {
  const [gazText, modelText] = await Promise.all([
    fetchText(`${import.meta.env.BASE_URL}data/gazetteer.json`, 'gazetteer'),
    fetchText(taggerModelUrl, 'toponym tagger model').catch((err: unknown) => err as Error),
  ]);
  const gazetteer = loadGazetteer(gazText);
  if (modelText instanceof Error) return { engine: createEngine(gazetteer), taggerWarning: `${modelText.message} Places were found by the rules alone.` };
  try {
    return { engine: createEngine(gazetteer, loadTaggerModel(modelText, gazetteer)) };
  } catch (err) {
    return { engine: createEngine(gazetteer), taggerWarning: `The toponym tagger model could not be read (${(err as Error).message}); places were found by the rules alone.` };
  }
}

function getEngine(): Promise<LoadedEngine> {
  engine ??= loadEngine();
  // A failed load is retried on the next request rather than cached forever.
  engine.catch(() => (engine = null));
  return engine;
}

function post(msg: WorkerResponse): void {
  self.postMessage(msg);
}

// A lock held for as long as this worker lives, named by the page (the worker's name): the browser
// releases it when the worker ends in any way, self.close() or a terminate the page did not ask
// for included, which no event reports. The page waits on it to notice.
if (self.name && typeof navigator !== 'undefined' && navigator.locks) {
  void navigator.locks.request(self.name, () => {
    post({ type: 'alive' });
    return new Promise<never>(() => {});
  });
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.type !== 'analyze') return;
  try {
    post({ type: 'progress', id: req.id, stage: 'loading-gazetteer' });
    const loaded = await getEngine();
    post({ type: 'progress', id: req.id, stage: 'analysing' });
    const t0 = performance.now();
    const analysis = loaded.engine.analyze(req.text, req.options);
    if (loaded.taggerWarning) analysis.warnings.push(loaded.taggerWarning);
    post({ type: 'result', id: req.id, analysis, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
