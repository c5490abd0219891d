// Toponym recognition, resolution and roles for one article: the "mentions" pipeline stage.
// Spans come from the gazetteer matcher (and an optional learned tagger); every name is resolved
// once per article, in the context of the other places the article names.
import type { Candidate, Mention, Section, Span } from '../types.ts';
import type { Gazetteer, GazRecord } from '../gazetteer/gazetteer.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Token } from '../text/tokenize.ts';
import { normalizeName } from '../text/normalize.ts';
import { isCap, matchNames, sentenceStarts } from './recognize.ts';
import { ADMIN1_SUFFIXES, ADMIN2_SUFFIXES } from './lexicon.ts';
import { EPONYM_VETO, veto } from './veto.ts';
import type { RawMention } from './recognize.ts';
import { findSurnames } from './people.ts';
import { confidence, contextFrom, dropStrangers, dropUnsupportedAlternates, dropUnsupportedSpellings, km, rankCandidates } from './resolve.ts';
import type { DocContext, NameGroup, Pick, Resolved, Scored } from './resolve.ts';
import { groupSenses } from './senses.ts';
import { countyMention } from './counties.ts';
import { roleOf } from './roles.ts';
import { withFacilities } from './facilities.ts';
import { spellingMentions } from './spellings.ts';
import { taggerLed } from '../tagger/combine.ts';

/** A learned toponym tagger (src/core/tagger): proposes spans with a 0..1 score. */
export interface TaggerSpan {
  start: number;
  end: number;
  score: number;
}

export interface SpanTagger {
  propose(text: string): TaggerSpan[];
}

export interface MentionContext {
  sections: Section[];
  sentences: Span[];
  gazetteer: Gazetteer;
  tagger?: SpanTagger;
}

const MAX_ALTERNATIVES = 8;
const TAGGER_MIN_SCORE = 0.5;

export function findMentions(text: string, ctx: MentionContext): Mention[] {
  const gaz = ctx.gazetteer;
  const tokens = tokenize(text);
  const starts = sentenceStarts(tokens, ctx.sentences, ctx.sections);
  const headline = ctx.sections.filter((s) => s.kind === 'headline' || s.kind === 'dateline');
  // Built on the first question only: most articles never ask it.
  let lowerWords: Set<string> | null = null;
  const usedInLowerCase = (norm: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set();
      for (const t of tokens) if (t.shape === 'lower') lowerWords.add(t.norm);
    }
    return lowerWords.has(norm);
  };
  const raw = matchNames(text, tokens, gaz);
  const titleLines = titleCaseLines(tokens);
  for (const m of raw) {
    m.sentenceInitial = starts.has(m.tokStart);
    m.inHeadline = headline.some((h) => m.start >= h.start && m.end <= h.end) || titleLines[m.tokStart] === 1;
  }
  const surnames = findSurnames(tokens, gaz);
  const vctx = { text, tokens, gaz, starts, headline, usedInLowerCase, standsAlone: standingAlone(tokens, raw, surnames) };
  const verdicts = raw.map((m) => veto(m, vctx, surnames));
  eponymsThroughout(tokens, raw, verdicts);
  const kept = withFacilities(text, tokens, gaz, raw.filter((_, k) => verdicts[k] === null));
  // The tagger decides which names are places, the resolver decides where (measured best: src/core/tagger/MODEL.md).
  const proposals = ctx.tagger ? ctx.tagger.propose(text) : null;
  if (proposals) addTaggerSpans(text, tokens, gaz, proposals, kept, raw.filter((_, k) => HARD_VETOES.has(verdicts[k] ?? '')));
  // Names the gazetteer holds in another romanisation only, where the words make them a place
  // (spellings.ts); the tagger, which never saw them, is not asked.
  const spelled = spellingMentions(tokens, gaz, raw, kept);
  for (const m of spelled) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  const resolved = resolveAll(text, tokens, gaz, kept, ctx.sections);
  if (!proposals) return resolved;
  const backed: readonly { start: number; end: number }[] = proposals;
  return taggerLed(resolved, spelled.length ? backed.concat(spelled) : backed, text);
}

