// Lays out the timeline's spans row: each event dated to a range gets a bar across that range,
// stacked into a few lanes so that bars side by side do not hide one another.
export interface DaySpan {
  /** First and last day, inclusive (days since epoch). */
  start: number;
  end: number;
}

export interface PlacedSpan extends DaySpan {
  /** 0 is the top lane. */
  lane: number;
}

/** Pixels kept free between two bars in one lane. */
const GAP_PX = 2;

/**
 * Greedy interval packing in pixel space, longest-first within a start so short spans fill the
 * gaps: a bar goes in the first lane where it clears the last bar by GAP_PX; when every lane is
 * taken it joins the lane that frees first (bars then overlap, as they must with so many).
 */
export function packSpans(spans: readonly DaySpan[], px: (day: number) => number, lanes: number): PlacedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const laneEnd: number[] = Array.from({ length: Math.max(1, lanes) }, () => -Infinity);
  return sorted.map((s) => {
    const a = px(s.start);
    const b = Math.max(a + 2, px(s.end + 1));
    let lane = laneEnd.findIndex((end) => end + GAP_PX <= a);
    if (lane < 0) lane = laneEnd.reduce((lo, end, i) => (end < laneEnd[lo]! ? i : lo), 0);
    laneEnd[lane] = Math.max(laneEnd[lane]!, b);
    return { ...s, lane };
  });
}
