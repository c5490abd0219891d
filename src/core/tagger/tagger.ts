// The trained tagger at run time: reads the model file once, then proposes toponym spans in
// any text. It only proposes; the gazetteer, the resolver and the rules decide what is a place.
import type { TaggerLexicon } from './lexicon.ts';
import { NO_LEXICON } from './lexicon.ts';
import { scanFeatures } from './features.ts';
import { readModel } from './model-file.ts';
import { ScoringSink, WeightTable } from './weight-table.ts';
import { Vocabulary } from './vocabulary.ts';
import { articleBefore, isConnector, tokenize } from './tokens.ts';
import { B, I, O, START, TAGS, viterbi } from './viterbi.ts';

export interface ProposedSpan {
  start: number;
  end: number;
  /**
   * 0..1: how strongly the model prefers this span over reading its words as not a place;
   * with a calibrated model, the share of such spans that were right in cross-validation.
   */
  score: number;
  /** The raw model margin behind the score (path score with this span minus without it). */
  margin: number;
}

export interface Tagger {
  /** Spans the model reads as place names, in text order, as UTF-16 offsets into `text`. */
  propose(text: string): ProposedSpan[];
  /** Provenance recorded in the model file. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface TaggerOptions {
  /** The gazetteer's view of names; without it the model loses its strongest features. */
  lexicon?: TaggerLexicon;
}

export function loadTagger(raw: string, options: TaggerOptions = {}): Tagger {
  const model = readModel(raw);
  const lexicon = options.lexicon ?? NO_LEXICON;
  // Platt scaling fitted on cross-validated predictions, when training recorded it.
  const cal = model.meta.calibration as { a: number; b: number } | undefined;
  const a = cal && Number.isFinite(cal.a) ? cal.a : 1;
  const b = cal && Number.isFinite(cal.b) ? cal.b : 0;
  const calibrate = (delta: number) => 1 / (1 + Math.exp(-(a * delta + b)));
  const sink = new ScoringSink(new WeightTable(model.names, model.weights, model.count));
  const vocab = new Vocabulary(lexicon);
  return {
    meta: model.meta,
    propose(text: string): ProposedSpan[] {
      // Scores accumulate while features are produced: no feature strings are built.
      vocab.trim();
      const tokens = tokenize(text);
      sink.reset(tokens.length, vocab);
      const { allowed } = scanFeatures(text, vocab, sink, tokens);
      const emission = sink.emission;
      const tags = viterbi(emission, allowed, model.transition);
      const spans: ProposedSpan[] = [];
      const n = tags.length;
      const tr = model.transition;
      for (let i = 0; i < n; i++) {
        if (tags[i] !== B) continue;
        let end = i + 1;
        while (end < n && tags[end] === I) end++;
        // How much better the chosen tags are than O over the same tokens, entering and leaving edges included.
        const prev = i === 0 ? START : tags[i - 1];
        let delta = tr[prev * TAGS + B] - tr[prev * TAGS + O];
        for (let k = i; k < end; k++) {
          delta += emission[k * TAGS + tags[k]] - emission[k * TAGS + O];
          if (k > i) delta += tr[tags[k - 1] * TAGS + tags[k]] - tr[O * TAGS + O];
        }
        if (end < n) delta += tr[tags[end - 1] * TAGS + tags[end]] - tr[O * TAGS + tags[end]];
        let last = end;
        while (last > i + 1 && isConnector(tokens[last - 1].text)) last--;
        const article = articleBefore(tokens, i);
        spans.push({ start: tokens[article >= 0 ? article : i].start, end: tokens[last - 1].end, score: calibrate(delta), margin: delta });
        i = end - 1;
      }
      return spans;
    },
  };
}
