// Toponym recognition, resolution and roles for one article: the "mentions" pipeline stage.
// Spans come from the gazetteer matcher (and an optional learned tagger); every name is resolved
// once per article, in the context of the other places the article names.
import type { Candidate, Mention, Place, Section, Span } from '../types.ts';
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Token } from '../text/tokenize.ts';
import { normalizeName } from '../text/normalize.ts';
import { isCap, matchNames, sentenceStarts, veto } from './recognize.ts';
import type { RawMention } from './recognize.ts';
import { findSurnames } from './people.ts';
import { confidence, contextFrom, rankCandidates } from './resolve.ts';
import type { DocContext, NameGroup, Pick, Scored } from './resolve.ts';
import { roleOf } from './roles.ts';

/** A learned toponym tagger (src/core/tagger): proposes spans with a 0..1 score. */
export interface SpanTagger {
  propose(text: string): Array<{ start: number; end: number; score: number }>;
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
  const lowerWords = new Set(tokens.filter((t) => t.shape === 'lower').map((t) => t.norm));
  const raw = matchNames(text, tokens, gaz);
  const titleLines = titleCaseLines(tokens);
  for (const m of raw) {
    m.sentenceInitial = starts.has(m.tokStart);
    m.inHeadline = headline.some((h) => m.start >= h.start && m.end <= h.end) || titleLines[m.tokStart] === true;
  }
  const surnames = findSurnames(tokens, gaz);
  const vctx = { text, tokens, gaz, starts, headline, lowerWords };
  const kept = raw.filter((m) => veto(m, vctx, surnames) === null);
  if (ctx.tagger) addTaggerSpans(text, tokens, gaz, ctx.tagger, kept);
  kept.sort((a, b) => a.start - b.start);
  return resolveAll(text, tokens, gaz, kept, ctx.sections);
}

/** Per token: does it sit on a line whose words are nearly all capitalised (a title, whose capitals prove nothing)? */
function titleCaseLines(tokens: Token[]): boolean[] {
  const out: boolean[] = Array.from({ length: tokens.length }, () => false);
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
    if (words >= 4 && caps / words > 0.8) out.fill(true, a, b);
    a = b;
  }
  return out;
}

function addTaggerSpans(text: string, tokens: Token[], gaz: Gazetteer, tagger: SpanTagger, kept: RawMention[]): void {
  for (const s of tagger.propose(text)) {
    if (s.score < TAGGER_MIN_SCORE || kept.some((m) => m.start < s.end && s.start < m.end)) continue;
    const key = normalizeName(text.slice(s.start, s.end));
    const hits = gaz.lookup(key).filter((h) => h.kind !== 'postal');
    const tokStart = tokens.findIndex((t) => t.start >= s.start);
    let tokEnd = tokStart;
    while (tokEnd < tokens.length && tokens[tokEnd]!.end <= s.end) tokEnd++;
    if (hits.length === 0 || tokStart < 0) continue;
    kept.push({ start: s.start, end: s.end, key, hits, tokStart, tokEnd, sentenceInitial: false, inHeadline: false, fromTagger: true });
  }
}

/** "Gainesville, Ga.", "Paris, Texas", "Athens, GA": the name after the comma qualifies the one before. */
function qualifierIds(gaz: Gazetteer, tokens: Token[], m: RawMention, next: RawMention | undefined): number[] {
  const comma = tokens[m.tokEnd];
  if (comma?.text !== ',') return [];
  if (next && next.tokStart === m.tokEnd + 1) {
    return next.hits.filter((h) => { const c = gaz.record(h.id).cls; return c === 'admin1' || c === 'country'; }).map((h) => h.id);
  }
  const code = tokens[m.tokEnd + 1];
  if (code && code.shape === 'UPPER' && code.text.length === 2) return gaz.lookup(code.norm).filter((h) => h.kind === 'postal').map((h) => h.id);
  return [];
}

interface Resolved {
  ranked: Scored[];
  score: number;
}

