// The merge stage: one event per incident. Re-mentions ("the drone strike", "Monday's raid", the
// headline, the lead) fold into the incident they retell, keeping every excerpt, across type words of
// one family ("the strike", "the bombing", "killed" against "a drone hit"), across a coarser or finer
// place of the same incident, and across a date of the report. Two incidents on different days or in
// different towns never merge; "another", "a second", "separately" start a new one.
import type { EventType, Place } from '../types.ts';
import type { Draft } from './draft.ts';
import { isWave } from './draft.ts';
import { widen } from './casualties.ts';
import { haversineKm } from '../eval/haversine.ts';
import { FILE_PHOTO } from '../text/sections.ts';

export interface Merged {
  head: Draft;
  parts: Draft[];
  /** The story's first body incident, which a placeless headline sums up. */
  lead?: boolean;
}

const RANK = { country: 0, region: 1, city: 2, point: 3 } as const;

// Strikes from the air or from afar (what a bare "strike" can mean), and every kind of blast (what
// "the explosion", "the bombing" can mean).
const STRIKES: ReadonlySet<EventType> = new Set(['air_strike', 'drone_strike', 'missile_attack', 'shelling']);
const BLASTS: ReadonlySet<EventType> = new Set(['air_strike', 'drone_strike', 'missile_attack', 'shelling', 'bombing']);

/** Whether two type readings can be one incident: the same type, or one word generic for the other. */
type Typed = Pick<Draft, 'type' | 'specific'> & { excerpt?: { text: string }; trigger?: { text: string } };
export function typesAgree(a: Typed, b: Typed): boolean {
  if (a.type === b.type) return true;
  if (a.type === 'withdrawal' || b.type === 'withdrawal') return false;
  // A drone strike is a strike from the air.
  const air = (t: EventType) => t === 'air_strike' || t === 'drone_strike';
  // ... but not when the words tell the other weapon: "glide bombs hit the city" is no drone's strike.
  if (air(a.type) && air(b.type)) return !(a.specific && b.specific && PLANE_WEAPON.test(trig(a.type === 'air_strike' ? a : b)));
  // "a missile and drone attack on Kyiv", "pounded the city with missiles and drones": one attack told
  // with both weapons is either one's incident.
  const mixed = (x: { excerpt?: { text: string } }) => !!x.excerpt && MISSILES.test(x.excerpt.text) && DRONES.test(x.excerpt.text);
  const aerial = (t: EventType) => air(t) || t === 'missile_attack';
  if (aerial(a.type) && aerial(b.type) && (mixed(a) || mixed(b))) return true;
  if (a.specific && b.specific) return false;
  const [g, s] = a.specific ? [b, a] : [a, b];
  // "killed", "the attack": the outcome or the bare word fits any incident (either way round when
  // neither word names the kind: "The strikes hit ..." and "16 people were killed").
  if (g.type === 'killing' || g.type === 'other' || (!s.specific && (s.type === 'killing' || s.type === 'other'))) return true;
  if (g.type === 'air_strike') return STRIKES.has(s.type);
  if (g.type === 'bombing') return BLASTS.has(s.type);
  return !BLASTS.has(s.type) && !BLASTS.has(g.type);
}

const MISSILES = /\bmissiles?\b/i;
// Weapons of aircraft, not drones: "glide bombs hit", "warplanes struck", "helicopter gunships fired on".
// (Not "aircraft", which armies use for their drones too: "its aircraft struck" may retell the drone strike.)
const PLANE_WEAPON = /\b(?:bombs?|jets?|warplanes?|planes?|helicopters?|gunships?|bombers?)\b/i;
const trig = (x: { trigger?: { text: string } }) => x.trigger?.text ?? '';
const DRONES = /\bdrones?\b/i;

