// Dateline's event types and precisions in ACLED's vocabulary (ACLED Codebook 2023): event_type /
// sub_event_type, time_precision 1-3 and geo_precision 1-3, where the two map.
import type { DatePrecision, DatelineEvent, EventType, PlacePrecision } from '../types.ts';

export interface AcledType {
  eventType: string;
  subEventType: string;
}

const EXPLOSIONS = 'Explosions/Remote violence';

export const ACLED_TYPES: Record<EventType, AcledType> = {
  air_strike: { eventType: EXPLOSIONS, subEventType: 'Air/drone strike' },
  drone_strike: { eventType: EXPLOSIONS, subEventType: 'Air/drone strike' },
  missile_attack: { eventType: EXPLOSIONS, subEventType: 'Shelling/artillery/missile attack' },
  shelling: { eventType: EXPLOSIONS, subEventType: 'Shelling/artillery/missile attack' },
  bombing: { eventType: EXPLOSIONS, subEventType: 'Remote explosive/landmine/IED' },
  armed_clash: { eventType: 'Battles', subEventType: 'Armed clash' },
  // ACLED has no "raid"; a ground raid by an armed force is closest to an armed clash. The
  // dateline_type column keeps the original type so nothing is lost.
  raid: { eventType: 'Battles', subEventType: 'Armed clash' },
  killing: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  withdrawal: { eventType: 'Strategic developments', subEventType: 'Other' },
  other: { eventType: 'Strategic developments', subEventType: 'Other' },
};

/**
 * The ACLED type of one event: by its Dateline type, refined by its trigger words where ACLED draws
 * a finer line than Dateline's types do (abductions, property destruction, suicide bombings).
 */
export function acledType(event: Pick<DatelineEvent, 'type' | 'trigger' | 'excerpt'>): AcledType {
  const trigger = event.trigger.text;
  if (event.type === 'other' && /\b(?:abduct|kidnap)/i.test(trigger)) return { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' };
  if (event.type === 'other' && /\b(?:torch|set fire|burn|loot|raz|destroy|demolish)/i.test(trigger)) return { eventType: 'Strategic developments', subEventType: 'Looting/property destruction' };
  if (event.type === 'bombing' && /\bsuicide[- ](?:bomb|attack|blast|vest|car)/i.test(event.excerpt.text)) return { eventType: EXPLOSIONS, subEventType: 'Suicide bomb' };
  return ACLED_TYPES[event.type];
}

/** 1: the day is known; 2: within a week; 3: within a month (ACLED's coarsest; years map here too). */
export function acledTimePrecision(precision: DatePrecision): 1 | 2 | 3 {
  if (precision === 'day' || precision === 'part-of-day') return 1;
  if (precision === 'week') return 2;
  return 3;
}

/** 1: the town or point itself; 3: only a larger region or the country is known. */
export function acledGeoPrecision(precision: PlacePrecision): 1 | 2 | 3 {
  return precision === 'point' || precision === 'city' ? 1 : 3;
}