function resolveAll(text: string, tokens: Token[], gaz: Gazetteer, kept: RawMention[], sections: Section[]): Mention[] {
  // One sense per name and article, unless the text qualifies the name two ways ("Paris, Texas" ...
  // "Paris, France"): then each qualified sense is its own group, and a bare mention takes the sense
  // of the nearest qualified mention before it.
  const quals = kept.map((m, i) => qualifierIds(gaz, tokens, m, kept[i + 1]));
  const baseOf = (m: RawMention) => `${m.suffix ?? ''}|${m.key}`;
  const senses = new Map<string, Set<string>>();
  kept.forEach((m, i) => {
    if (quals[i]!.length === 0) return;
    const set = senses.get(baseOf(m)) ?? new Set<string>();
    set.add(quals[i]!.join(','));
    senses.set(baseOf(m), set);
  });
  const keyOf: string[] = [];
  const lastSense = new Map<string, string>();
  kept.forEach((m, i) => {
    const base = baseOf(m);
    if ((senses.get(base)?.size ?? 0) < 2) { keyOf.push(base); return; }
    const sig = quals[i]!.length ? quals[i]!.join(',') : (lastSense.get(base) ?? [...senses.get(base)!][0]!);
    lastSense.set(base, sig);
    keyOf.push(`${base}@${sig}`);
  });
  const groups = new Map<string, NameGroup>();
  kept.forEach((m, i) => {
    const k = keyOf[i]!;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: m.key, hits: m.hits, qualifiers: new Set(), preferAdmin1: m.suffix === 'admin1', count: 0 }));
    g.count++;
    for (const q of quals[i]!) g.qualifiers.add(q);
  });
  // "X County", "X Parish", "X Township" are how US news names counties: evidence of a US story.
  const counties = kept.filter((m) => m.suffix === 'admin2').length;
  const countyPrior = new Map<string, number>(counties ? [['US', counties]] : []);
  // Pass 1 on priors and qualifiers; passes 2-3 in the context the article builds up.
  let ctx: DocContext | null = counties ? contextFrom(gaz, [], countyPrior) : null;
  let res = new Map<string, Resolved>();
  for (let pass = 0; pass < 3; pass++) {
    res = new Map();
    const picks: Pick[] = [];
    for (const [k, g] of groups) {
      if (k.startsWith('admin2|')) continue;
      const ranked = rankCandidates(gaz, g, ctx, k);
      const best = ranked[0];
      if (!best) continue;
      res.set(k, { ranked, score: confidence(ranked) });
      picks.push({ key: k, id: best.id, count: g.count, margin: best.score - (ranked[1]?.score ?? best.score - 1) });
    }
    ctx = contextFrom(gaz, picks, countyPrior);
  }
  // An alternate name of a town under a million people ("Hamas" is also Hamm, Germany) counts only
  // when the article names that town's country some other way; otherwise the next candidate stands.
  for (const [k, r] of res) {
    const own = ctx?.own.get(k);
    const unsupported = (s: Scored) => {
      if (s.kind !== 'alt') return false;
      const rec = gaz.record(s.id);
      if (rec.cls !== 'city' || rec.population >= 1_000_000) return false;
      return (ctx?.countries.get(rec.country) ?? 0) - (own?.country === rec.country ? own.w : 0) <= 0.01;
    };
    if (!r.ranked[0] || !unsupported(r.ranked[0])) continue;
    const ranked = r.ranked.filter((s) => !unsupported(s));
    if (ranked.length === 0) res.delete(k);
    else res.set(k, { ranked, score: confidence(ranked) });
  }
  const out: Mention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    const k = keyOf[i]!;
    const surface = text.slice(m.start, m.end);
    if (m.suffix === 'admin2') {
      out.push(countyMention(gaz, m, surface, groups.get(k)!, ctx!, res, tokens, sections));
      continue;
    }
    const r = res.get(k);
    const best = r?.ranked[0];
    if (!r || !best) continue;
    const place = gaz.toPlace(best.id);
    if (m.suffix === 'admin1' && place.precision !== 'country') place.precision = 'region';
    const demonym = best.kind === 'demonym';
    const role = roleOf({ start: m.start, end: m.end, tokEnd: m.tokEnd, demonym, featureCode: place.featureCode }, tokens, sections);
    out.push({
      start: m.start,
      end: m.end,
      text: surface,
      role,
      place,
      score: r.score,
      reason: reasonFor(gaz, best, r.ranked, demonym),
      alternatives: alternatives(gaz, r.ranked),
      source: m.fromTagger ? 'tagger' : 'rules',
    });
  }
  return out;
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