/** The same place, or one inside the other ("strikes in Syria" and "the strike on Damascus"). */
export function placesAgree(a: Place | null, b: Place | null, towns = true): boolean {
  if (!a || !b) return true;
  if (a.geonameId !== undefined && a.geonameId === b.geonameId) return true;
  if (a.name === b.name && a.country === b.country) return true;
  const [wide, narrow] = RANK[a.precision] <= RANK[b.precision] ? [a, b] : [b, a];
  // "a ship was hit in the Gulf of Aden" ... "struck 35 nautical miles south of Mokha": a sea holds
  // the waters a distance off its coasts (a place the words give by distance has no record of its
  // own, so no feature code; a water body's record is one point and no country). Not the coast's
  // towns themselves: "strikes near Hodeidah" are on land.
  const water = atSea(a) ? a : atSea(b) ? b : null;
  if (water) {
    const other = water === a ? b : a;
    return other.featureCode === undefined && other.geonameId === undefined && haversineKm(water.lat, water.lon, other.lat, other.lon) < (water.featureCode === 'SEA' || water.featureCode === 'OCN' ? 1500 : 800);
  }
  if (!wide.country || wide.country !== narrow.country) return false;
  if (wide.precision === 'country') return narrow.precision !== 'country';
  const km = haversineKm(wide.lat, wide.lon, narrow.lat, narrow.lon);
  if (towns && twoTowns(wide, narrow, km)) return false;
  // A region holds its towns; a town its districts and camps (gazetteer records of one city lie close).
  // (A first-level division's record may carry no admin1 of its own; its towns carry its name as theirs.)
  if (wide.precision === 'region') return narrow.precision !== 'region' ? (!!wide.admin1 && wide.admin1 === narrow.admin1) || (wide.featureCode === 'ADM1' && narrow.admin1 === wide.name) || km < 60 : km < 30;
  return km < 12;
}

const air = (t: EventType) => t === 'air_strike' || t === 'drone_strike';
/** GeoNames feature codes of seas, gulfs, bays, straits, channels, sounds and oceans. */
const WATER: ReadonlySet<string> = new Set(['SEA', 'GULF', 'BAY', 'BAYS', 'STRT', 'CHN', 'CHNM', 'SD', 'OCN', 'LGN']);

/** A sea, gulf or strait's own record (one point, no country). */
const atSea = (p: Place | null): boolean => !!p && !p.country && WATER.has(p.featureCode ?? '');

/** The very same place (or a district of the same town), or none said. */
function samePlace(a: Place | null, b: Place | null, towns = true): boolean {
  if (!a || !b) return true;
  if (a.geonameId !== undefined && a.geonameId === b.geonameId) return true;
  if (a.name === b.name && a.country === b.country) return true;
  if (a.precision === 'country' || b.precision === 'country' || a.precision === 'region' || b.precision === 'region' || a.country !== b.country) return false;
  const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
  return km < 12 && !(towns && twoTowns(a, b, km));
}

/**
 * Two towns the story names apart ("in Deir al-Balah" ... "near the Nuseirat camp", 5 km away): not one
 * place, though close. (A district record, a name inside the other's, or records a few km apart are one.)
 */
function twoTowns(a: Place, b: Place, km: number): boolean {
  if (a.precision !== 'city' || b.precision !== 'city' || km < 3) return false;
  if (a.featureCode === 'PPLX' || b.featureCode === 'PPLX') return false;
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  return !an.includes(bn) && !bn.includes(an);
}

/** The same day, or a range that holds it; a date of the report, or none, fits any day. */
export function datesAgree(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date || a.reportDate || b.reportDate) return true;
  if (!(a.date.start <= b.date.end && b.date.start <= a.date.end)) return false;
  // A week or a month does not swallow a day-dated incident: "strikes this week" and "a strike on Monday".
  const wide = (d: Draft) => d.date!.precision === 'week' || d.date!.precision === 'month' || d.date!.precision === 'year';
  // ... but "an attack on a village last week" told again as "on Thursday evening" is that one attack:
  // one incident dated only to its week holds the day inside it.
  if (wide(a) !== wide(b)) return singleInWeek(wide(a) ? a : b, wide(a) ? b : a);
  return true;
}

/** One incident (a singular word, not a tally) dated to a week, and a day inside that week. */
function singleInWeek(w: Draft, d: Draft): boolean {
  // (Or to a part of its month: "in late January" ... "on Jan. 27".)
  const span = w.date!.precision === 'week' || (w.date!.precision === 'month' && /\b(?:late|early|mid|end of|beginning of|start of)\b/i.test(w.date!.text ?? ''));
  return span && !w.generic && !w.summary && !/s$/i.test(w.trigger.text) && dayPrecise(d)
    && w.date!.start <= d.date!.start && d.date!.end <= w.date!.end;
}

