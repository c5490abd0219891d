// Where an event happened: the literal place the trigger's own words govern ("in", "near", "on",
// "targeting X", "withdrawing from X"), never a dateline or a capital standing for its government;
// demonyms name actors and are a last resort. "the country" / "there" point back to the last place named.
import type { Actors, Mention, Span } from '../types.ts';
import type { Draft } from './draft.ts';
import { ANAPHORIC, span } from './frame.ts';
import type { SentenceFrame } from './frame.ts';
import type { Incident } from './incidents.ts';

export interface PlaceChoice {
  mention: Mention;
  /** How the words tie the place to the trigger. */
  how: 'governed' | 'sentence' | 'anaphora' | 'demonym';
}

const LOCATIVE = /(?:\b(?:in|near|at|on|outside|inside|across|around|over|into|onto|throughout|within|along|towards?|toward|against|targeting|targeted|targets|struck|hit|hits|strikes|shelled|shells|raided|raids|bombed|bombs|attacked|attacks|stormed|storms|pounded|pounds|rocked|rocks)\s+(?:the\s+)?(?:(?:city|town|village|province|region|district|governorate|outskirts|suburbs?|area|countryside|capital|port|border|eastern|western|northern|southern|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+(?:of\s+)?(?:the\s+)?)*|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of\s+)?|\bkm\s+(?:from|of)\s+|\b(?:capital|city|town|village|port|province|region|district|governorate|oblast|camp|neighbou?rhood|suburb|outskirts)(?:\s+of)?,?\s+)$/i;
const OTHER_CLAUSE = /\b(?:was|were|is|are|has been|have been|had been|said|says|told|added|according to|which|who|that|after|before|when|while|because|following|since|in response to|in retaliation for|amid|sparking|prompting)\b/i;
const PASSIVE = /^\s+(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+ly\s+)?(?:again\s+)?$/i;
const ORIGIN = /\b(?:from|to|toward|towards|for)\s+(?:the\s+)?$/i;
const ANAPHORA = /\b(?:in|inside|across|throughout|on|at|near)\s+the\s+(country|region|province|city|town|area|village)\b|\bthere\b/i;

function usable(m: Mention): boolean {
  return m.place !== null && (m.role === 'literal' || m.role === 'demonym');
}

/** The best place for a trigger in its sentence; `mentions` are all of the article's, in text order. */
export function placeFor(text: string, sentence: Span, trigger: Span, mentions: Mention[], withdrawal: boolean, attacker?: string): PlaceChoice | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && usable(m));
  let best: { m: Mention; score: number; how: PlaceChoice['how'] } | null = null;
  let demonym: { m: Mention; score: number } | null = null;
  for (const m of inSentence) {
    const lead = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    let score: number;
    let how: PlaceChoice['how'] = 'sentence';
    if (m.role === 'demonym') {
      score = 1;
      how = 'demonym';
    } else if (withdrawal && /\b(?:from|out of)\s+(?:the\s+)?$/i.test(lead)) {
      score = 10;
      how = 'governed';
    } else if (LOCATIVE.test(lead) && !/\b(?:from|blamed on|attributed to)\s+(?:the\s+)?$/i.test(lead) && (m.start >= trigger.end || trigger.start - m.end < 80)) {
      score = 8;
      how = 'governed';
    } else if (/\b(?:blamed on|attributed to|by)\s+(?:the\s+)?$/i.test(lead) || (attacker && m.place?.name === attacker)) {
      score = 0; // the attacker's own country ("Israel’s strikes", "blamed on Iran") is who, not where.
    } else if (/^(?:’s|'s|’)/.test(text.slice(m.end, m.end + 2))) {
      score = 2.5; // "Syria’s air defense systems" are in Syria, but "Moscow's setbacks" are not a scene.
    } else if (ORIGIN.test(lead)) {
      score = 0; // "flights from Iran": an origin or destination, not the scene.
    } else {
      score = 3;
    }
    if (score === 0) continue;
    // "Nikopol was shelled": the passive subject is the scene.
    const gap = m.end <= trigger.start ? text.slice(m.end, trigger.start) : '';
    // "In Kharkiv Oblast, a man was killed in Russian strikes": a sentence-opening place frames it all.
    const frame = /^\s*(?:In|At|Near|Outside|Across|Inside)\s+(?:the\s+)?$/.test(text.slice(sentence.start, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3));
    if (how === 'demonym') {
      // A nationality is a last resort whatever its position ("35,000 Palestinians have been killed").
    } else if (frame) {
      score = 8;
      how = 'governed';
    } else if (PASSIVE.test(gap)) {
      score = 8;
      how = 'governed';
    } else if (m.end <= trigger.start && OTHER_CLAUSE.test(gap)) {
      // A finite verb between a place and a later trigger puts them in different clauses.
      score = Math.min(score, 1);
    }
    // Nearer the trigger is better, after it better than before; a more precise place wins a tie.
    const distance = m.start >= trigger.end ? m.start - trigger.end : (trigger.start - m.end) * 1.5;
    score -= Math.min(distance, 300) / 150;
    score += precisionBonus(m);
    if (how === 'demonym') {
      if (m.place?.name !== attacker && (!demonym || score > demonym.score)) demonym = { m, score };
      continue;
    }
    if (score < 1.5) continue;
    if (!best || score > best.score) best = { m, score, how };
  }
  if (best) return { mention: best.m, how: best.how };
  // "targets in the country", "bases there": the last place named before the words.
  const re = new RegExp(ANAPHORA.source, 'gi');
  re.lastIndex = 0;
  for (const a of text.slice(sentence.start, sentence.end).matchAll(re)) {
    const at = sentence.start + a.index;
    const wantCountry = a[1] === 'country';
    const prior = mentions.filter((m) => m.end <= at && m.role === 'literal' && m.place && (!wantCountry || m.place.precision === 'country'));
    const last = prior[prior.length - 1];
    if (last) return { mention: last, how: 'anaphora' };
  }
  return demonym ? { mention: demonym.m, how: 'demonym' } : null;
}

