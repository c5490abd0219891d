// The one public door to the engine: the UI worker, the CLI, batch workers, bench and tests import
// only this. Build an engine with createEngine(loadGazetteer(raw), loadTaggerModel(model, gaz)?).
export * from './types.ts';
export { createEngine, loadTaggerModel } from './engine.ts';
export type { Engine, EngineStages, TextLayout } from './engine.ts';
export { checkPublished, InvalidDateError } from './time/published.ts';
export { EngineError } from './engine-error.ts';
export type { EngineStage } from './engine-error.ts';
export type { Gazetteer } from './gazetteer/gazetteer.ts';
export { loadGazetteer } from './gazetteer/gazetteer.ts';
export type { Tagger } from './tagger/tagger.ts';
export { findSections, findSentences } from './text/sections.ts';
export { normalizeName } from './text/normalize.ts';
export { isPluralDemonym } from './places/demonyms.ts';
// Exports: the same formatters in the CLI and the app.
export { toGeoJSON, eventFeature, featureCollection, groupMentions, placeFeature, analysisFeatures } from './export/geojson.ts';
export type { GeoJSONOptions } from './export/geojson.ts';
export { CSV_COLUMNS, csvCell, csvRows, eventRow, toCSV } from './export/csv.ts';
export type { CsvRow, CsvColumn, CsvCell } from './export/csv.ts';
// Evaluation against gold corpora (the CLI's eval, bench).
export { score, roundResult } from './eval/score.ts';
export type { MatchRule, ScoreResult, Toponym } from './eval/score.ts';
export { pairsById } from './eval/pairs.ts';
// Event evaluation: annotated reports (events-dev) and event-location sentences (Halterman 2019).
export { scoreEvents, scoreReport, datedRight, tollHolds, foldName, GOLD_TYPES, TOLERANCE_KM } from './eval/events.ts';
export type { EventScore, GoldEvent, GoldReport, ContextPlace, PredictedReport, ReportOutcome, GoldOutcome, GoldPrecision } from './eval/events.ts';
export { scoreEventLocations, scoreSentence, SAME_PLACE_KM } from './eval/event-location.ts';
export type { LocationScore, LocationSentence, SentenceOutcome, SentencePrediction } from './eval/event-location.ts';
export { maxWeightAssignment } from './eval/assign.ts';
// The same incident across articles (the workspace groups them; pure, with a reason per group).
export { groupAcrossArticles, sameIncident } from './events/across-articles.ts';
export type { ArticleEvents, GroupMember, GroupOptions, IncidentGroup } from './events/across-articles.ts';
// A seeded PRNG (reproducible training splits, benchmark data, fuzzing).
export { mulberry32 } from './tagger/prng.ts';
