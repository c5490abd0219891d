// The typed messages between the page and the analysis worker. Every request carries an id so
// the page can drop answers to requests a newer one has replaced.
import type { Analysis, AnalyzeOptions } from '../core/index.ts';

export type Stage = 'loading-gazetteer' | 'analysing';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: Stage }
  | { type: 'result'; id: number; analysis: Analysis; ms: number }
  | { type: 'error'; id: number; message: string };

export const STAGE_LABELS: Record<Stage, string> = {
  'loading-gazetteer': 'Loading the offline gazetteer…',
  analysing: 'Finding places, dates and events…',
};