function precisionBonus(m: Mention): number {
  switch (m.place?.precision) {
    case 'point': return 0.6;
    case 'city': return 0.5;
    case 'region': return 0.3;
    default: return 0;
  }
}

// Mentions coordinated with the first ("A, B and C"), of the same precision, in the same sentence.
export function listedAfter(text: string, sentence: Span, first: Span, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let end = first.end;
  const firstMention = mentions.find((m) => m.start === first.start);
  for (const m of mentions) {
    if (m.start < end || m.end > sentence.end) continue;
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(end, m.start))) break;
    if (m.role !== 'literal' || !m.place || m.place.precision !== firstMention?.place?.precision) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

// How long an earlier event's place may be carried over to a placeless mention, in paragraphs.
const CARRY_PARAGRAPHS = 3;

/** The latest draft (scanning back no further than `paragraphs` paragraphs) that passes `ok`. */
function latestDraft(drafts: readonly Draft[], paragraph: number, paragraphs: number, ok: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (paragraph - d.paragraph > paragraphs) return undefined;
    if (ok(d)) return d;
  }
  return undefined;
}

/** An incident with the actors the actor stage read for it. */
export interface ActedIncident extends Incident {
  actors: Actors;
}

/**
 * The place stage: each incident becomes a draft at the place its words govern, else one the story
 * already named (a re-mention carries the last such event's place), else the target's nationality;
 * a list of places after the locative ("in Lviv, Kharkiv and Odesa") is one incident per place.
 * `earlier` are the drafts of the sentences before.
 */
export function placeIncidents(text: string, frame: SentenceFrame, incidents: readonly ActedIncident[], earlier: readonly Draft[]): Draft[] {
  const { sentence } = frame;
  const fresh: Draft[] = [];
  for (const incident of incidents) {
    const draft = placeDraft(text, frame, incident, earlier);
    // "A strike killed five" with nothing else said introduces an incident; it does not retell one.
    if (frame.section === 'body' && !draft.date && (draft.placeHow === 'none' || draft.placeHow === 'carried')
      && /\b(?:an?)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, incident.hit.start - 20), incident.hit.start))) draft.distinct = true;
    fresh.push(draft);
    // "hitting facilities in Lviv, Kharkiv and Odesa": one incident per place listed (ACLED codes each
    // location); the counts stay with the first, since the text gives only their total.
    if (draft.placeSpan && draft.placeHow === 'governed' && !draft.generic) {
      for (const m of listedAfter(text, sentence, draft.placeSpan, frame.near)) {
        fresh.push({ ...draft, actors: { ...draft.actors }, place: m.place, placeSpan: span(text, m), distinct: true });
      }
    }
  }
  return fresh;
}

