// Counties ("Laurel County", "Rapides Parish"): the gazetteer has no second-level regions, so a
// county is placed only where the article gives sure evidence of its state.
import type { Mention, Place, Span } from '../types.ts';
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokenize.ts';
import type { RawMention } from './recognize.ts';
import type { DocContext, NameGroup, Resolved } from './resolve.ts';
import { roleOf } from './roles.ts';

/**
 * "Laurel County": the gazetteer has no counties, so the place is the county's region of the state
 * the article is about (or names), drawn at the county seat when a town of that name is its seat,
 * else at the article's main town in that state, else at the state itself; precision "region".
 */
export function countyMention(
  gaz: Gazetteer, m: RawMention, surface: string, g: NameGroup, ctx: DocContext, res: Map<string, Resolved>,
  tokens: Token[], dateline: Span | undefined,
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
  const role = roleOf({ start: m.start, end: m.end, tokEnd: m.tokEnd, demonym: false, featureCode: 'ADM2' }, tokens, dateline);
  return {
    start: m.start, end: m.end, text: surface, role, place, score: place ? (seat ? 0.6 : 0.4) : 0,
    reason: reason || 'a county the gazetteer cannot place: no state in the article',
    alternatives: [], source: m.fromTagger ? 'tagger' : 'rules',
  };
}
