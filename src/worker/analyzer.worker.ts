// The analysis worker: loads the offline gazetteer once, then runs the engine off the main
// thread so the page stays responsive even on a 5 MB paste. It also builds the basemap's place
// labels from that gazetteer, so the page needs no second copy of it.
// This module is small on purpose: it starts both downloads the moment it runs, and the engine
// (most of the worker's code) is a chunk of its own that loads while they download. The bytes
// arrive on this thread, so a busy page does not slow them down.
/// <reference lib="webworker" />
import type { Engine, Gazetteer } from '../core/index.ts';
import taggerModelUrl from '../core/tagger/model.json?url';
import { buildPlaceLabelsInSlices } from './place-labels.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { mark, timed } from '../shared/perf-marks.ts';

declare const self: DedicatedWorkerGlobalScope;
mark('worker: module evaluated');

interface LoadedEngine {
  engine: Engine;
  gazetteer: Gazetteer;
  /** Set when the learned tagger could not be loaded and the rules alone are running. */
  taggerWarning?: string;
}

const GAZETTEER_URL = `${import.meta.env.BASE_URL}data/gazetteer.bin`;

let engine: Promise<LoadedEngine> | null = null;

async function fetchFile(url: string, what: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`The ${what} could not be loaded (HTTP ${r.status}).`);
  return r.arrayBuffer();
}

interface Downloads {
  core: Promise<typeof import('../core/index.ts')>;
  gazetteer: Promise<ArrayBuffer>;
  model: Promise<ArrayBuffer>;
}

function startDownloads(): Downloads {
  const d: Downloads = {
    core: import('../core/index.ts'),
    gazetteer: fetchFile(GAZETTEER_URL, 'gazetteer'),
    model: fetchFile(taggerModelUrl, 'toponym tagger model'),
  };
  // Awaited later (or never, when a retry starts afresh): not an unhandled rejection meanwhile.
  for (const p of [d.core, d.gazetteer, d.model]) p.catch(() => {});
  void d.gazetteer.then(() => mark('worker: gazetteer fetched'), () => {});
  void d.model.then(() => mark('worker: model fetched'), () => {});
  return d;
}

/** Started as this module runs, before any message: the worker exists to analyse. Used once. */
let first: Downloads | null = startDownloads();

async function loadEngine(): Promise<LoadedEngine> {
  // A retry after a failure downloads again.
  const d = first ?? startDownloads();
  first = null;
  const [core, gazBytes, modelText] = await Promise.all([
    d.core,
    d.gazetteer,
    d.model.then((b) => new TextDecoder().decode(b)).catch((err: unknown) => err as Error),
  ]);
  const gazetteer = timed('load gazetteer', () => core.loadGazetteer(gazBytes));
  if (modelText instanceof Error) return { engine: core.createEngine(gazetteer), gazetteer, taggerWarning: `${modelText.message} Places were found by the rules alone.` };
  try {
    return { engine: core.createEngine(gazetteer, timed('load tagger model', () => core.loadTaggerModel(modelText, gazetteer))), gazetteer };
  } catch (err) {
    return { engine: core.createEngine(gazetteer), gazetteer, taggerWarning: `The toponym tagger model could not be read (${(err as Error).message}); places were found by the rules alone.` };
  }
}

function getEngine(): Promise<LoadedEngine> {
  engine ??= loadEngine();
  // A failed load is retried on the next request rather than cached forever.
  engine.catch(() => (engine = null));
  return engine;
}

/** Analyses asked for and not yet answered: the basemap's labels wait for them (see 'labels'). */
let analysesWaiting = 0;
let analysesDone: (() => void)[] = [];

/**
 * Resolves once no analysis is waiting. The labels request comes while the engine still loads,
 * often before the first article's analysis is asked for; both wait for the same load, and without
 * this the labels (a second or so on a slow machine) were built first and held up the first markers.
 */
async function afterAnalyses(): Promise<void> {
  // A macrotask: an analysis already waiting for the engine resumes (a microtask) before this does.
  await new Promise((r) => setTimeout(r, 0));
  while (analysesWaiting > 0) await new Promise<void>((r) => analysesDone.push(r));
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
  if (req.type === 'warm') {
    // The answer comes with the first real request; a failure here is reported then.
    getEngine().catch(() => {});
    return;
  }
  if (req.type === 'labels') {
    try {
      const { gazetteer } = await getEngine();
      const t0 = performance.now();
      // Between slices the worker answers any analysis asked for meanwhile (afterAnalyses).
      const labels = await buildPlaceLabelsInSlices(gazetteer, afterAnalyses);
      performance.measure('dl:build place labels (slices and pauses)', { start: t0, end: performance.now() });
      const msg: WorkerResponse = { type: 'labels', id: req.id, labels };
      self.postMessage(msg, [labels.lat.buffer, labels.lon.buffer, labels.rank.buffer, labels.seat.buffer]);
    } catch (err) {
      post({ type: 'labels-error', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  analysesWaiting++;
  try {
    post({ type: 'progress', id: req.id, stage: 'loading-gazetteer' });
    const loaded = await getEngine();
    post({ type: 'progress', id: req.id, stage: 'analysing' });
    const t0 = performance.now();
    const analysis = timed('analyze', () => loaded.engine.analyze(req.text, req.options));
    if (loaded.taggerWarning) analysis.warnings.push(loaded.taggerWarning);
    post({ type: 'result', id: req.id, analysis, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    analysesWaiting--;
    if (analysesWaiting === 0) {
      const waiting = analysesDone;
      analysesDone = [];
      for (const r of waiting) r();
    }
  }
};
