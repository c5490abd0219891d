// Whether a trigger reports something that happened: negated, hypothetical, future and threatened
// events are not events; habitual or aggregate statements ("ongoing strikes", "has also targeted")
// are kept as undated, low-confidence events and never merged into a dated one.
import type { DatedHit } from './event-date.ts';
import type { SentenceFrame } from './frame.ts';

export interface Modality {
  /** Not an event at all: negated, future, conditional, threatened, denied. */
  rejected: string | null;
  /** A campaign, a habit or a count rather than one incident. */
  generic: boolean;
  /** "also", "another", "a second": a different incident from the one before. */
  distinct: boolean;
}

// The clause leading up to the trigger: from the last clause break before it.
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf('“'), head.lastIndexOf('"'));
  return head.slice(cut + 1);
}

const NEGATION = /\b(?:not|no|never|n’t|n't|neither|nor|without|denied|denies|deny|denying)\s+(?:\w+\s+){0,2}$/i;
const MODAL = /\b(?:will|would|shall|could|might|should|must|going to|plans? to|planning to|planned to|threaten(?:s|ed|ing)? to|vow(?:s|ed)? to|prepar(?:e|es|ed|ing) to|intends? to|ready to|seeks? to|wants? to|aims? to|set to|about to|able to|tries to|tried to|calls? for|called for|warn(?:s|ed)? (?:of|that)|if|unless|whether|in case|would-be|possible|potential|prevent(?:ed|ing)?|avert(?:ed|ing)?|to avoid)\b/i;
// "may" only in lower case: "in May" is a month.
const MAY = /\bmay\b/;
// Possessives are left out: "would continue their attacks" speaks of attacks to come.
const PRESUPPOSED = /\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s|yesterday[’']s|last|latest|recent|previous|earlier)\s+(?:[\w’'-]+\s+){0,2}$/i;
const ACTOR_HEAD = /\b(?:regime|government|army|forces|military|troops|jets|warplanes|militants|rebels|fighters|group|state|country|navy|police|soldiers|coalition|enemy|side)\b/i;
const CONDITIONAL = /\b(?:if|unless|whether|in case|should (?:\w+\s+){0,3}(?:decide|choose))\b/i;
const AGGREGATE = /\b(?:across (?:the (?:country|region|oblast|province|territory|enclave)|(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)|nationwide|countrywide|over (?:the )?(?:past|last) (?:day|24 hours|week|month|few days)|in (?:the )?(?:past|last) (?:24 hours|day|week|month)|so far this (?:year|month|week)|since the (?:start|beginning) of)\b/;
const GENERIC = /\b(?:ongoing|continu(?:e|es|ed|ing) to|continuing|repeated(?:ly)?|regularly|routinely|frequent(?:ly)?|often|campaign of|series of|wave of|spate of|spike in|rise in|increase in|surge in|hundreds of|dozens of|thousands of|numerous|countless|years of|months of|for (?:years|months|decades)|since the start|since the (?:war|conflict|fighting|invasion|offensive|uprising|revolution) (?:began|started|erupted)|every (?:day|night|week))\b/i;
const PERFECT_ALSO = /\b(?:has|have)\s+(?:also\s+|repeatedly\s+|long\s+|previously\s+)?(?:(?:carried out|conducted|launched|staged)\s+(?:\w+\s+){0,2})?$/i;
const DISTINCT = /\b(?:also|another|a second|a third|a separate|separately|other|earlier|previous)\b/i;

export function modalityOf(sentence: string, triggerStart: number, triggerEnd: number, hasDate: boolean): Modality {
  const clause = clauseBefore(sentence, triggerStart);
  const tail = clause.slice(-60);
  let rejected: string | null = null;
  // "would investigate the strike", "did not claim Monday's attack": a definite noun names an incident
  // that happened; the negation or the modal is about something else.
  const det = PRESUPPOSED.exec(clause.slice(-40));
  // ... but "if the regime strikes" is a condition, and "the regime" is who would strike, not an incident.
  const presupposed = det !== null && !ACTOR_HEAD.test(det[0]) && !CONDITIONAL.test(tail);
  if (presupposed) rejected = null;
  else if (CONDITIONAL.test(tail)) rejected = 'conditional';
  else if (NEGATION.test(clause.slice(-30))) rejected = 'negated';
  else if (MODAL.test(tail) || MAY.test(tail)) rejected = 'hypothetical or future';
  else if (/\b(?:threat|risk|danger|fear)s?\s+(?:of|that)\b/i.test(tail)) rejected = 'a threat, not an event';
  // "An Israeli strike on Iran's nuclear sites would set back ...": an indefinite subject of a modal.
  else if (/\b(?:a|an|any|such)\s+(?:[\w’'-]+\s+){0,2}$/i.test(clause.slice(-30))
    && /^[^,.;]{0,60}?\b(?:would|could|might|may|will)\s+(?:\w+\s+)?(?:be|set|cause|lead|trigger|spark|risk|draw|provoke|plunge|result|mean|have|damage|destroy|require|need)\b/i.test(sentence.slice(triggerEnd))) rejected = 'hypothetical';
  // "the deadliest attack since October": a comparison that points at another incident.
  if (!rejected && /\b(?:\w+est|most \w+|first|worst)\s+(?:\w+\s+){0,2}$/i.test(clause.slice(-40)) && /^\S*\s+(?:\S+\s+){0,6}?since\b/i.test(sentence.slice(triggerEnd))) rejected = 'a comparison';
  const near = sentence.slice(Math.max(0, triggerStart - 50), Math.min(sentence.length, triggerEnd + 20));
  const genericWords = GENERIC.test(near);
  const perfect = PERFECT_ALSO.test(clause) && !hasDate;
  // "Russian attacks over the past day killed three across Ukraine": a tally, dated or not.
  const aggregate = AGGREGATE.test(sentence);
  return {
    rejected,
    generic: aggregate || (!hasDate && (genericWords || perfect)),
    distinct: DISTINCT.test(sentence.slice(Math.max(0, triggerStart - 30), triggerStart)),
  };
}

/** A trigger with its date and how the sentence tells it. */
export interface ModedHit extends DatedHit {
  mode: Modality;
}

/** The mode stage: what the sentence asserts happened, and what it only negates, plans or imagines. */
export function modeStage(text: string, frame: SentenceFrame, hits: readonly DatedHit[]): { asserted: ModedHit[]; rejected: ModedHit[] } {
  const sentence = text.slice(frame.sentence.start, frame.sentence.end);
  const asserted: ModedHit[] = [];
  const rejected: ModedHit[] = [];
  for (const h of hits) {
    // Whether the event has its own date decides a habit from an incident ("has struck" vs "struck on
    // Monday"); a negation or a modal is read the same either way.
    const mode = modalityOf(sentence, h.hit.start - frame.sentence.start, h.hit.end - frame.sentence.start, h.date !== null && !h.date.report);
    (mode.rejected ? rejected : asserted).push({ ...h, mode });
  }
  return { asserted, rejected };
}
