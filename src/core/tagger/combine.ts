// How the tagger's spans and the geoparser's mentions combine best (measured by
// scripts/train-tagger.ts, see MODEL.md): the tagger decides which names are places, the
// geoparser's resolver decides where they are. Rule mentions the tagger does not back are
// dropped, except country names and demonyms, which the rules get right and the tagger's
// training corpora disagree on.

export interface CombinableMention {
  start: number;
  end: number;
  role: string;
  place: { precision: string } | null;
}

/** Mentions (in text order or not) that survive the tagger-led combination, in their order. */
export function taggerLed<M extends CombinableMention>(mentions: readonly M[], proposals: readonly { start: number; end: number }[]): M[] {
  const spans = [...proposals].sort((a, b) => a.start - b.start);
  // Spans from propose() are disjoint, so their ends rise with their starts: binary search.
  const backed = (m: CombinableMention): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo].start < m.end;
  };
  return mentions.filter((m) => m.role === 'demonym' || m.place?.precision === 'country' || backed(m));
}
