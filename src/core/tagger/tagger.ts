// The trained tagger at run time: reads the model file once, then proposes toponym spans in
// any text. It only proposes; the gazetteer, the resolver and the rules decide what is a place.
import type { TaggerLexicon } from './lexicon.ts';
import { NO_LEXICON } from './lexicon.ts';
import { extractFeatures } from './features.ts';
import { readModel } from './model-file.ts';
import { isConnector } from './tokens.ts';
import { B, I, O, TAGS, viterbi } from './viterbi.ts';

export interface ProposedSpan {
  start: number;
  end: number;
  /** 0..1: how strongly the model prefers this span's tags over O. */
  score: number;
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
  return {
    meta: model.meta,
    propose(text: string): ProposedSpan[] {
      const { tokens, allowed, features } = extractFeatures(text, lexicon);
      const emission = new Float64Array(tokens.length * TAGS);
      for (let i = 0; i < tokens.length; i++) {
        for (const f of features[i]) {
          const w = model.weights.get(f);
          if (!w) continue;
          emission[i * TAGS + B] += w[0];
          emission[i * TAGS + I] += w[1];
        }
      }
      const tags = viterbi(emission, allowed, model.transition);
      const spans: ProposedSpan[] = [];
      for (let i = 0; i < tags.length; i++) {
        if (tags[i] !== B) continue;
        let end = i + 1;
        while (end < tags.length && tags[end] === I) end++;
        let last = end;
        while (last > i + 1 && isConnector(tokens[last - 1].text)) last--;
        let margin = 0;
        for (let k = i; k < last; k++) margin += emission[k * TAGS + tags[k]] - emission[k * TAGS + O];
        spans.push({ start: tokens[i].start, end: tokens[last - 1].end, score: 1 / (1 + Math.exp(-margin / (last - i))) });
        i = end - 1;
      }
      return spans;
    },
  };
}
