// Pure helpers the correction UI needs: the ranked places an event could be instead, and a
// user-added event built from a sentence of the article.
import type { Analysis, Candidate, DatelineEvent, EventType, Mention, Place, Span } from '../../core/index.ts';

const samePlace = (a: Place, b: Place) =>
  a.geonameId !== undefined && b.geonameId !== undefined ? a.geonameId === b.geonameId : a.name === b.name && a.lat === b.lat && a.lon === b.lon;

/** The mention that names the event's place: the one at its place span, else one inside its excerpt resolving to its place. */
export function placeMention(event: Pick<DatelineEvent, 'place' | 'placeSpan' | 'excerpt'>, analysis: Analysis | null): Mention | undefined {
  const mentions = analysis?.mentions ?? [];
  const ps = event.placeSpan;
  if (ps) {
    const at = mentions.find((m) => m.start === ps.start && m.end === ps.end);
    if (at) return at;
  }
  const place = event.place;
  if (!place) return undefined;
  return mentions.find((m) => m.place && samePlace(m.place, place) && m.start >= event.excerpt.start && m.end <= event.excerpt.end);
}

/** The machine's choice first, then its ranked alternatives, without repeats. */
export function placeChoices(event: Pick<DatelineEvent, 'place' | 'placeSpan' | 'excerpt'>, analysis: Analysis | null): Candidate[] {
  const m = placeMention(event, analysis);
  const out: Candidate[] = [];
  const push = (c: Candidate) => {
    if (!out.some((x) => samePlace(x.place, c.place))) out.push(c);
  };
  if (event.place) push({ place: event.place, score: m?.score ?? 1 });
  if (m?.place) push({ place: m.place, score: m.score });
  for (const c of m?.alternatives ?? []) push(c);
  return out;
}

/** A one-line label for a place a person can tell apart from its namesakes. */
export function placeLabel(p: Place): string {
  const where = [p.admin1, p.country].filter(Boolean).join(', ');
  return `${p.name}${where ? ` (${where})` : ''}, ${p.precision}`;
}

/** The sentence around a selection: from the previous sentence end to the next, within the text. */
export function sentenceAround(text: string, sel: Span): Span {
  const start = Math.max(0, Math.min(sel.start, text.length));
  const end = Math.max(start, Math.min(sel.end, text.length));
  if (end > start && /[.!?]["”’)]?\s*$/.test(text.slice(start, end))) return trim(text, { start, end });
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return trim(text, { start: s, end: e });
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export interface AddedEventInput {
  text: string;
  sentence: Span;
  type: EventType;
  /** YYYY-MM-DD */
  date: string;
  place: Place | null;
  placeSpan?: Span;
}

/** An event a person added: its sentence is its trigger and excerpt, so it points back to exact words. */
export function buildAddedEvent(input: AddedEventInput): DatelineEvent {
  const span = { start: input.sentence.start, end: input.sentence.end, text: input.text.slice(input.sentence.start, input.sentence.end) };
  return {
    id: '',
    type: input.type,
    trigger: span,
    date: { start: input.date, end: input.date, precision: 'day', text: '', basis: 'set by hand', span: { start: span.start, end: span.end } },
    place: input.place,
    ...(input.placeSpan
      ? { placeSpan: { start: input.placeSpan.start, end: input.placeSpan.end, text: input.text.slice(input.placeSpan.start, input.placeSpan.end) } }
      : {}),
    actors: {},
    fatalities: null,
    excerpt: span,
    excerpts: [span],
    confidence: 1,
  };
}