/** Lower-case words before a name that use it as a place: "in Dublin", "from Roswell". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'of', 'to', 'into', 'across', 'around', 'throughout', 'toward', 'towards']);

const placeUse = (tokens: Token[], m: RawMention): boolean => {
  const prev = tokens[m.tokStart - 1];
  return Boolean(prev && prev.shape === 'lower' && PLACE_PREPOSITIONS.has(prev.norm));
};

/**
 * Keys of the names the text also uses as places on their own, after a preposition ("in Dublin",
 * "from Roswell") or before a region ("Dublin, Ohio"), and not as a person's name: evidence that
 * the text knows the name as a place when it also heads an institution's ("Dublin Community Center").
 */
function standingAlone(tokens: Token[], raw: readonly RawMention[], surnames: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    if (surnames.has(m.key)) continue;
    const next = raw[i + 1];
    const qualified = tokens[m.tokEnd]?.text === ',' && next?.tokStart === m.tokEnd + 1;
    // (bare: "at Snyder Funeral Home" is no place use of Snyder)
    const after = tokens[m.tokEnd];
    const joined = after && isCap(after) && after.spaceBefore && !after.newlineBefore;
    if ((placeUse(tokens, m) && !joined) || qualified) out.add(m.key);
  }
  return out;
}

/**
 * "The Belk Foundation ... Belk opened a store": a name the text has shown to be a firm's or an
 * institution's is that one at its bare mentions too (one sense per article), unless a
 * preposition makes one a place ("a store in Belk").
 */
function eponymsThroughout(tokens: Token[], raw: readonly RawMention[], verdicts: (string | null)[]): void {
  const firms = new Set<string>();
  raw.forEach((m, k) => { if (verdicts[k] === EPONYM_VETO) firms.add(m.key); });
  if (firms.size === 0) return;
  raw.forEach((m, k) => {
    if (verdicts[k] === null && !m.suffix && firms.has(m.key) && !placeUse(tokens, m)) verdicts[k] = 'a firm or institution named in the text';
  });
}

/** Per token, 1 when it sits on a line whose words are nearly all capitalised (a title, whose capitals prove nothing). */
function titleCaseLines(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let a = 0;
  while (a < tokens.length) {
    let b = a + 1;
    while (b < tokens.length && !tokens[b]!.newlineBefore) b++;
    let words = 0;
    let caps = 0;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (t.shape === 'punct' || t.shape === 'number' || t.norm.length <= 3) continue;
      words++;
      if (isCap(t)) caps++;
    }
    if (words >= 4 && caps / words > 0.8) out.fill(1, a, b);
    a = b;
  }
  return out;
}

/**
 * Vetoes that say what the words are, not only that they are doubtful: a tagger span over such
 * words alone is not added either ("Ain" of "Ain al-Asad" is not the French department by another
 * road); a longer span over them may still be ("Al-Shadadi", over the vetoed "Al").
 */
const HARD_VETOES = new Set(['function word', 'part of a compound region name', 'first word of a longer Arabic name', 'the rest of an Arabic name the gazetteer does not hold', "a president's name", "part of a firm's name", 'a time zone', 'part of a longer place name the gazetteer lacks', 'an armed group']);

function addTaggerSpans(text: string, tokens: Token[], gaz: Gazetteer, proposals: readonly TaggerSpan[], kept: RawMention[], blocked: readonly RawMention[]): void {
  // Binary searches over the rule spans and the tokens keep a long text linear.
  const rules = [...kept].sort((a, b) => a.start - b.start);
  const longest = rules.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const overlapsRule = (s: TaggerSpan): boolean => {
    for (let j = firstAtOrAfter(rules, s.end) - 1; j >= 0 && rules[j]!.start > s.start - longest; j--) if (rules[j]!.end > s.start) return true;
    return false;
  };
  for (const s of proposals) {
    if (s.score < TAGGER_MIN_SCORE || overlapsRule(s) || blocked.some((b) => b.start <= s.start && s.end <= b.end)) continue;
    const m = spanMention(text, tokens, gaz, s.start, s.end);
    if (!m) continue;
    // "a U.N. school": dotted initials are an abbreviation or nothing, never the town Un, India (as the
    // rules read them).
    if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(text.slice(s.start, s.end))) {
      const hits = m.hits.filter((h) => h.kind === 'abbr');
      if (hits.length) kept.push({ ...m, hits, fromTagger: true });
      continue;
    }
    kept.push({ ...m, fromTagger: true });
  }
}

/**
 * A mention over a span found some other way (a tagger, gold annotation): the gazetteer's records
 * for its name, or for "X County" / "X Province" the suffix form. Null when the gazetteer knows no
 * such name or the span holds no word.
 */
