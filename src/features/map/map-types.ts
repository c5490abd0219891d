// What the map draws besides events: places the article mentions and where it was filed from.
import type { Place } from '../../core/index.ts';

/** A distinct place mentioned in the visible articles, with how often it is named. */
export interface MapPlace {
  key: string;
  place: Place;
  count: number;
  /** The words used for it, e.g. ["Syria", "Syrian"]. */
  names: string[];
}

/** The dateline of an article: where the reporter sat, not where anything happened. */
export interface MapDateline {
  key: string;
  place: Place;
  words: string;
  articleTitle: string;
}

/** A request to look at a place (from the article panel), re-issued with a new nonce. */
export interface MapFocus {
  lat: number;
  lon: number;
  zoom: number;
  nonce: number;
}
