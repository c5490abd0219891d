// Splits a stretch of text at the edges of highlighted spans, so highlights render as plain
// React text nodes (never HTML) and overlapping spans simply stack their classes.

export type MarkKind = 'trigger' | 'literal' | 'dateline' | 'metonymy' | 'demonym' | 'date' | 'focus';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What a click on it selects: an event key, a mention index... */
  ref?: string;
}

export interface Piece {
  /** Offset of the piece in the original text. */
  start: number;
  text: string;
  /** The marks covering this piece, highest priority first. */
  marks: Mark[];
}

const PRIORITY: Record<MarkKind, number> = { trigger: 0, literal: 1, dateline: 1, metonymy: 1, demonym: 1, date: 2, focus: 3 };

/**
 * Pieces of text[from, to) cut at every mark boundary. Offsets are into `text`; marks outside the
 * range are ignored and marks crossing its edges are clipped.
 */
export function splitSpans(text: string, marks: readonly Mark[], from = 0, to = text.length): Piece[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep with marks sorted by start, keeping the ones still open.
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  let next = 0;
  let open: Mark[] = [];
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) open.push(byStart[next++]!);
    open = open.filter((m) => m.end > a);
    const covering = open.filter((m) => m.start <= a && m.end >= b).sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind]);
    pieces.push({ start: a, text: text.slice(a, b), marks: covering });
  }
  return pieces;
}
