// The analysis pipeline as one literal, ordered list of stages. Each stage is a pure function
// of the text and what earlier stages found; no I/O, no clock, no randomness.
import type { Analysis, AnalyzeOptions } from './types.ts';
import { SCHEMA_VERSION } from './types.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import { findSections, findSentences } from './text/sections.ts';
import { findMentions } from './places/mentions.ts';
import type { SpanTagger } from './places/mentions.ts';
import { findDates } from './time/dates.ts';
import { findEventsAndStatements } from './events/events.ts';
import { checkPublished } from './time/published.ts';
import { EngineError } from './engine-error.ts';
import type { EngineStage } from './engine-error.ts';

export interface PipelineData {
  gazetteer: Gazetteer;
  /** Optional learned toponym tagger; its spans join the gazetteer matcher's. */
  tagger?: SpanTagger;
}

/** The pipeline itself; callers reach it through createEngine (engine.ts). */
export function runPipeline(text: string, options: AnalyzeOptions, engine: PipelineData): Analysis {
  const published = checkPublished(options.published);
  const warnings: string[] = [];
  const sections = stage('sections', () => findSections(text));
  const sentences = stage('sentences', () => findSentences(text));
  const mentions = stage('places', () => findMentions(text, { sections, sentences, gazetteer: engine.gazetteer, ...(engine.tagger ? { tagger: engine.tagger } : {}) }));
  const dates = stage('dates', () => findDates(text, { sections, sentences, published, warnings }));
  const { events, statements } = stage('events', () => findEventsAndStatements(text, { sections, sentences, mentions, dates, published }));
  if (mentions.length === 0 && text.trim().length > 0) warnings.push('No places were found in this text.');
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      published,
      ...(options.title ? { title: options.title } : {}),
      ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
      length: text.length,
    },
    sections,
    mentions,
    dates,
    events,
    statements,
    warnings,
  };
}

/** Runs one stage; a failure of the engine's own comes out as an EngineError that names it. */
function stage<T>(name: EngineStage, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw err instanceof EngineError ? err : new EngineError(name, err);
  }
}
