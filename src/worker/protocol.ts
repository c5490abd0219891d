// The typed messages between the page and the analysis worker. Every request carries an id so
// the page can drop answers to requests a newer one has replaced.
import type { Analysis, AnalyzeOptions } from '../core/index.ts';
import type { PlaceLabels } from '../shared/model/place-labels.ts';

export type Stage = 'loading-gazetteer' | 'analysing';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** Start loading the gazetteer and the tagger now, before any article arrives. No answer. */
export interface WarmRequest {
  type: 'warm';
}

/** The basemap's place labels, built from the loaded gazetteer (answered once it is loaded). */
export interface LabelsRequest {
  type: 'labels';
  id: number;
}

export type WorkerRequest = AnalyzeRequest | WarmRequest | LabelsRequest;

/**
 * The longest text one analysis is given (the article limit). Measured in Chromium's worker: 10
 * million characters of the densest place text ("Gaza, Aleppo. " over and over: 1.4 million
 * mentions) analyse and come back without exhausting memory, and a worker that runs out of
 * memory takes the whole tab down with it, so nothing longer is ever sent.
 */
export const MAX_ANALYSIS_CHARS = 10_000_000;

export type WorkerResponse =
  /** The worker holds its life lock (see analyzer-client.ts): its release means it has stopped. */
  | { type: 'alive' }
  | { type: 'progress'; id: number; stage: Stage }
  | { type: 'result'; id: number; analysis: Analysis; ms: number }
  | { type: 'error'; id: number; message: string }
  | { type: 'labels'; id: number; labels: PlaceLabels }
  | { type: 'labels-error'; id: number; message: string };

export const STAGE_LABELS: Record<Stage, string> = {
  'loading-gazetteer': 'Loading the offline gazetteer…',
  analysing: 'Finding places, dates and events…',
};