function placeDraft(text: string, frame: SentenceFrame, incident: ActedIncident, drafts: readonly Draft[]): Draft {
  const draft = sceneDraft(text, frame, incident, drafts);
  const { sentence, section, paragraph } = frame;
  const { hit, type } = incident;
  // "a string of bombings killed 43 in Khalis" is one event there; "continued to pound the province" a tally.
  if (incident.mode.cluster && !(draft.placeHow === 'governed' && (draft.place?.precision === 'city' || draft.place?.precision === 'point'))) {
    draft.generic = true;
    draft.modeReason = 'several incidents over an area wider than a town';
  }
  // "Mogadishu has welcomed the strikes", "relatives of people killed in strikes" after a tally of
  // strikes: with no day or place of its own (and not "a strike", which introduces one), the mention
  // points back to the campaign, not to an incident.
  if (!draft.generic && !draft.date && draft.placeHow !== 'governed' && draft.placeHow !== 'anaphora'
    && !/\b(?:an?|one)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start))) {
    const antecedent = latestDraft(drafts, paragraph, CARRY_PARAGRAPHS, (d) => d.type === type && d.section === section);
    if (antecedent?.generic) {
      draft.generic = true;
      draft.modeReason = 'points back to a campaign or a tally, not to one incident';
    }
  }
  return draft;
}

function sceneDraft(text: string, frame: SentenceFrame, incident: ActedIncident, drafts: readonly Draft[]): Draft {
  const { sentence, section, paragraph, usable } = frame;
  const { hit, type, actors } = incident;
  const draft: Draft = {
    type,
    trigger: span(text, hit),
    excerpt: span(text, sentence),
    date: incident.date?.date ?? null,
    reportDate: incident.date?.report ?? false,
    place: null,
    placeHow: 'none',
    actors,
    fatalities: null,
    injured: null,
    generic: incident.mode.generic,
    summary: incident.mode.summary,
    ...(incident.mode.generic && incident.mode.rejected ? { modeReason: incident.mode.rejected } : {}),
    distinct: incident.mode.distinct,
    anaphoric: ANAPHORIC.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start)),
    inferredType: incident.inferred,
    section,
    paragraph,
  };
  const choice = placeFor(text, sentence, hit, usable, type === 'withdrawal', actors.attacker);
  if (choice && choice.how !== 'demonym') {
    draft.place = choice.mention.place;
    draft.placeHow = choice.how;
    draft.placeSpan = span(text, choice.mention);
    return draft;
  }
  // "KYIV (Reuters) - Explosions rocked the capital": the dateline city is not the scene because the
  // reporter sat there, but "the capital" / "the city" can name it; the words that do are the span.
  const here = /\b(?:in|on|over|across|near|outside|around|inside|hit|struck|rocked|targeted|shook)\s+(the\s+(capital|city))\b/i.exec(text.slice(sentence.start, sentence.end));
  const dateline = here && frame.near.find((m) => m.role === 'dateline' && m.place
    && (here[2]!.toLowerCase() === 'capital' ? m.place.featureCode === 'PPLC' : m.place.precision === 'city'));
  if (here && dateline && !choice) {
    const at = sentence.start + here.index + here[0].indexOf(here[1]!);
    draft.place = dateline.place;
    draft.placeHow = 'anaphora';
    draft.placeSpan = span(text, { start: at, end: at + here[1]!.length });
    return draft;
  }
  // A placeless re-mention ("the latest raids killed 14") happened where the story's last such event did.
  let prior = section === 'headline' ? undefined
    : latestDraft(drafts, paragraph, CARRY_PARAGRAPHS, (d) => d.type === type && !!d.place && d.section === section);
  if (prior) {
    draft.place = prior.place;
    draft.placeHow = 'carried';
    // The same campaign's attacker comes with it unless this sentence names another.
    if (!draft.actors.attacker && prior.actors.attacker) draft.actors.attacker = prior.actors.attacker;
  } else if (!choice && !usable.some((m) => m.role === 'literal' && m.start >= sentence.start && m.end <= sentence.end)
    && (prior = latestDraft(drafts, paragraph, 1, (d) => !!d.place && d.section === section && section === 'body' && !d.generic))) {
    // Nothing named at all: the scene is the one just described ("Armed clashes lasted several hours").
    draft.place = prior.place;
    draft.placeHow = 'carried';
  } else if (choice) {
    // Last resort: the target's nationality ("strikes on Iranian positions") at country precision.
    draft.place = choice.mention.place;
    draft.placeHow = 'demonym';
    draft.placeSpan = span(text, choice.mention);
  }
  return draft;
}
