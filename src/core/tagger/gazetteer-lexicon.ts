// Adapts the engine's gazetteer to the tagger's lexicon: which kinds of record a name points at
// (a country, an admin-1 region, a city, by its own name, an alternate or a demonym), how
// populous the biggest is, and how ambiguous the name is. Classes, never ids, so the model
// learns what a kind of name does rather than memorising particular places.
import type { TaggerLexicon } from './lexicon.ts';

/** The parts of the gazetteer (src/core/gazetteer) the tagger reads. */
export interface GazetteerView {
  lookup(normalized: string): readonly { id: number; kind: string }[];
  record(id: number): { cls: string; featureCode: string; population: number };
  /** See Gazetteer.longestNameFrom; without it every span is looked up. */
  longestNameFrom?(word: string): number;
}

// Many hits are all the same kind; looking at the first few is enough and bounds the cost.
const MAX_HITS = 24;

function popBucket(population: number): string {
  if (population <= 0) return 'pop0';
  return 'pop' + Math.min(7, Math.floor(Math.log10(population)));
}

/** Remembered for names the gazetteer does not know, so that one Map look-up answers. */
const UNKNOWN: readonly string[] = [];

export function gazetteerLexicon(gaz: GazetteerView, normalize: (s: string) => string): TaggerLexicon {
  const cache = new Map<string, readonly string[]>();
  return {
    classes(name: string) {
      // Keyed by the text as written: normalising is the costly part of a look-up.
      const known = cache.get(name);
      if (known !== undefined) return known === UNKNOWN ? undefined : known;
      const key = normalize(name);
      const hits = key ? gaz.lookup(key) : [];
      let out: string[] | undefined;
      if (hits.length) {
        const set = new Set<string>();
        let maxPop = 0;
        for (let k = 0; k < hits.length && k < MAX_HITS; k++) {
          const hit = hits[k];
          const r = gaz.record(hit.id);
          set.add(hit.kind + ':' + r.cls);
          if (r.featureCode === 'PPLC') set.add('capital');
          else if (r.featureCode.startsWith('PPLA')) set.add('seat');
          if (hit.kind === 'name' || hit.kind === 'abbr') maxPop = Math.max(maxPop, r.population);
        }
        set.add(popBucket(maxPop));
        set.add(hits.length === 1 ? 'unique' : hits.length < 5 ? 'few' : 'many');
        out = [...set].sort();
      }
      // A worker lives long: keep the memo bounded.
      if (cache.size > 200_000) cache.clear();
      cache.set(name, out ?? UNKNOWN);
      return out;
    },
    beginsLongerName(word: string) {
      if (!gaz.longestNameFrom) return true;
      // A span "word rest" normalises to normalize(word) + " " + normalize(rest): white space
      // between them is a starter (no combining marks reorder across it), does not change how
      // a final sigma lower-cases, and becomes the space; so normalize(word) is the first word
      // of the key, unless it is empty or is several words itself.
      const first = normalize(word);
      return first === '' || first.includes(' ') || gaz.longestNameFrom(first) > 0;
    },
  };
}
