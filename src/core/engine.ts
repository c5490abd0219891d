// The engine, assembled once: a gazetteer (and optionally the learned toponym tagger) bound to the
// pipeline. Every caller (the worker, the CLI, batch workers, tests, bench) builds it here and
// nowhere else, so they all analyse text exactly the same way.
import type { Analysis, AnalyzeOptions, DateValue, DatelineEvent, Mention, Section, Span } from './types.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import type { Tagger } from './tagger/tagger.ts';
import { loadTagger } from './tagger/tagger.ts';
import { gazetteerLexicon } from './tagger/gazetteer-lexicon.ts';
import { normalizeName } from './text/normalize.ts';
import { findSections, findSentences } from './text/sections.ts';
import { findMentions, resolveSpans } from './places/mentions.ts';
import { findDates } from './time/dates.ts';
import { findEvents } from './events/events.ts';
import { runPipeline } from './pipeline.ts';

export interface TextLayout {
  sections: Section[];
  sentences: Span[];
}

/** The pipeline's stages one by one, bound to the engine's data: for benchmarks and stage tests. */
export interface EngineStages {
  sections(text: string): Section[];
  sentences(text: string): Span[];
  /** Places; `useTagger: false` runs the gazetteer rules alone even when the engine has a tagger. */
  mentions(text: string, layout: TextLayout, options?: { useTagger?: boolean }): Mention[];
  /** Resolution alone: each given span taken as a place name and resolved in the context of the others (place null when unknown). */
  resolveSpans(text: string, spans: readonly Span[], layout: TextLayout): Mention[];
  dates(text: string, layout: TextLayout, published: string): DateValue[];
  events(text: string, layout: TextLayout & { mentions: Mention[]; dates: DateValue[] }, published: string): DatelineEvent[];
}

export interface Engine {
  readonly gazetteer: Gazetteer;
  /** The learned toponym tagger, when the engine has one; its spans join the gazetteer matcher's. */
  readonly tagger: Tagger | undefined;
  /** The whole pipeline: text and publication date in, one Analysis out. Pure and deterministic. */
  analyze(text: string, options: AnalyzeOptions): Analysis;
  readonly stages: EngineStages;
}

export function createEngine(gazetteer: Gazetteer, tagger?: Tagger): Engine {
  const stages: EngineStages = {
    sections: findSections,
    sentences: findSentences,
    mentions: (text, layout, options = {}) =>
      findMentions(text, { ...layout, gazetteer, ...(tagger && options.useTagger !== false ? { tagger } : {}) }),
    resolveSpans: (text, spans, layout) => resolveSpans(text, spans, { ...layout, gazetteer }),
    dates: (text, layout, published) => findDates(text, { ...layout, published }),
    events: (text, ctx, published) => findEvents(text, { ...ctx, published }),
  };
  return {
    gazetteer,
    tagger,
    stages,
    analyze: (text, options) => runPipeline(text, options, { gazetteer, ...(tagger ? { tagger } : {}) }),
  };
}

/** Reads a tagger model file (src/core/tagger/model.json) with the gazetteer's view of names. */
export function loadTaggerModel(modelText: string, gazetteer: Gazetteer): Tagger {
  return loadTagger(modelText, { lexicon: gazetteerLexicon(gazetteer, normalizeName) });
}
