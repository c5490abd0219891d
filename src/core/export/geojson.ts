// RFC 7946 GeoJSON of an Analysis: one Feature per event and one per (place, role), coordinates in
// [lon, lat] order, with precision carried as a property so country- and region-level items can be
// told from pins. Pure; reusable for a multi-article workspace (analysisFeatures + featureCollection).
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Analysis, DatelineEvent, Mention, MentionRole, Place } from '../types.ts';
import { EVENT_TYPE_LABELS } from '../types.ts';
import { acledType } from './acled.ts';

export type Properties = Record<string, unknown>;

export interface GeoJSONOptions {
  /** Merged into every feature's properties, e.g. { article: id, source: url } for a workspace. */
  props?: Properties;
  /** Keep events without a place as features with a null geometry (RFC 7946 section 3.2). Default true. */
  unlocated?: boolean;
}

/** RFC 7946 advises at most 6 decimals (about 10 cm); more only suggests false accuracy. */
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function pointOf(place: Place | null | undefined): Point | null {
  if (!place || !Number.isFinite(place.lat) || !Number.isFinite(place.lon) || Math.abs(place.lat) > 90 || Math.abs(place.lon) > 180) return null;
  return { type: 'Point', coordinates: [round6(place.lon), round6(place.lat)] };
}

/** Country- and region-level places: a map must draw an area or a wide circle, never a pin. */
export function isApproximate(place: Place | null | undefined): boolean {
  return !!place && (place.precision === 'country' || place.precision === 'region');
}

function placeProps(place: Place | null): Properties {
  if (!place) return { place: null, precision: null, approximate: null };
  return {
    place: place.name,
    precision: place.precision,
    approximate: isApproximate(place),
    ...(place.country !== undefined ? { country: place.country } : {}),
    ...(place.admin1 !== undefined ? { admin1: place.admin1 } : {}),
    ...(place.geonameId !== undefined ? { geonameId: place.geonameId } : {}),
  };
}

export function eventFeature(event: DatelineEvent, props: Properties = {}): Feature<Point | null> {
  return {
    type: 'Feature',
    id: event.id,
    geometry: pointOf(event.place),
    properties: {
      kind: 'event',
      id: event.id,
      type: event.type,
      label: EVENT_TYPE_LABELS[event.type],
      acledEventType: acledType(event).eventType,
      acledSubEventType: acledType(event).subEventType,
      date: event.date?.start ?? null,
      dateEnd: event.date?.end ?? null,
      datePrecision: event.date?.precision ?? null,
      dateText: event.date?.text ?? null,
      dateBasis: event.date?.basis ?? null,
      ...placeProps(event.place),
      placeText: event.placeSpan?.text ?? null,
      trigger: event.trigger.text,
      attacker: event.actors.attacker ?? null,
      target: event.actors.target ?? null,
      claim: event.actors.claim ?? null,
      fatalitiesMin: event.fatalities?.min ?? null,
      fatalitiesMax: event.fatalities?.max ?? null,
      excerpt: event.excerpt.text,
      excerptStart: event.excerpt.start,
      excerptEnd: event.excerpt.end,
      confidence: event.confidence,
      ...props,
    },
  };
}

interface PlaceGroup {
  place: Place;
  role: MentionRole;
  mentions: Mention[];
}

/** One group per (place, role): a city that is both the dateline and a literal target stays two features. */
export function groupMentions(mentions: readonly Mention[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const m of mentions) {
    if (!m.place) continue;
    const p = m.place;
    const key = `${m.role}|${p.geonameId ?? ''}|${p.name}|${p.lat}|${p.lon}|${p.precision}`;
    const g = groups.get(key);
    if (g) g.mentions.push(m);
    else groups.set(key, { place: p, role: m.role, mentions: [m] });
  }
  return [...groups.values()];
}

export function placeFeature(group: PlaceGroup, props: Properties = {}): Feature<Point | null> {
  return {
    type: 'Feature',
    geometry: pointOf(group.place),
    properties: {
      kind: 'place',
      name: group.place.name,
      role: group.role,
      ...placeProps(group.place),
      score: group.mentions.reduce((best, m) => Math.max(best, m.score), -Infinity),
      reason: group.mentions[0].reason,
      mentions: group.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...props,
    },
  };
}

export function analysisFeatures(analysis: Analysis, options: GeoJSONOptions = {}): Feature<Point | null>[] {
  const { props = {}, unlocated = true } = options;
  const events = analysis.events.filter((e) => unlocated || pointOf(e.place) !== null).map((e) => eventFeature(e, props));
  const places = groupMentions(analysis.mentions).map((g) => placeFeature(g, props));
  return [...events, ...places];
}

export function featureCollection<G extends Geometry | null>(features: Feature<G>[]): FeatureCollection<G> {
  return { type: 'FeatureCollection', features };
}

export function toGeoJSON(analysis: Analysis, options: GeoJSONOptions = {}): FeatureCollection<Point | null> {
  return featureCollection(analysisFeatures(analysis, options));
}
