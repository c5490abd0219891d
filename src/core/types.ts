// The one output shape Dateline produces: plain, serialisable data that crosses the worker,
// is printed by the CLI and is the golden fixture. Every item points back into the ORIGINAL
// text with UTF-16 offsets (start inclusive, end exclusive).

export const SCHEMA_VERSION = 1;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** How exact a location is. A country-level place must never be drawn as a pin. */
export type PlacePrecision = 'country' | 'region' | 'city' | 'point';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  geonameId?: number;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  /** First-level region name, when known (helps tell Paris, TX from Paris, France). */
  admin1?: string;
  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI ...) or a Dateline code for supplements. */
  featureCode?: string;
  population?: number;
}

export interface Candidate {
  place: Place;
  score: number;
}

/**
 * literal: the place itself. dateline: where the reporter filed from ("TEL AVIV -").
 * metonymy: a place standing for its government or people ("Jerusalem said").
 * demonym: an adjective of nationality ("Iranian forces") resolved to its country.
 */
export type MentionRole = 'literal' | 'dateline' | 'metonymy' | 'demonym';

export interface Mention extends TextSpan {
  role: MentionRole;
  place: Place | null;
  /** 0..1 confidence in the resolved place. */
  score: number;
  /** One line a person can read: why this place and not another. */
  reason: string;
  /** Ranked other candidates (best first), at least 5 when the gazetteer has them. */
  alternatives: Candidate[];
  /** Which layer proposed the span. */
  source?: 'rules' | 'tagger';
}

export type DatePrecision = 'day' | 'part-of-day' | 'week' | 'month' | 'year' | 'unknown';

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** A temporal expression resolved to a date range. start/end are YYYY-MM-DD, inclusive. */
export interface DateValue {
  start: string;
  end: string;
  precision: DatePrecision;
  /** The words, e.g. "on Monday night". */
  text: string;
  /** Why this date: "explicit", "relative to published 2020-05-06", "caption date 2019-01-21" ... */
  basis: string;
  /** Where the words are in the original text. */
  span: Span;
  partOfDay?: PartOfDay;
}

export type EventType =
  | 'air_strike'
  | 'drone_strike'
  | 'missile_attack'
  | 'shelling'
  | 'raid'
  | 'bombing'
  | 'armed_clash'
  | 'killing'
  | 'withdrawal'
  | 'other';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  air_strike: 'Air strike',
  drone_strike: 'Drone strike',
  missile_attack: 'Missile attack',
  shelling: 'Shelling',
  raid: 'Raid',
  bombing: 'Bombing',
  armed_clash: 'Armed clash',
  killing: 'Killing',
  withdrawal: 'Withdrawal',
  other: 'Other',
};

export interface Range {
  min: number;
  max: number;
}

export interface Actors {
  attacker?: string;
  target?: string;
  /** Set when the text reports the attribution as a claim ("alleged", "attributed", "blamed"). */
  claim?: string;
}

export interface DatelineEvent {
  id: string;
  type: EventType;
  trigger: TextSpan;
  date: DateValue | null;
  place: Place | null;
  /** The words that name the event's place, when there are any. */
  placeSpan?: TextSpan;
  actors: Actors;
  fatalities: Range | null;
  injured?: Range | null;
  /** The sentence that first reported the event. */
  excerpt: TextSpan;
  /** Every excerpt merged into this event (the first is `excerpt`). */
  excerpts: TextSpan[];
  /** 0..1. */
  confidence: number;
}

/**
 * How a sentence tells of an event, after PLOVER's modes: asserted (it happened), historical (a
 * campaign, a habit or a tally: "hundreds of strikes since 2017"), future (planned, threatened),
 * hypothetical (possible, conditional) or negated. Only asserted incidents become events.
 */
export type EventMode = 'asserted' | 'historical' | 'future' | 'hypothetical' | 'negated';

/** Words the engine read as an event word but did not map, with the reason: a reader can see why. */
export interface EventStatement {
  trigger: TextSpan;
  /** The sentence. */
  excerpt: TextSpan;
  /** The type the words would have, when the engine could tell. */
  type?: EventType;
  mode: Exclude<EventMode, 'asserted'>;
  /** One line: why this is not an incident on the map. */
  reason: string;
}

export type SectionKind = 'headline' | 'caption' | 'dateline' | 'body';

export interface Section extends Span {
  kind: SectionKind;
}

export interface ArticleMeta {
  published: string;
  title?: string;
  sourceUrl?: string;
  /** Length of the analysed text in UTF-16 code units. */
  length: number;
}

export interface Analysis {
  schemaVersion: number;
  article: ArticleMeta;
  sections: Section[];
  mentions: Mention[];
  dates: DateValue[];
  events: DatelineEvent[];
  /** Event words that are not incidents (tallies, threats, plans, negations); absent in older analyses. */
  statements?: EventStatement[];
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Publication date, YYYY-MM-DD. */
  published: string;
  title?: string;
  sourceUrl?: string;
}
