// Scores event placement on single sentences annotated with an event verb and the place(s) where that
// event happened (Halterman 2019's event-location format): (a) in how many sentences some event sits
// at the gold place, and (b) where an event's trigger is the gold verb, whether it sits there.
import type { DatelineEvent, Mention, Span } from '../types.ts';
import { haversineKm } from './haversine.ts';

export interface LocationSentence {
  id: string;
  source?: string;
  text: string;
  verb: Span & { text?: string };
  locations: Array<Span & { text?: string }>;
}

export interface SentencePrediction {
  events: readonly DatelineEvent[];
  mentions: readonly Mention[];
}

/** An event whose place lies this close to the place the engine gave a gold span is at the gold place. */
export const SAME_PLACE_KM = 25;

export interface SentenceOutcome {
  id: string;
  /** Some event sits at the gold place. */
  some: boolean;
  /** Some event's trigger overlaps the gold verb. */
  atVerb: boolean;
  /** ... and one such event sits at the gold place. */
  verbRight: boolean;
  /** The engine resolved no mention overlapping any gold location span. */
  goldUnrecognised: boolean;
  events: number;
}

export interface LocationScore {
  sentences: number;
  /** Sentences where some event sits at the gold place. */
  some: number;
  someShare: number;
  /** Sentences with an event at the gold verb. */
  atVerb: number;
  verbRight: number;
  verbShare: number;
  /** Sentences with any event at all. */
  withEvents: number;
  /** Sentences missed on (a) whose gold place the engine did not resolve at all. */
  missesUnrecognised: number;
  misses: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scoreSentence(s: LocationSentence, p: SentencePrediction): SentenceOutcome {
  const goldPlaces = p.mentions.filter((m) => m.place !== null && s.locations.some((l) => overlaps(m, l))).map((m) => m.place!);
  const atGold = (e: DatelineEvent) => e.place !== null
    && ((e.placeSpan !== undefined && s.locations.some((l) => overlaps(e.placeSpan!, l)))
      || goldPlaces.some((g) => haversineKm(g.lat, g.lon, e.place!.lat, e.place!.lon) <= SAME_PLACE_KM));
  const some = p.events.some(atGold);
  const verbEvents = p.events.filter((e) => overlaps(e.trigger, s.verb));
  return {
    id: s.id,
    some,
    atVerb: verbEvents.length > 0,
    verbRight: verbEvents.some(atGold),
    goldUnrecognised: goldPlaces.length === 0,
    events: p.events.length,
  };
}

export function scoreEventLocations(sentences: readonly LocationSentence[], predictions: readonly SentencePrediction[]): { score: LocationScore; sentences: SentenceOutcome[] } {
  if (sentences.length !== predictions.length) throw new Error(`scoreEventLocations: ${sentences.length} sentences but ${predictions.length} predictions`);
  const outcomes = sentences.map((s, i) => scoreSentence(s, predictions[i]!));
  const some = outcomes.filter((o) => o.some).length;
  const atVerb = outcomes.filter((o) => o.atVerb).length;
  const verbRight = outcomes.filter((o) => o.verbRight).length;
  const misses = outcomes.filter((o) => !o.some);
  return {
    score: {
      sentences: outcomes.length,
      some,
      someShare: outcomes.length ? some / outcomes.length : 0,
      atVerb,
      verbRight,
      verbShare: atVerb ? verbRight / atVerb : 0,
      withEvents: outcomes.filter((o) => o.events > 0).length,
      misses: misses.length,
      missesUnrecognised: misses.filter((o) => o.goldUnrecognised).length,
    },
    sentences: outcomes,
  };
}