export function spanMention(text: string, tokens: Token[], gaz: Gazetteer, start: number, end: number): RawMention | null {
  const first = firstAtOrAfter(tokens, start);
  if (first >= tokens.length || tokens[first]!.start >= end) return null;
  let tokEnd = first;
  while (tokEnd < tokens.length && tokens[tokEnd]!.end <= end) tokEnd++;
  if (tokEnd === first) return null;
  const key = normalizeName(text.slice(start, end));
  const base: RawMention = { start, end, key, hits: [], tokStart: first, tokEnd, sentenceInitial: false, inHeadline: false };
  const hits = gaz.lookup(key).filter((h) => h.kind !== 'postal');
  const last = tokens[tokEnd - 1]!;
  const suffix = ADMIN2_SUFFIXES.has(last.norm) ? 'admin2' : ADMIN1_SUFFIXES.has(last.norm) ? 'admin1' : undefined;
  if (suffix && tokEnd - first >= 2) {
    // "Cooke County": the county form, on the gazetteer's records of the base name if it has any
    const baseKey = normalizeName(text.slice(start, last.start));
    if (suffix === 'admin2' || hits.length === 0) return { ...base, key: baseKey, hits: hits.length ? hits : gaz.lookup(baseKey), suffix };
  }
  return hits.length ? { ...base, hits } : null;
}

/**
 * Resolution alone, on spans given from outside (gold annotation): every span is taken as a place
 * name and resolved in the context of the others, as the article's mentions are. Spans whose name
 * the gazetteer does not know come back with no place.
 */
export function resolveSpans(text: string, spans: readonly Span[], ctx: Omit<MentionContext, 'tagger'>): Mention[] {
  const tokens = tokenize(text);
  const raw: RawMention[] = [];
  const missing: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const m = spanMention(text, tokens, ctx.gazetteer, s.start, s.end);
    if (m) raw.push(m);
    else missing.push(s);
  }
  const out = resolveAll(text, tokens, ctx.gazetteer, raw, ctx.sections);
  for (const s of missing) {
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), role: 'literal', place: null, score: 0, reason: 'the gazetteer holds no place of this name', alternatives: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A town lies in a county of that name when within this distance of the county's centroid. */
const COUNTY_REACH_KM = 40;

/**
 * "Paris ... Henry County": a US town and a county the article names that lie together are
 * likelier than either alone (Paris, Tennessee is in Henry County, Tennessee). For each candidate
 * record of a town or county that lies within COUNTY_REACH_KM of a candidate of another name the
 * article gives, that other record's name.
 */
function countyTownPairs(gaz: Gazetteer, groups: Map<string, NameGroup>): Map<number, string> {
  const counties: { key: string; r: GazRecord }[] = [];
  for (const [k, g] of groups) for (const h of g.hits) { const r = gaz.record(h.id); if (r.cls === 'admin2') counties.push({ key: k, r }); }
  const out = new Map<number, string>();
  if (counties.length === 0) return out;
  for (const [k, g] of groups) {
    for (const h of g.hits) {
      if (h.kind !== 'name' && h.kind !== 'variant') continue;
      const t = gaz.record(h.id);
      if (t.cls !== 'city' || t.country !== 'US') continue;
      for (const c of counties) {
        // 40 km is under 0.4 degrees of latitude: skip the trigonometry for anything farther
        if (c.key === k || Math.abs(c.r.lat - t.lat) > 0.4 || c.r.admin1Key !== t.admin1Key || km(c.r, t) > COUNTY_REACH_KM) continue;
        out.set(t.id, c.r.name);
        out.set(c.r.id, t.name);
      }
    }
  }
  return out;
}

