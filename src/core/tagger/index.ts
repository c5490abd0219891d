// The tagger's public surface: load a trained model and propose toponym spans; plus what the
// training script needs to extract features and fit a model.
export { loadTagger } from './tagger.ts';
export type { Tagger, TaggerOptions, ProposedSpan } from './tagger.ts';
export type { TaggerLexicon } from './lexicon.ts';
export { gazetteerLexicon } from './gazetteer-lexicon.ts';
export { taggerLed } from './combine.ts';
export { NO_LEXICON } from './lexicon.ts';
export { extractFeatures } from './features.ts';
export { trainPerceptron } from './perceptron.ts';
export { writeModel, readModel, weightMap, ModelFormatError } from './model-file.ts';