function compatible(e: Merged, d: Draft): boolean {
  const h = e.head;
  // A file photo's caption shows some earlier incident (dated by its own words, if at all): it is no
  // re-mention of the story's, nor the story's of it; the same caption repeated is one.
  if (fileCaption(d) !== e.parts.every(fileCaption)) return false;
  // "militants attacked a military base" (a clash read from a bare "attacked") and "detonated a car bomb
  // at the gate of the base": the same target told again is the same attack, whatever weapon opened it.
  // "Troops killed nine militants in a raid ... / Two soldiers were wounded in the exchange of fire": the
  // fighting a raid set off, told again with "the", is the raid.
  const raidFight = h.type === 'raid' && d.type === 'armed_clash' && d.anaphoric;
  if (!typesAgree(h, d) && !raidFight && !(e.lead === true && raidHarm(h, d)) && !(h.inferredType && /^attack/i.test(h.trigger.text) && retellsTarget(h, d))) return false;
  // A headline sums up the body: type and country agreeing is enough, but never a (possibly stale) caption.
  // A headline over a campaign story ("US strikes in Somalia on pace for a record year") sums up the
  // campaign: it may fold into a tally too, and then it is no incident either.
  if (d.section === 'headline') {
    // (The event's first words may be a caption above the lead: what counts is that the body tells it.)
    if (!(h.section === 'body' || e.parts.some((p) => p.section === 'body')) || !(h.generic || !d.generic) || !datesAgree(h, d)) return false;
    // A placeless headline sums up the lead; one with a place, the incident there, or in that country
    // (headlines name the town nearby that readers know) when it tells the same kind of incident or
    // the lead: a line "X was shelled" over "explosions in Y" is another town's incident.
    if (!d.place || !h.place) return e.lead === true;
    const sameKind = h.type === d.type || h.type === 'other' || d.type === 'other';
    return placesAgree(h.place, d.place) || (!!h.place.country && h.place.country === d.place.country && (sameKind || e.lead === true));
  }
  if (h.generic !== d.generic || h.summary !== d.summary || d.distinct) return false;
  // "It did not comment on the specific strikes": a plural re-mention with no place of its own is not one
  // strike told in the singular ("Another strike on a tent in Khan Younis").
  if (d.anaphoric && d.placeHow === 'carried' && PLURAL.test(d.trigger.text)
    && e.parts.every((p) => !PLURAL.test(p.trigger.text)) && e.parts.some((p) => SINGULAR.test(p.trigger.text))) return false;
  // A scene named but unknown to the gazetteer is somewhere: not at any place another sentence names.
  // ... unless the later mention is definite ("The attack on the village of X on Wednesday") and the
  // earlier one gave only a country or a region, which may hold the village.
  // ... or the incident was told at that very scene, placed at the known place around it: "struck a
  // building in Haret Hreik, in Beirut's southern suburbs" ... "killed in the strike on Haret Hreik".
  // ... or the same target told again ("attacked a military base" ... "a car bomb at the gate of the base in Bulo Marer").
  // ... or the lead told at a region or country, and the next paragraph names its unknown village with the
  // same kind of strike on the same day ("A junta air strike on a village in Sagaing region killed 30" /
  // "Two fighter jets bombed Let Yet Kone village").
  // ... and so with a lead dated only by its report ("police said on Monday") or not at all, and a raid's
  // own harm told in the lead ("killed 25 and kidnapped dozens more in an attack on a village in Zamfara
  // state" / "The gunmen stormed Kadawa village ... late on Saturday").
  const leadDay = (dayPrecise(h) && !h.reportDate) || (!!h.date && !!d.date && singleInWeek(h, d)) || (h.reportDate && !!d.date && dayPrecise(d) && d.date.start <= h.date!.start);
  const elaborates = e.lead === true && (h.type === d.type || raidHarm(h, d)) && d.paragraph - e.parts[e.parts.length - 1]!.paragraph <= 1 && leadDay;
  // ... or a district the gazetteer lacks, told in the next paragraph of the same strike in a city: "Russian
  // glide bombs struck Kharkiv on Saturday ... / Two bombs hit a building in the Kholodnohirskyi district".
  // (Or its toll told there: "A 58-year-old man was killed when debris fell on a house in the Kyivskyi district".)
  const partOfCity = !!d.sceneName && !!h.place && h.place.precision === 'city' && (h.type === d.type || (!d.specific && typesAgree(h, d))) && d.paragraph - e.parts[e.parts.length - 1]!.paragraph <= 1
    && (!d.date || d.dateCarried || sameDay(h, d)) && new RegExp(String.raw`\b${escapeRe(d.sceneName)}\s+(?:district|neighbou?rhood|quarter|suburb)\b`).test(d.excerpt.text);
  // ... or "The strike hit a building near the Bahman hospital" right after a strike on a city: the strike
  // told again, at a spot in that city the gazetteer lacks.
  const spotInCity = d.anaphoric && !!h.place && h.place.precision === 'city' && h.type === d.type && d.paragraph - e.parts[e.parts.length - 1]!.paragraph <= 1
    && (!d.date || !!d.dateCarried || d.reportDate || sameDay(h, d))
    // (A landmark, not a district: "the strike on Mezzeh" may be another strike than the one on Damascus.)
    && !!d.sceneName && new RegExp(String.raw`\b${escapeRe(d.sceneName)}\s+(?:hospital|mosque|school|square|market|roundabout|bridge|mall|church|stadium|university|hotel|building|tower|station|clinic)\b`, 'i').test(d.excerpt.text);
  const unknownInside = d.sceneUnknown && (((d.anaphoric || retellsTarget(h, d) || elaborates) && !!h.place
    && (h.place.precision === 'country' || h.place.precision === 'region' || toldAt(e, d.sceneName))) || partOfCity || spotInCity);
  // (A place carried from the story to a bare re-mention is a guess: "The military said soldiers fired
  // at suspects" may retell the shooting near the corridor the gazetteer lacks, told just before.)
  if ((h.sceneUnknown && d.place && !h.place && d.placeHow !== 'carried') || (d.sceneUnknown && h.place && !d.place && !unknownInside)) return false;
  // Two scenes the gazetteer lacks, named differently ("near Minova", "near the border town of Rubavu"), are two places.
  // (Unless the later one retells the first one's target or points back: "attacked an army base in the Lower
  // Shabelle region" ... "a car bomb at the gate of the base in the town of Awdheegle" is the town in that region.)
  if (h.sceneUnknown && d.sceneUnknown && h.sceneName && d.sceneName && !h.place && !d.place && !sameName(h.sceneName, d.sceneName)
    && !d.anaphoric && !retellsTarget(h, d)) return false;
  if (!datesAgree(h, d)) return false;
  // A coarser or finer place of one incident, or a generic word for it, but not both at once: "killed"
  // in the region is not the shelling of one of its towns told in the next sentence.
  // (Two towns close together are two places, unless "the strike" retells the incident at a nearby one.)
  const towns = !d.anaphoric && d.placeHow !== 'carried' && h.placeHow !== 'carried';
  // (At sea the rule is looser: a ship hit "in the Gulf of Aden" and "struck 35 nautical miles south of
  // Mokha" the same day is one ship's incident; open water holds no towns to confuse it with.)
  if ((h.type === d.type || (air(h.type) && air(d.type)) || atSea(h.place) || atSea(d.place)) ? !placesAgree(h.place, d.place, towns) : !samePlace(h.place, d.place, towns)) return false;
  // A new report that names the weapon needs something more to be the incident a vaguer word told just
  // before: "the shelling", the same place said, or the same day. "Three were killed when shells hit
  // Kupiansk" is not the placeless "killing" told just before; "Two people were killed" is that shelling's toll.
  // ... or "would respond to the Iranian attack" told before the attack itself, by the same attacker.
  const evidence = d.anaphoric || d.reference || (!!h.place && !!d.place && d.placeHow !== 'carried') || (dayPrecise(h) && dayPrecise(d) && !h.reportDate && !d.reportDate) || retellsTarget(h, d)
    || (h.anaphoric && e.parts.length === 1 && !h.place && !h.date && !!h.actors.attacker && h.actors.attacker === d.actors.attacker);
  if (h.type !== d.type && d.specific && !h.specific && !evidence) return false;

  // Shooting drones down is not a drone hitting a car, though the same night over the same region.
  if (h.intercepted !== d.intercepted) return false;
  // "Russia launched 96 drones and two missiles overnight", with no place: the night's wave across the
  // country, not the one drone that hit a village told before.
  if (!d.anaphoric && !d.place && h.place && h.place.precision !== 'country' && isWave(d)) return false;
  // Two attackers named differently are two incidents.
  // ("the attack", "claimed the bombing": the same incident, with its claimant named.)
  // ... but a force named only by its common noun ("The military said it targeted a commander") is no
  // other attacker than the one named before, when the re-mention names no place of its own.
  // ("Hezbollah said its attack was its response ...": a re-mention whose own words say whose it is, by
  // name, is not the other side's incident told just before.)
  const named = (a: string) => !COMMON_FORCE.test(a);
  if (h.actors.attacker && d.actors.attacker && h.actors.attacker !== d.actors.attacker
    && ((!d.anaphoric && !h.anaphoric) || (possessive(d) && named(h.actors.attacker) && named(d.actors.attacker)))
    && !((COMMON_FORCE.test(h.actors.attacker) || COMMON_FORCE.test(d.actors.attacker)) && !ownPlace(d))) return false;
  return true;
}