/** The index of the first item (sorted by start) that starts at or after `offset`. */
function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolveAll(text: string, tokens: Token[], gaz: Gazetteer, kept: RawMention[], sections: Section[]): Mention[] {
  const { keyOf, groups } = groupSenses(gaz, tokens, kept);
  const near = countyTownPairs(gaz, groups);
  // "X County", "X Parish", "X Township" are how US news names counties: evidence of a US story.
  const counties = kept.filter((m) => m.suffix === 'admin2' || (m.hits.length > 0 && m.hits.every((h) => gaz.record(h.id).cls === 'admin2'))).length;
  const countyPrior = new Map<string, number>(counties ? [['US', counties]] : []);
  // Pass 1 on priors and qualifiers; passes 2-3 in the context the article builds up.
  let ctx: DocContext | null = counties ? contextFrom(gaz, [], countyPrior) : null;
  let res = new Map<string, Resolved>();
  // (a name the gazetteer holds in another spelling only is no evidence of where the article is)
  const spelledOnly = spellingOnly(kept, keyOf);
  const passes = 3;
  for (let pass = 0; pass < passes; pass++) {
    res = new Map();
    const picks: Pick[] = [];
    for (const [k, g] of groups) {
      if (k.startsWith('admin2|')) continue;
      const ranked = rankCandidates(gaz, g, ctx, k, pass === passes - 1, near);
      const best = ranked[0];
      if (!best) continue;
      res.set(k, { ranked, score: confidence(ranked) });
      // (How sure the pick's country is: the margin over the best candidate in another country; "Brazzaville"
      // the city or the region is the Republic of the Congo either way.)
      const country = gaz.record(best.id).country;
      const rival = ranked.find((c) => gaz.record(c.id).country !== country);
      if (spelledOnly.has(k)) continue;
      picks.push({ key: k, id: best.id, count: g.count, margin: best.score - (ranked[1]?.score ?? best.score - 1), countryMargin: best.score - (rival?.score ?? best.score - 1) });
    }
    ctx = contextFrom(gaz, picks, countyPrior);
  }
  if (ctx) {
    dropUnsupportedAlternates(gaz, res, ctx);
    dropUnsupportedSpellings(gaz, res, ctx, spelledOnly);
    dropStrangers(gaz, res, ctx);
  }
  const out: Mention[] = [];
  // A name's reason and alternatives are the same at each of its mentions: built once per name,
  // and the alternatives list is shared (read-only) by those mentions.
  const explained = new Map<string, { reason: string; alternatives: Candidate[] }>();
  const dateline = sections.find((s) => s.kind === 'dateline');
  const rankedAt: Array<Scored[] | undefined> = [];
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    const k = keyOf[i]!;
    const surface = text.slice(m.start, m.end);
    if (m.suffix === 'admin2') {
      out.push(countyMention(gaz, m, surface, groups.get(k)!, ctx!, res, tokens, dateline));
      continue;
    }
    const r = res.get(k);
    const best = r?.ranked[0];
    if (!r || !best) continue;
    const place = gaz.toPlace(best.id);
    if (m.suffix === 'admin1' && place.precision !== 'country') place.precision = 'region';
    const demonym = best.kind === 'demonym';
    const role = roleOf({ start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, demonym, featureCode: place.featureCode }, tokens, dateline);
    let why = explained.get(k);
    if (!why) explained.set(k, (why = { reason: reasonFor(gaz, best, r.ranked, demonym), alternatives: alternatives(gaz, r.ranked) }));
    // "Kramatorsk airfield": the gazetteer has no such facility, so it stands at the place it is named after
    const reason = m.facility?.embedded ? `${article(m.facility.kind)} named after ${place.name}, placed there; ${why.reason}`
      : m.spelling ? `"${surface}" is spelled ${place.name} in the gazetteer (another romanisation), in a country the article names; ${why.reason}` : why.reason;
    out.push({
      start: m.start,
      end: m.end,
      text: surface,
      role,
      place,
      score: r.score,
      reason,
      alternatives: why.alternatives,
      source: m.fromTagger ? 'tagger' : 'rules',
    });
    rankedAt[out.length - 1] = r.ranked;
  }
  nearWhatTheTextSays(text, gaz, out, rankedAt);
  return out;
}

/** Keys of the name groups whose every mention was found as a spelling (spellingMention). */
function spellingOnly(kept: readonly RawMention[], keyOf: readonly string[]): Set<string> {
  const out = new Set<string>();
  const plain = new Set<string>();
  kept.forEach((m, i) => (m.spelling ? out : plain).add(keyOf[i]!));
  for (const k of plain) out.delete(k);
  return out;
}

// "Semenivka, a village on the southern edge of the rebel-held city of Sloviansk", "Damboa, a town
// about 85 km south of Maiduguri": the words after a name say which town it lies by.
const BY_TOWN = /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:village|town|hamlet|settlement|suburb|district|neighbou?rhood|camp|area|community|locality)\s+(?:(?:just|some|about|around|roughly|nearly|\d+\s*(?:km|kilomet(?:re|er)s|miles))\s+)*(?:(?:\(\d+\s*miles\)\s+)?(?:near|outside|by|close to|next to|north of|south of|east of|west of|(?:north|south)-?(?:east|west) of|on the (?:[\w-]+\s+)?(?:edge|outskirts|fringes?) of|in the (?:[\w-]+\s+)?(?:outskirts|suburbs) of))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:city|town|capital|port) of\s+)?$/i;
const IN_REGION = /^\s+in\s+(?:the\s+)?(?=\p{Lu})/u;
/** How far a town a text puts a place by may lie from it. */
const BY_TOWN_KM = 100;

