// One event per incident: mentions of the same type, place and day (or with the day or place left
// unsaid) fold into the first, keeping every excerpt. A campaign-level ("generic") statement never
// folds into a dated incident, and "also"/"another" mark a new incident.
import type { Draft } from './draft.ts';
import { widen } from './casualties.ts';

export interface Merged {
  head: Draft;
  parts: Draft[];
}

function samePlace(a: Draft, b: Draft): boolean {
  if (!a.place || !b.place) return true;
  if (a.place.geonameId !== undefined && a.place.geonameId === b.place.geonameId) return true;
  if (a.place.name === b.place.name && a.place.country === b.place.country) return true;
  // "strikes in Syria" and "the strike on Damascus" can be one incident told at two precisions.
  const [wide, narrow] = a.place.precision === 'country' ? [a.place, b.place] : [b.place, a.place];
  return wide.precision === 'country' && narrow.precision !== 'country' && !!wide.country && wide.country === narrow.country;
}

function sameCountry(a: Draft, b: Draft): boolean {
  return !a.place || !b.place || samePlace(a, b) || (!!a.place.country && a.place.country === b.place.country);
}

const rank = { country: 0, region: 1, city: 2, point: 3 } as const;

function sameDay(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date) return true;
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

function compatible(e: Merged, d: Draft): boolean {
  const h = e.head;
  if (h.type !== d.type) return false;
  // A headline sums up the body: same type and country is enough, but never a (possibly stale) caption.
  // A headline over a campaign story ("US strikes in Somalia on pace for a record year") sums up the
  // campaign: it may fold into a tally too, and then it is no incident either.
  if (d.section === 'headline') return h.section === 'body' && (h.generic || !d.generic) && sameCountry(h, d) && sameDay(h, d);
  if (h.generic !== d.generic || h.summary !== d.summary || d.distinct) return false;
  if (!samePlace(h, d) || !sameDay(h, d)) return false;
  // Two attackers named differently are two incidents.
  if (h.actors.attacker && d.actors.attacker && h.actors.attacker !== d.actors.attacker) return false;
  return true;
}

function absorb(e: Merged, d: Draft) {
  const h = e.head;
  e.parts.push(d);
  if (d.section !== 'headline' && (!h.date || (h.reportDate && d.date && !d.reportDate))) {
    h.date = d.date;
    h.reportDate = d.reportDate;
  }
  const weak = (x: Draft) => x.placeHow === 'carried' || x.placeHow === 'demonym';
  const better = d.place && (!h.place || (weak(h) && !weak(d)) || (!weak(d) && rank[d.place.precision] > rank[h.place.precision]));
  // A headline's place is a summary; it never overrides the body's.
  if (d.place && better && (d.section !== 'headline' || !h.place)) {
    h.place = d.place;
    h.placeHow = d.placeHow;
    if (d.placeSpan) h.placeSpan = d.placeSpan;
    else delete h.placeSpan;
  }
  h.actors = { ...d.actors, ...h.actors };
  // A headline's numbers sum up the story; they are not another report of this incident's toll.
  if (d.section !== 'headline') {
    h.fatalities = widen(h.fatalities, d.fatalities);
    h.injured = widen(h.injured, d.injured);
  }
}

const headlineRank = (e: Merged) => (e.head.generic ? 2 : 0) + (e.head.date ? 0 : 1);

/** Headline drafts are summaries: they fold into a body event when one fits, after the body is merged. */
export function mergeDrafts(drafts: Draft[]): Merged[] {
  const events: Merged[] = [];
  // Only events of the same type can merge: indexing by type keeps long texts from going quadratic.
  const byType = new Map<Draft['type'], Merged[]>();
  const ordered = [...drafts.filter((d) => d.section !== 'headline'), ...drafts.filter((d) => d.section === 'headline')];
  for (const d of ordered) {
    const sameType = byType.get(d.type) ?? [];
    let target: Merged | undefined;
    if (d.section === 'headline') {
      // A headline sums up the story's main incident: a dated, specific body event before a campaign or a caption.
      const candidates = sameType.filter((e) => compatible(e, d));
      target = candidates.sort((a, b) => headlineRank(a) - headlineRank(b))[0];
    } else if (!d.distinct) {
      // The most recent compatible event is the likeliest antecedent ("also", "another" never merge).
      for (let i = sameType.length - 1; i >= 0 && !target; i--) if (compatible(sameType[i]!, d)) target = sameType[i];
    }
    if (target) absorb(target, d);
    else {
      const fresh = { head: { ...d, actors: { ...d.actors } }, parts: [d] };
      events.push(fresh);
      sameType.push(fresh);
      byType.set(d.type, sameType);
    }
  }
  return events;
}