// A target that is a place or a thing at one (not people: "the soldiers" may be any soldiers).
const SITE_NOUN = /^(?:base|camp|checkpoint|post|outpost|barracks|convoy|market|hospital|school|mosque|church|hotel|compound|building|station|airport|airfield|port|prison|bridge|bus|ship|tanker|vessel|depot|plant|headquarters|office|restaurant|mall|village|town)$/i;

// "in an attack on a village": the site an incident's own words give after its trigger.
// ("in a two-day assault on the Zamzam displacement camp": a named site, with "the".)
const A_SITE = new RegExp(String.raw`^[^.;]{0,60}?\b(?:(?:an?|one)\s+(?:[\w-]+\s+)?|the\s+(?:[\w-]+\s+){1,2}?)(${SITE_NOUN.source.slice(4, -2)})\b`, 'i');

/** The draft names the incident's target again with "the": "a military base" ... "the gate of the base". */
function retellsTarget(h: Draft, d: Draft): boolean {
  const target = h.actors.target?.split(/\s+/).pop() ?? '';
  const head = SITE_NOUN.test(target) ? target : A_SITE.exec(h.excerpt.text.slice(h.trigger.end - h.excerpt.start))?.[1] ?? '';
  if (!head) return false;
  return new RegExp(String.raw`\b(?:the|that|this)\s+(?:[\w-]+\s+)?${head}\b`, 'i').test(d.excerpt.text);
}

