// The one public door to the engine: the UI worker, the CLI and the tests import only this.
export * from './types.ts';
export { analyzeArticle } from './pipeline.ts';
export type { Engine } from './pipeline.ts';
export { checkPublished, InvalidDateError } from './time/published.ts';
export type { Gazetteer } from './gazetteer/gazetteer.ts';
export { loadGazetteer } from './gazetteer/gazetteer.ts';
export { findSections, findSentences } from './text/sections.ts';
export { findDates } from './time/dates.ts';
export { findEvents } from './events/events.ts';