/**
 * A name whose gazetteer places all lie far from the town the text puts it by is not one of them:
 * it takes the candidate near that town if one is, or no place (the gazetteer lacks it).
 */
function nearWhatTheTextSays(text: string, gaz: Gazetteer, out: Mention[], rankedAt: Array<Scored[] | undefined>): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i]!;
    if (!x.place || x.place.precision !== 'city' || x.role !== 'literal') continue;
    // "the village of Shumy in the Donetsk region": the region the text puts it in.
    const inRegion = IN_REGION.exec(text.slice(x.end, x.end + 60));
    if (inRegion) {
      // (The next mention or two: a long text stays linear.)
      let j = -1;
      for (let k = i + 1; k < Math.min(out.length, i + 3) && j < 0; k++) if (out[k]!.start === x.end + inRegion[0].length) j = k;
      const region = j > 0 ? rankedAt[j]?.[0] : undefined;
      const r = region ? gaz.record(region.id) : undefined;
      if (r && r.cls === 'admin1' && r.admin1Key && /^\s+(?:region|oblast|province|state|governorate|prefecture)\b/i.test(text.slice(out[j]!.end, out[j]!.end + 14))) {
        const ranked = rankedAt[i] ?? [];
        if (ranked[0] && gaz.record(ranked[0].id).admin1Key !== r.admin1Key) {
          const inside = ranked.find((c) => gaz.record(c.id).admin1Key === r.admin1Key && gaz.record(c.id).cls === 'city');
          out[i] = inside
            ? { ...x, place: gaz.toPlace(inside.id), reason: `${gaz.record(inside.id).name} (${r.country}): the place of this name in ${r.name}, which the text puts it in` }
            : { ...x, place: null, score: 0, reason: `the gazetteer's places of this name lie outside ${r.name}, which the text puts it in` };
        }
      }
      continue;
    }
    // (The cheap test first: a comma right after the name.)
    if (text.charCodeAt(x.end) !== 44) continue;
    const y = out.slice(i + 1, i + 4).find((m) => m.start - x.end < 160 && m.place && m.place.precision === 'city' && BY_TOWN.test(text.slice(x.end, m.start)));
    if (!y) continue;
    // ("about 85 km south of Maiduguri": as far as the text says, and a town's reach more.)
    const said = /(\d+)\s*(km|kilomet|mile)/i.exec(text.slice(x.end, y.start));
    const reach = BY_TOWN_KM + (said ? Number(said[1]) * (/^mile/i.test(said[2]!) ? 1.61 : 1) : 0);
    if (km(x.place, y.place!) <= reach) continue;
    const near = rankedAt[i]?.map((c) => gaz.toPlace(c.id)).find((p) => p.precision === 'city' && km(p, y.place!) <= reach);
    out[i] = near
      ? { ...x, place: near, reason: `${near.name} (${near.country ?? ''}): the place of this name by ${y.place!.name}, which the text puts it by` }
      : { ...x, place: null, score: 0, reason: `the gazetteer's places of this name lie far from ${y.place!.name}, which the text puts it by` };
  }
}

function article(kind: string): string {
  return `${kind.startsWith('air') ? 'an' : 'a'} ${kind}`;
}

function reasonFor(gaz: Gazetteer, best: Scored, ranked: Scored[], demonym: boolean): string {
  const r = gaz.record(best.id);
  const where = r.country ? `${r.name} (${r.country})` : r.name;
  if (demonym) return `demonym of ${where}`;
  const n = ranked.length;
  return n === 1 ? `${where}: the only place of this name; ${best.why}` : `${where}, best of ${n}: ${best.why}`;
}

function alternatives(gaz: Gazetteer, ranked: Scored[]): Candidate[] {
  const top = ranked[0]?.score ?? 0;
  return ranked.slice(1, 1 + MAX_ALTERNATIVES).map((s) => ({
    place: gaz.toPlace(s.id),
    score: Math.round(1000 / (1 + Math.exp(-4 * (s.score - top + 0.1)))) / 1000,
  }));
}