const POSSESSED_TRIGGER = /\b(?:its|their)\s+$/i;
/** "its attack", "their raid": the re-mention's own words say whose incident it is. */
const possessive = (d: Draft) => POSSESSED_TRIGGER.test(d.excerpt.text.slice(Math.max(0, d.trigger.start - d.excerpt.start - 8), d.trigger.start - d.excerpt.start));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Kidnapping, burning, looting: what raiders do; told in a lead, the raid told after it is the same attack.
const HARM = /^(?:abduct|kidnap|torch|set fire|burn|loot|raz)/i;
const raidHarm = (h: Draft, d: Draft) => h.type === 'other' && HARM.test(h.trigger.text) && d.type === 'raid';
const PLURAL = /(?:strikes|attacks|raids|bombings|explosions|blasts|assaults)$/i;
const SINGULAR = /(?:strike|attack|raid|bombing|explosion|blast|assault)$/i;
const sameName = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/** Whether one of the event's own sentences names the scene, as a whole word. */
function toldAt(e: Merged, scene: string | undefined): boolean {
  if (!scene) return false;
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRe(scene)}(?![\p{L}\p{N}])`, 'u');
  return e.parts.some((p) => p.section !== 'headline' && re.test(p.excerpt.text));
}

// A force named by a common noun, not by a name: "military", "the army", "its jets", "security forces".
// ... and so is an unnamed group told by what it did ("the assailants", "suspected jihadists", "gunmen").
const COMMON_FORCE = /^(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+)?(?:military|army|forces|troops|soldiers|jets|warplanes|aircraft|planes|drones|navy|air force|artillery|police|attackers|assailants|gunmen|militants|insurgents|jihadists|rebels|fighters|extremists|terrorists|bandits|raiders|militiamen)$/;
/** The draft's place comes from its own words, not from the story or a nationality. */
const ownPlace = (d: Draft) => !!d.place && d.placeHow !== 'carried' && d.placeHow !== 'demonym' && d.placeHow !== 'none';

const sameDay = (a: Draft, b: Draft) => dayPrecise(a) && dayPrecise(b) && !a.reportDate && a.date!.start === b.date!.start && a.date!.end === b.date!.end;
const weak = (x: Draft) => x.placeHow === 'carried' || x.placeHow === 'demonym' || x.placeHow === 'none';
export const dayPrecise = (x: Draft) => !!x.date && (x.date.precision === 'day' || x.date.precision === 'part-of-day');

function absorb(e: Merged, d: Draft) {
  const h = e.head;
  e.parts.push(d);
  if (d.section !== 'headline' && d.date && (!h.date || (h.reportDate && !d.reportDate) || (!d.reportDate && dayPrecise(d) && !dayPrecise(h)))) {
    h.date = d.date;
    h.reportDate = d.reportDate;
  }
  const better = d.place && (!h.place || (weak(h) && !weak(d)) || (!weak(d) && RANK[d.place.precision] > RANK[h.place.precision]));
  // A headline's place is a summary; it never overrides the body's.
  // (A place carried to a re-mention says nothing of a scene the gazetteer lacks.)
  if (d.place && better && (d.section !== 'headline' || !h.place) && !(h.sceneUnknown && !h.place && d.placeHow === 'carried')) {
    h.place = d.place;
    h.placeHow = d.placeHow;
    if (d.placeSpan) h.placeSpan = d.placeSpan;
    else delete h.placeSpan;
  }
  // The word that names the weapon names the incident: "the attack" retold as "a drone strike".
  // (Not an argued blame named in passing: "accused the army of shelling the camp" says who, not how.)
  if (d.type !== h.type && d.specific && !h.specific && !d.reference) {
    h.type = d.type;
    h.specific = true;
    h.trigger = d.trigger;
  } else if (d.type !== h.type && h.type === 'air_strike' && d.type === 'drone_strike' && !d.reference) h.type = 'drone_strike';
  // (The kidnapping told in the lead was done in the raid told after it: the incident is the raid.)
  else if (raidHarm(h, d) && !d.reference) {
    h.type = 'raid';
    h.trigger = d.trigger;
  }
  h.actors = { ...d.actors, ...h.actors };
  // A headline's numbers sum up the story; they are not another report of this incident's toll.
  if (d.section !== 'headline') {
    h.fatalities = revise(h.fatalities, d.fatalities, d.revisesToll);
    h.injured = widen(h.injured, d.injured);
  }
}

/** A later "the toll rose to 14" replaces the earlier toll; two plain reports widen into a range. */
function revise(a: Draft['fatalities'], b: Draft['fatalities'], revises: boolean | undefined): Draft['fatalities'] {
  if (revises && b) return b;
  return widen(a, b);
}

// A sentence that opens on another place or says it is another matter: an incident told aside.
const SIDE_OPENING = /^\s*(?:(?:In|At|Near|Outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town|village|region|province|district) of\s+)?\p{Lu}[^,]{0,40},|(?:Elsewhere|Separately|Meanwhile|In (?:a|another) separate (?:incident|attack))\b|(?:The (?:day|night|week) before|A (?:day|week) (?:earlier|before)|(?:Two|Three|Four|Five|Several) days (?:earlier|before)|The previous (?:day|night|week)|Earlier(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Last (?:week|month))\s*,)/u;

const headlineRank = (e: Merged) => (e.head.generic ? 2 : 0) + (e.head.date ? 0 : 1);
// How far back a re-mention looks for its incident: enough for a long story, linear on a huge paste.
const LOOK_BACK = 40;

/** The latest event of the attacker a possessive re-mention names ("its attack"), if it fits. */
function ownersLast(events: readonly Merged[], d: Draft): Merged | undefined {
  // (Its place and kind were guessed from the story when carried or inferred: the owner's are its own.)
  const own: Draft = { ...d, ...(d.placeHow === 'carried' ? { place: null } : {}), ...(d.inferredType ? { type: 'other' as const, specific: false } : {}) };
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK); i--) {
    const e = events[i]!;
    if (e.head.actors.attacker === d.actors.attacker && compatible(e, own)) return e;
  }
  return undefined;
}

/** A draft told only in a file photo's caption ("FILE PHOTO: Firefighters work at the site of a drone strike ..."). */
export const fileCaption = (d: Draft): boolean => d.section === 'caption' && FILE_PHOTO.test(d.excerpt.text);

/** An incident named in passing, but with its own place and its own day after it ("the rocket attack on X on Saturday"). */
export function toldWithOwnDay(p: Draft): boolean {
  return p.placeHow === 'governed' && !!p.date && !p.dateCarried && !p.reportDate && dayPrecise(p) && p.date.span.start >= p.trigger.end;
}

/** Headline drafts are summaries: they fold into a body event when one fits, after the body is merged. */
export function mergeDrafts(drafts: Draft[]): Merged[] {
  const events: Merged[] = [];
  const ordered = [...drafts.filter((d) => d.section !== 'headline'), ...drafts.filter((d) => d.section === 'headline')];
  for (const d of ordered) {
    let target: Merged | undefined;
    if (d.section === 'headline') {
      // A headline sums up the story's main incident: a dated, specific body event before a campaign or a caption.
      const candidates = events.filter((e) => compatible(e, d));
      target = candidates.sort((a, b) => headlineRank(a) - headlineRank(b))[0];
    } else if (!d.distinct && d.anaphoric && d.actors.attacker && !COMMON_FORCE.test(d.actors.attacker)
      && possessive(d)
      && (target = ownersLast(events, d))) {
      // "Hezbollah said its attack was ...": the attacker's own incident told before, whatever was told since.
    } else if (!d.distinct) {
      // The most recent compatible event is the likeliest antecedent ("also", "another" never merge).
      // (An incident only named in passing, "accused the army of shelling the camp", is no antecedent of
      // a report: "the bombs struck a row of shelters" retells the bombing told before it.)
      for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK) && !target; i--) {
        // (... unless it was told with its own place and day, so it is an earlier incident the story reports:
        // "the rocket attack on Majdal Shams on Saturday" ... "Hezbollah denied it carried out the Majdal Shams attack".)
        if (!d.reference && events[i]!.parts.every((p) => p.reference) && !events[i]!.parts.some(toldWithOwnDay)) continue;
        // ("its jets struck classrooms used by fighters who had taken part in the Oct. 7 attack": an
        // incident named in passing places another one of its own sentence; it is not that one.)
        if (d.reference && events[i]!.parts.some((p) => !p.reference && p.excerpt.start === d.excerpt.start)) continue;
        if (compatible(events[i]!, d)) target = events[i];
      }
      // "the weekend attack on the post in Mir Ali": a re-mention that names again the target of an earlier
      // incident ("an attack on a military post") is that one, though another it would fit came since.
      if (target && d.anaphoric && !retellsTarget(target.head, d)) {
        for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK); i--) {
          const o = events[i]!;
          if (o !== target && !o.parts.every((p) => p.reference) && retellsTarget(o.head, d) && compatible(o, d)) {
            target = o;
            // (The place it carried came from the incident it does not retell.)
            if (d.placeHow === 'carried') {
              d.place = null;
              d.placeHow = 'none';
              delete d.placeSpan;
            }
            break;
          }
        }
      }
      // "Tehran denied any role in Tuesday's strike": a re-mention with its own day is the incident of that
      // day, not a more recent undated one it would also fit.
      if (target && d.anaphoric && dayPrecise(d) && !d.reportDate && !sameDay(target.head, d)) {
        // (A place carried from the sentence before says nothing: "Tehran denied any role" names none.)
        const own = d.placeHow === 'carried' ? { ...d, place: null } : d;
        for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK); i--) {
          if (sameDay(events[i]!.head, d) && compatible(events[i]!, own)) { target = events[i]; break; }
        }
      }
    }
    // "In the eastern city of Kharkiv, a drone strike wounded five." told aside from the lead: a later
    // paragraph's bare re-mention with no place or day of its own ("after the attack") is the lead's.
    if (target && !target.lead && d.section === 'body' && !ownPlace(d) && !(dayPrecise(d) && !d.reportDate && !d.dateCarried)) {
      const lead = events.find((e) => e.lead);
      const last = target.parts[target.parts.length - 1]!;
      if (lead && lead !== target && SIDE_OPENING.test(target.parts[0]!.excerpt.text) && d.paragraph > last.paragraph && compatible(lead, { ...d, place: null, ...(d.inferredType ? { type: 'other' as const } : {}) })) target = lead;
    }
    if (target) absorb(target, d);
    else events.push({ head: { ...d, actors: { ...d.actors } }, parts: [d], ...(d.section === 'body' && !d.generic && !events.some((x) => x.head.section === 'body' && !x.head.generic) ? { lead: true } : {}) });
  }
  return events;
}
