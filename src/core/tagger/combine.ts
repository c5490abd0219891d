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
  place: { precision: string; featureCode?: string; population?: number } | null;
}

// A name right after a locative preposition and ending there ("a strike on Odesa killed two",
// "shelling near Bakhmut"): the tagger, trained on US local news and epidemics, doubts city names
// it never saw in such slots, and conflict reporting is full of them. Not "toward X": a
// direction is not a scene. Not before a capitalised
// word or a possessive ("at Buffalo Science Center", "at Henry's"): there the name is a part.
const LOCATIVE_BEFORE = /(?:^|[\s(])(?:in|on|near|at|outside|around|into|across|inside|through|over)\s+$/i;
const LOCATIVE_LIST = /(?:^|[\s(])(?:in|near|around|across)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?:,\s+|,?\s+and\s+)){1,5}$/u;
const NAME_GOES_ON = /^\s*(?:['’]s?\b|[-–]?\s*[A-Z0-9])/;
const MIN_LOCATIVE_POPULATION = 1000;
// "rebels captured Birao", "troops patrolled Kakata", "shelled Kupiansk": a verb whose object is a
// place taken, held or struck stands in the same slot (in the past tense or participle a report uses).
const ASSAULT_BEFORE = /(?:^|[\s(])(?:attacked|struck|hit|shelled|bombed|bombarded|pounded|targeted|stormed|raided|captured|recaptured|seized|overran|overrun|entered|besieged|encircled|occupied|patrolled|liberated)\s+$/i;
const POSSESSIVE = /^['’]s\s/;
const MIN_POSSESSIVE_POPULATION = 100_000;
const SPEAKS_AFTER = /^\s+(?:said|says|told|reported|announced)\b/;
// "at Madina hospital": the name of a building, which need not stand in a town of that name.
const BUILDING_AFTER = /^\s+(?:hospitals?|clinic|school|university|college|mosque|church|stadium|prison|hotel|restaurant)\b/i;

// "the Manbij countryside", "in the Idlib province", "on the Bakhmut front": a town's name before a
// word for the land around it or a stretch of a front names that place, whoever else bears the name.
const AREA_AFTER = /^\s+(?:countryside|province|governorate|district|region|area|local government area|outskirts|suburbs|environs|oblast|raion|front|frontline|front line|sector|axis|direction|neighbou?rhoods?)\b/i;
// "Zamfara's Maru local government area", "Idlib's Ariha district": a unit named inside a place.
const UNIT_INSIDE = /^['’]s\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:local government area|district|county|province|governorate|municipality|prefecture|department|raion)\b/u;
const IN_REGION_AFTER = /^\s+in\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s+(?:region|oblast|province|state|governorate)\b/u;
const REGION_WORD_AFTER = /^\s+(?:state|province|governorate|region|oblast|prefecture|district|county)\b/i;
// "on a crowded Baquba street", "in a busy Kirkuk market": a town's name used as the adjective of one
// of its parts, after an article.
const ARTICLE_BEFORE = /(?:^|[\s(])(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const PART_AFTER = /^\s+(?:streets?|markets?|marketplace|bazaar|neighbou?rhoods?|suburbs?|squares?|checkpoints?)\b/i;
const OWNER_BEFORE = /\p{Lu}[\p{L}\p{M}-]*['’]s\s+$/u;
const THE_BEFORE = /(?:^|[\s(])the\s+$/i;
// "in the east Hama countryside", "over eastern Palmyra countryside": a side of that land.
const SIDE_BEFORE = /(?:^|[\s(])(?:the\s+)?(?:(?:north|south)-?(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural)\s+$/i;
// "Tulkarm's governor", "Kherson's mayor", "Gao's outskirts": offices and parts only a place has.
const PLACE_POSSESSION = /^['’]s\s+(?:governor|governorate|mayor|municipality|city council|regional (?:governor|administration|council)|military administration|police chief|residents|inhabitants|streets|outskirts|suburbs|environs|old city|old town|city cent(?:re|er)|town cent(?:re|er)|airport|port|harbou?r|main square|central square|main hospital)\b/i;

function inLocativeSlot(m: CombinableMention, text: string): boolean {
  if (m.role !== 'literal' || !m.place) return false;
  // (An administrative seat counts however GeoNames counts its people: Marjayoun's PPLA2 record says 0.)
  const town = m.place.precision === 'city' && ((m.place.population ?? 0) >= MIN_LOCATIVE_POPULATION || /^PPLA[2-4]?$|^PPLC$/.test(m.place.featureCode ?? ''));
  // "Tulkarm's governor said": a place's office, whatever verb follows.
  // ... and "Zamfara's Maru local government area": a unit named inside it.
  if ((town || m.place.precision === 'region') && (PLACE_POSSESSION.test(text.slice(m.end, m.end + 40)) || UNIT_INSIDE.test(text.slice(m.end, m.end + 60)))) return true;
  // "in northwest Nigeria's Zamfara state", "the Idlib province": a first-level region named with its word.
  if (m.place.precision === 'region' && m.place.featureCode === 'ADM1' && /\p{Ll}/u.test(text.slice(m.start, m.end))) {
    const pre = text.slice(Math.max(0, m.start - 16), m.start);
    if ((OWNER_BEFORE.test(pre) || THE_BEFORE.test(pre) || LOCATIVE_BEFORE.test(pre)) && REGION_WORD_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  }
  // "the east Hama countryside": a town's or a region's land told by its side.
  if ((town || m.place.precision === 'region') && SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && AREA_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (!town) return false;
  // "Izium in the Kharkiv region", "Kadawa in Zamfara state": a town the text puts in a region.
  if (IN_REGION_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  // "a strike on UN school": an acronym is not a town's name however the gazetteer spells one.
  if (!/\p{Ll}/u.test(text.slice(m.start, m.end))) return false;
  // "a doctor at Madina said": a hospital or a body that speaks, not the town.
  const after = text.slice(m.end, m.end + 16);
  if (SPEAKS_AFTER.test(after) || BUILDING_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const goesOn = text.slice(m.end, m.end + 4);
  if (LOCATIVE_BEFORE.test(before) && !NAME_GOES_ON.test(goesOn)) return true;
  // "in Bint Jbeil, Khiam and Marjayoun": the last items of a list of names a locative governs.
  if (LOCATIVE_LIST.test(text.slice(Math.max(0, m.start - 90), m.start)) && !NAME_GOES_ON.test(goesOn)) return true;
  if (THE_BEFORE.test(before) && AREA_AFTER.test(after)) return true;
  if (ARTICLE_BEFORE.test(before) && PART_AFTER.test(after)) return true;
  // "Zamfara's Maru local government area": the unit a place's possessive names.
  if (OWNER_BEFORE.test(before) && AREA_AFTER.test(text.slice(m.end, m.end + 26))) return true;
  // the object of a verb of attack or capture is its scene ("shelled Kupiansk"), and a big town's
  // possessive there is a part of it ("attacked Karachi's airport"), not a person's ("Jackson's")
  if (!ASSAULT_BEFORE.test(before)) return false;
  return !NAME_GOES_ON.test(goesOn) || (POSSESSIVE.test(goesOn) && (m.place.population ?? 0) >= MIN_POSSESSIVE_POPULATION);
}

// Region-precision places other than first-level divisions: "Georgia" or "Victoria" as an
// admin-1 name is as ambiguous as any town, "West Bank" is not.
function isNamedRegion(m: CombinableMention): boolean {
  return m.place?.precision === 'region' && m.place.featureCode !== 'ADM1';
}

/** What may stand between two items of a list of places: "Kiev, Kharkiv and Odesa". */
const LIST_GAP = /^\s*(,|,?\s+(and|or))\s+$/;

/**
 * Mentions (in text order or not) that survive the tagger-led combination, in their order. With the
 * text, two kinds of rule mentions the tagger does not back are kept too (measured, MODEL.md): a
 * capital that acts ("Canberra said", role metonymy), and an item of a list whose neighbour in the
 * list is kept ("Kiev, Kharkiv and Normandy": the tagger often backs only some items).
 */
export function taggerLed<M extends CombinableMention>(mentions: readonly M[], proposals: readonly { start: number; end: number }[], text = ''): M[] {
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
  const keep = (m: CombinableMention) => m.role === 'demonym' || m.place?.precision === 'country' || m.place?.precision === 'point' || isNamedRegion(m) || backed(m);
  if (!text) return mentions.filter(keep);
  const order = [...mentions].sort((a, b) => a.start - b.start);
  const kept = new Set<CombinableMention>(order.filter(keep));
  const listed = (a: CombinableMention | undefined, b: CombinableMention | undefined) =>
    Boolean(a && b && a.place && b.place && a.end <= b.start && b.start - a.end < 8 && LIST_GAP.test(text.slice(a.end, b.start)));
  const extra = new Set<CombinableMention>();
  order.forEach((m, i) => {
    if (kept.has(m) || !m.place) return;
    if (m.role === 'metonymy' || inLocativeSlot(m, text)) { extra.add(m); return; }
    const prev = order[i - 1];
    const next = order[i + 1];
    if ((prev && (kept.has(prev) || extra.has(prev)) && listed(prev, m)) || (next && kept.has(next) && listed(m, next))) extra.add(m);
  });
  return mentions.filter((m) => kept.has(m) || extra.has(m));
}