/**
 * "Laurel County": the gazetteer has no counties, so the place is the county's region of the state
 * the article is about (or names), drawn at the county seat when a town of that name is its seat,
 * else at the article's main town in that state, else at the state itself; precision "region".
 */
function countyMention(
  gaz: Gazetteer, m: RawMention, surface: string, g: NameGroup, ctx: DocContext, res: Map<string, Resolved>,
  tokens: Token[], sections: Section[],
): Mention {
  let stateKey = '';
  for (const q of g.qualifiers) { const r = gaz.record(q); if (r.cls === 'admin1') { stateKey = r.admin1Key; break; } }
  if (!stateKey) {
    // counties named this way are American unless the article is about some other country's
    let w = 0;
    const usStates = [...ctx.admin1s].filter(([k]) => k.startsWith('US.'));
    for (const [k, v] of usStates.length ? usStates : ctx.admin1s) if (v > w) { w = v; stateKey = k; }
  }
  if (!stateKey) {
    // no sure evidence: the state of a confidently placed US town or state, if any; else unplaced
    let best = 0.8;
    for (const r of res.values()) {
      const top = r.ranked[0];
      const rec = top ? gaz.record(top.id) : undefined;
      if (rec && rec.country === 'US' && rec.admin1Key && r.score > best) { best = r.score; stateKey = rec.admin1Key; }
    }
  }
  const hits: readonly NameHit[] = g.hits;
  const towns = hits.map((h) => gaz.record(h.id)).filter((r) => r.cls === 'city' && (!stateKey || r.admin1Key === stateKey));
  const seat = stateKey ? towns.filter((r) => r.featureCode === 'PPLA2').sort((a, b) => b.population - a.population)[0] : undefined;
  let place: Place | null = null;
  let reason = '';
  if (seat) {
    place = { ...gaz.toPlace(seat.id), name: surface, precision: 'region', featureCode: 'ADM2' };
    reason = `county of ${seat.name}, its seat`;
  } else if (stateKey) {
    // the article's most-mentioned town in that state stands in for the county
    let bestTown: { id: number; n: number } | null = null;
    for (const r of res.values()) {
      const top = r.ranked[0];
      if (!top) continue;
      const rec = gaz.record(top.id);
      if (rec.cls === 'city' && rec.admin1Key === stateKey && (!bestTown || r.score > bestTown.n)) bestTown = { id: top.id, n: r.score };
    }
    const state = gaz.admin1(stateKey);
    const at = bestTown ? gaz.record(bestTown.id) : state;
    if (at) {
      place = { ...gaz.toPlace(at.id), name: surface, precision: 'region', featureCode: 'ADM2' };
      delete place.geonameId;
      delete place.population;
      if (state) place.admin1 = state.name;
      reason = bestTown ? `a county of ${state?.name ?? stateKey}, placed near ${at.name}, which the article names` : `a county of ${at.name}, placed at the state`;
    }
  }
  const role = roleOf({ start: m.start, end: m.end, tokEnd: m.tokEnd, demonym: false, featureCode: 'ADM2' }, tokens, sections);
  return {
    start: m.start, end: m.end, text: surface, role, place, score: place ? (seat ? 0.6 : 0.4) : 0,
    reason: reason || 'a county the gazetteer cannot place: no state in the article',
    alternatives: [], source: m.fromTagger ? 'tagger' : 'rules',
  };
}
