// How the tagger's spans and the geoparser's mentions combine best (measured by
// scripts/train-tagger.ts, see MODEL.md): the tagger decides which names are places, the
// geoparser's resolver decides where they are. Rule mentions the tagger does not back are
// dropped, except country names, airports and air bases matched by their whole name, and named regions (Gaza Strip, Golan Heights: the corpora
// have few, conflict reporting many), which the rules get right, and demonyms, which the
// tagger's training corpora disagree on.

export interface CombinableMention {
  start: number;
  end: number;
  role: string;
  place: { precision: string; featureCode?: string } | null;
}

// Region-precision places other than first-level divisions: "Georgia" or "Victoria" as an
// admin-1 name is as ambiguous as any town, "West Bank" is not.
function isNamedRegion(m: CombinableMention): boolean {
  return m.place?.precision === 'region' && m.place.featureCode !== 'ADM1';
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
  // an airport or air base matched by its whole name ("Bagram air base") is not the tagger's to doubt
  return mentions.filter((m) => m.role === 'demonym' || m.place?.precision === 'country' || m.place?.precision === 'point' || isNamedRegion(m) || backed(m));
}
