// How a sentence tells its trigger, in the manner of PLOVER's modes: asserted (it happened),
// historical or aggregate (a campaign, a habit, a tally: "hundreds of strikes since 2017"), future or
// threatened, hypothetical or conditional, negated. Only asserted incidents become events; the others
// are kept as statements, with a one-line reason, so a reader can see why a sentence was not mapped.
// An earlier incident told with its own day or place ("the Taliban captured Kunduz in 2015") is asserted.
import type { EventMode } from '../types.ts';
import type { DateChoice, DatedHit } from './event-date.ts';
import type { SentenceFrame } from './frame.ts';

export interface Modality {
  mode: EventMode;
  /** Why the trigger is not an asserted incident (null when it is). */
  rejected: string | null;
  /** A campaign, a habit or a tally rather than one incident (mode 'historical'). */
  generic: boolean;
  /** "a string of bombings", "continue to pound": a cluster, one event only at a named town or spot. */
  cluster: boolean;
  /** A day's tally across a country or region ("strikes across the region killed 11 on Sunday"): an
   * event only when the story tells none of the incidents it sums up. */
  summary: boolean;
  /** "also", "another", "a second", "Separately, ...": a different incident from the one before. */
  distinct: boolean;
  /** ... told so by words at the trigger ("another strike", "fighting also erupted"), not only by the
   * sentence's opening: another incident than the sentence's others too. */
  distinctHere: boolean;
}

/** What the date stage found for the trigger, as far as the mode is concerned. */
export interface OwnDate {
  /** The trigger has a date of its own (not only the report's). */
  dated: boolean;
  /** ... and it is a day (or part of one). */
  day: boolean;
  /** ... or only a year. */
  wide?: boolean;
}

export function ownDate(choice: DateChoice | null): OwnDate {
  const dated = choice !== null && !choice.report;
  return { dated, day: dated && (choice.date.precision === 'day' || choice.date.precision === 'part-of-day'), wide: dated && choice.date.precision === 'year' };
}

// The clause leading up to the trigger: from the last clause break before it.
// (Read within 300 characters either side: a 20,000-character "sentence" with thousands of triggers
// stays linear.)
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(Math.max(0, at - 300), at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf('“'), head.lastIndexOf('"'));
  return head.slice(cut + 1);
}

// The clause after the trigger, up to the next clause break.
function clauseAfter(sentence: string, at: number): string {
  const tail = sentence.slice(at, at + 300);
  const cut = /[;:—“"]|,\s+(?:but|while|and|as|although|though|which|who|according|said|says)\b/.exec(tail);
  return cut ? tail.slice(0, cut.index) : tail;
}

const NEGATION = /\b(?:not|no|never|n’t|n't|neither|nor|without|denied|denies|deny|denying)\s+(?:\w+\s+){0,2}$/i;
// "none of its aircraft had carried out strikes", "none of the tanks were struck".
const NONE = /\bnone\b(?:\s+of)?[^,;.]{0,60}$/i;
// "denied a claim that recent strikes had killed farmers": the incident is the denied claim.
const DENIED_CLAIM = /\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:a|the|an|any)?\s*(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?)\b[^.;]*$/i;
// "denied it had intensified its bombardment", "denies that its forces shelled": the act itself denied,
// a few words on, in the same clause.
const DENIED_ACT = /\b(?:denied|denies|deny|denying)(?:\s+that)?(?:\s+[\w’'-]+){0,5}\s+$/i;
const FUTURE = /\b(?:warn(?:s|ed|ing)? (?:of|that)|shall|going to|plans?(?: to)?|poised to|permission (?:from (?:[\w’'.-]+ ){1,4})?to|in (?:a )?position to|within range to|authori[sz](?:ed|ation) to|green light to|planning(?: to)?|planned|plotting|plots? to|plot(?:ted)? to|threaten(?:s|ed|ing)? to|vow(?:s|ed|ing)? to|pledg(?:e|es|ed|ing) to|prepar(?:e|es|ed|ing) to|preparing (?:an?|the|for (?:an?|the) (?:\w+ )?(?:attack|assault|offensive|strike|invasion|operation|push))\b|preparing for (?:an?|the)(?: [\w-]+)?(?= *$)|intends? to|intended to|ready to|seeks? to|sought to|wants? to|aims? to|set to|about to|tries to|tried to|attempt(?:s|ed)? to|would-be|foil(?:ed|s)?|thwart(?:ed|s)?|prevent(?:ed|ing)?|avert(?:ed|ing)?|to avoid|halt to|an end to|stop (?:the|its|their)|warn(?:s|ed|ing)? (?:[\w,]+ ){0,4}against|agree(?:s|d)? to|calls? for|called for|urged?|(?:calls?|called|calling) (?:on|upon) (?:[\w’'.-]+ ){1,4}to|(?:asks?|asked|asking|press(?:es|ed|ing)?|urging) (?:[\w’'.-]+ ){1,4}to|demand(?:s|ed)?|proposal for|proposed|once|until|before any)\b/i;
// "agreed to stop attacking", "not committed to ending kidnappings": an end sought, not an incident.
const END_OF = /\b(?:stop|stopped|stopping|halt|halted|halting|cease|ceased|ceasing|end|ending|ended|suspend|suspended|suspending|renounc(?:e|ed|ing)|abandon(?:ed|ing)?|give up|giving up)\s+(?:(?:the|its|their|all|further)\s+)?(?:[\w-]+\s+)?$/i;
// "the anniversary of the killing of ...": a past event remembered, not told.
const REMEMBERED = /\b(?:anniversar(?:y|ies)|commemorat\w+|memorial|remembrance|mark(?:s|ed|ing)? \w+ years? since)\b[^.;]{0,30}$/i;
// "guarantees that the fighting would end": the trigger is the subject of its own end or return.
const ENDS = /^\s+(?:(?:in|near|at|on|around|over|across)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:would|will|could|might|to|must|should)\s+(?:\w+\s+)?(?:end|stop|cease|resume|halt|escalate|spread|continue)\b/i;
const HYPOTHETICAL = /\b(?:would|could|might|should|must|able to|if|unless|whether|in case|possible|potential|likely|risk of|fears? of|feared)\b/i;
// "will" only in lower case or a shouted headline, and before a verb: "Will was shot" names a man.
const WILL = /\b(?:will|WILL)\b(?!\s+(?:was|were|is|are|has|had|said|says|told)\b)/;
// "as residents were preparing for prayers, killing 39": a clause of background before the trigger
// (when, while or as something was going on) tells no mode of the trigger's.
const BACKGROUND = /\b(?:as|while|when)\s+(?:[\w’'-]+\s+){1,4}(?:was|were|had been)\s+[^,;]*,(?=[^,;]*$)/i;
// "may" only in lower case: "in May" is a month.
const MAY = /\bmay\b/;
// Possessives are left out: "would continue their attacks" speaks of attacks to come.
const PRESUPPOSED = /\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s|yesterday[’']s|last|latest|recent|previous|earlier)\s+(?:[\w’'-]+\s+){0,2}$/i;
const ACTOR_HEAD = /\b(?:regime|government|army|forces|military|troops|jets|warplanes|militants|rebels|fighters|group|state|country|navy|police|soldiers|coalition|enemy|side)\b/i;
const CONDITIONAL = /\b(?:if|unless|whether|in case|should (?:\w+\s+){0,3}(?:decide|choose))\b/i;

// Aggregate and habitual statements: a tally of many incidents, a campaign, a habit.
// Across a whole country or region: a summary of several incidents.
const ACROSS = /\b(?:across (?:the (?:country|region|oblast|province|territory|enclave|state|north|south|east|west)|(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:region|province|state|oblast))?)|across (?:southern|northern|eastern|western|central|south|north|east|west) [A-Z][a-z]+|nationwide|countrywide|(?:in|on|across) (?:several|many|multiple|\w+ different) (?:towns|villages|cities|districts|regions|provinces|areas|locations)|(?:on|in|across|against) (?:(?:frontline|front-line|border|nearby|residential) )?(?:towns|villages|cities|settlements|communities),? and (?:towns|villages|cities|settlements|communities))\b/;
// "carried out air strikes in Iraq and Syria on Friday against more than 85 targets": a day's strikes
// counted by their targets sum up the sites the story may tell one by one.
const TARGETS_COUNTED = /\b(?:more than|over|some|about|nearly|almost|at least|around)\s+\d{2,}[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:targets|sites|positions)\b/i;
// Several named regions at once ("in Zamfara and Sokoto states"): a day's incidents there are told as one.
const SEVERAL_REGIONS = /\bin (?:the )?[A-Z][a-z]+(?:(?:,| and|, and) [A-Z][a-z]+)+ (?:states|provinces|regions|oblasts|governorates)\b/;
// Over a week or more, so far, for years: a tally.
const AGGREGATE_SCOPE = /\b(?:[Ii]n all|[Ii]n total|[Aa]ltogether|(?:[Oo]ver|[Ii]n) the (?:past|last) (?:three|four|five|six|seven|eight|nine|ten|\d{2}) days|over (?:the )?(?:past|last) (?:week|month|year|few (?:weeks|months|years)|\d+ (?:weeks|months|years)|decade)|in (?:the )?(?:past|last) (?:week|month|year|few (?:weeks|months|years)|\d+ (?:weeks|months|years)|decade)|so far this (?:year|month|week)|since the (?:start|beginning) of|in the first (?:\w+ )?(?:months|weeks) of|for (?:years|months|decades|weeks)|for (?:more than|over|nearly|almost) (?:a|an|\w+) (?:years?|months?|decades?|weeks?))\b/;
// A period that makes a plural trigger a tally ("airstrikes this year"), but not a singular one
// ("a bombing last month", an earlier incident told with its month).
const PERIOD = /\b(?:(?:this|last) (?:year|month)|in recent (?:days|weeks|months|years)|in (?:January|February|March|April|May|June|July|August|September|October|November|December) alone|between (?:late |early |mid-)?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b[^.;]{0,20}\band\b)/;
// "recent strikes", "repeated attacks": several incidents of the past.
const RECENT = /\b(?:recent|previous|past|earlier|repeated|frequent|regular|periodic|sporadic|occasional|such)\s+(?:[\w-]+\s+)?$/i;
// "clashes broke out", "gunfire erupted": a noun subject and a verb of outbreak.
const OUTBREAK = /^\s+(?:(?:between|involving|among)\s+[^,;.]{1,60}?\s+)?(?:also\s+|again\s+)?(?:broke out|erupted|flared(?: up)?|raged|took place|were reported|was reported|occurred)\b/i;
// "the rules for strikes", "casualties from air strikes": a bare plural after a preposition names a kind, not an incident.
const KIND = /\b(?:for|from|against|about|over)\s+(?:[a-z-]+\s+)?$/;
// Blows counted in one attack, not a habit: "shot him three times", "stabbed several times".
const BLOWS = /\b(?:shot|stabbed|beaten|kicked|punched)\s+(?:(?!at\b(?!\s+(?:least|most)\b))[\w’'-]+\s+){0,2}?(?:twice|several times|many times|multiple times|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)\b/gi;
// "A strike happens, there is a press release": a habit in the present.
const HABITUAL_PRESENT = /^\s+(?:happens|occurs|takes place|comes)\b/i;
// "attacked more than 100 merchant vessels": a tally of targets.
const MANY_TARGETS = /^\s+(?:more than|over|nearly|almost|at least|some)\s+\d{2,}[\d,]*\s+(?:[\w-]+\s+){0,2}(?:vessels|ships|villages|towns|targets|sites|positions|settlements|homes|houses|schools|hospitals)\b/i;
// "since 2017", "since mid-April", "since October 7", "since the war began", "since launching".
// (Not the adverb before a claim or a word on one incident: "Al-Shabaab has since claimed the attack".)
const SINCE = /\bsince\s+(?!(?:then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|dawn|morning|midnight|noon|claimed|confirmed|denied|acknowledged|admitted|announced|identified|named|said|blamed)\b)/i;
// "since an Israeli strike on ...", "since a drone attack": one incident named as a starting point.
const SINCE_INCIDENT = /\bsince\s+an?\s+(?:[\w-]+\s+){0,3}$/i;
/** The trigger is the one incident a "since" counts from: "since an Israeli strike ...", "since gunmen attacked ...". */
function countedFrom(before: string, trigger: string): boolean {
  return (!/s$/i.test(trigger) && SINCE_INCIDENT.test(before))
    || (/^(?:attacked|struck|stormed|bombed|shelled|raided|ambushed|killed|massacred)$/i.test(trigger) && SINCE_CLAUSE.test(before));
}
const SINCE_CLAUSE = /\bsince\s+(?!(?:the|then|early|late|last|mid)\b)(?:[\p{L}’'-]+\s+){1,4}$/iu;
const HABIT = /\b(?:repeated(?:ly)?|regularly|routinely|rarely|seldom|frequent(?:ly)?|often|periodically|again and again|several times|many times|(?:two|three|four|five|\d+) times|campaign of|pattern of|spike in|rise in|increase in|surge in|tally of|years of|months of|every (?:day|night|week)|daily|nightly|weekly|almost every day|day after day|night after night)\b/i;
// Many incidents named before the trigger ("hundreds of strikes", "numerous attacks"); after it, the
// same words count victims ("killed dozens of people"), which says nothing of how many incidents.
const QUANTITY = /\b(?:hundreds of|dozens of|thousands of|scores of|numerous|countless|ongoing)\s+(?:[\w-]+\s+){0,2}$/i;
// A cluster ("a string of bombings", "continue to launch attacks"): one event at a named town or spot,
// a tally anywhere wider (decided once the place is known).
export const CLUSTER = /\b(?:series of|wave of|spate of|string of|flurry of|continu(?:e|es|ed|ing) to|continuing)\b/i;
// A number of incidents ("more than 40 airstrikes", "19 violent incidents", "dozens of strikes").
const MANY = /\b(?:more than|over|nearly|almost|at least|some)\s+\d[\d,]*\s+(?:(?!(?:in|on|at|by|from|of|killed|dead|died|injured|wounded|hurt|were|was|have|had|people|civilians|persons|soldiers|fighters)\b)[\w-]+\s+){0,2}$/i;
// "have been killed", "has killed", "had carried out": the perfect of a tally.
// "has carried out strikes", "have launched attacks": the perfect of a plural event noun is a tally.
const PERFECT = /\b(?:has|have|had)\s+(?:also\s+|repeatedly\s+|long\s+|previously\s+|since\s+)?(?:been\s+)?(?:(?:carried out|conducted|launched|staged|recorded|documented|hit|struck|targeted|attacked)\s+(?:\w+\s+){0,3})?$/i;
// "Israel has also targeted", "have also killed": the perfect with "also" tells of more of the same.
const PERFECT_ALSO = /\b(?:has|have|had)\s+(?:also|long|previously)\s+(?:been\s+)?$/i;
// A war-wide toll: a count of thousands, or a war, conflict or campaign doing the killing.
const WAR_TOLL = /\b(?:killed|killing|died|dead)\b[^.;]{0,40}?\b\d{1,3}(?:,\d{3})+|\b\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}?(?:have|has|had)\s+(?:been\s+)?(?:killed|died)\b|\b(?:tens of thousands|hundreds of thousands|thousands of people|thousands of civilians)\b|\b(?:killed|killing|kill)\s+(?:tens of\s+|hundreds of\s+)?thousands\b|\b(?:war|conflict|insurgency|offensive|campaign|violence|fighting|clashes|uprising|invasion|occupation)\s+(?:\w+\s+){0,3}(?:has|have|had)\s+(?:\w+\s+)?(?:killed|left)\b/i;
// "caused nearly half of all casualties", "a leading cause of harm": a statistic over many incidents.
const STATISTIC = /\b(?:half|a third|a quarter|two thirds|three quarters|most|the majority|a share|the share|a proportion|\d+ (?:percent|per cent)|\d+%)\s+of\s+(?:all\s+)?(?:the\s+)?(?:civilian\s+)?(?:casualties|deaths|victims|fatalities|injuries)\b|\bleading cause of\b/i;
// "after days of shelling", "weeks of heavy fighting": many incidents over a stretch of time, whatever
// the day said for the sentence ("hours of fighting" can be one clash, and stays).
const STRETCH_OF = /\b(?:days|weeks|nights|months|years)\s+of\s+(?:(?:heavy|intense|fierce|relentless|constant|continuous|sporadic|renewed|non-stop|deadly|near-daily|daily|nightly)\s+)*$/i;
// "..., the latest in a series of drone attacks on police": the series, not the incident just told.
const LATEST_OF = /\b(?:the\s+)?latest\s+(?:in|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:series|string|spate|wave|run|campaign)\s+of\s+(?:[\w-]+\s+){0,2}$/i;
// "Separately, the military said it targeted ...", "Elsewhere, ...": the sentence opens on another incident.
const OPENS_ANOTHER = /^\s*(?:Separately|Elsewhere|In (?:a |another )?separate (?:incident|attack|strike)|In another (?:incident|attack|strike))\b/i;
// An adjective of continuation before a plural event noun: "the group's continued attacks", "ongoing
// strikes", "amid repeated raids" (not the verb: "the army continued attacks on Homs on Monday").
const CAMPAIGN = /(?:^|\b(?:the|its|their|his|her|our|this|these|[\w’'-]+[’']s|of|in|amid|despite|after|against|by|with|to|over|and)\s+|^\s*)(?:continued|continuing|ongoing|repeated|persistent|sustained|relentless|incessant|near-daily|daily|nightly|constant)\s+(?:[\w-]+\s+){0,2}$/i;
const NOUN_SUBJECT = /^(?:fighting|clashes|shelling|explosions?|blasts?|(?:air ?)?strikes?|airstrikes?|attacks?|raids?|gunfire|artillery)$/i;
const DISTINCT = /\b(?:also|another|a second|a third|a separate|separately|other|earlier|previous)\b/i;

// "a powerful, if symbolic, blow", "dozens, if not hundreds, of": an "if" that grants a word between
// commas is no condition on what follows.
const CONCESSIVE = /,\s*if\s+(?:not\s+)?[\w-]+(?:\s+[\w-]+)?\s*,/gi;

const future = (words: string) => FUTURE.test(words) || WILL.test(words);

/** The reading of one trigger in its sentence (offsets into `sentence`). */
export function modalityOf(sentence: string, triggerStart: number, triggerEnd: number, own: OwnDate | boolean): Modality {
  const date: OwnDate = typeof own === 'boolean' ? { dated: own, day: own } : own;
  const clause = clauseBefore(sentence, triggerStart).replace(CONCESSIVE, ',');
  const after = clauseAfter(sentence, triggerEnd);
  const tail = clause.slice(-60);
  // The 25 characters before the trigger, across a clause break, with a concessive "if" taken out.
  const near = sentence.slice(Math.max(0, triggerStart - 60), triggerStart).replace(CONCESSIVE, ',').slice(-25);
  // The clause without a clause of background before the trigger.
  const fore = tail.replace(BACKGROUND, ' ');
  let mode: EventMode = 'asserted';
  let rejected: string | null = null;
  // "would investigate the strike", "did not claim Monday's attack": a definite noun names an incident
  // that happened; the negation or the modal is about something else.
  const det = PRESUPPOSED.exec(clause.slice(-40));
  // ... but "if the regime strikes" is a condition, and "the regime" is who would strike, not an incident.
  // (A determiner before an auxiliary is another noun's: "recent strikes had killed".)
  const presupposed = det !== null && !ACTOR_HEAD.test(det[0]) && !CONDITIONAL.test(tail) && !/\b(?:had|has|have|was|were|is|are|been|did|do|does|would|will|could)\s+(?:\w+\s+)?$/i.test(det[0]);
  if (presupposed) rejected = null;
  else if (CONDITIONAL.test(tail)) [mode, rejected] = ['hypothetical', 'a condition ("if", "unless")'];
  else if (NEGATION.test(clause.slice(-30)) || NONE.test(clause) || DENIED_CLAIM.test(clause) || DENIED_ACT.test(clause.slice(-70))) [mode, rejected] = ['negated', 'negated or denied'];
  else if (END_OF.test(clause.slice(-40))) [mode, rejected] = ['future', 'an end sought, not an incident'];
  else if (future(fore) || future(fore !== tail ? fore.slice(-25) : near)) [mode, rejected] = ['future', 'planned, threatened or to come'];
  else if (HYPOTHETICAL.test(tail) || MAY.test(tail) || HYPOTHETICAL.test(near)) [mode, rejected] = ['hypothetical', 'possible or hypothetical'];
  else if (/\b(?:threat|risk|danger|fear)s?\s+(?:of|that)\b/i.test(tail)) [mode, rejected] = ['future', 'a threat, not an event'];
  // "An Israeli strike on Iran's nuclear sites would set back ...": an indefinite subject of a modal.
  else if (/\b(?:a|an|any|such)\s+(?:[\w’'-]+\s+){0,2}$/i.test(clause.slice(-30))
    && /^[^,.;]{0,60}?\b(?:would|could|might|may|will)\s+(?:\w+\s+)?(?:be|set|cause|lead|trigger|spark|risk|draw|provoke|plunge|result|mean|have|damage|destroy|require|need)\b/i.test(sentence.slice(triggerEnd))) [mode, rejected] = ['hypothetical', 'the subject of a modal'];
  // "the deadliest attack since October": a comparison with other incidents, not a report of one.
  if (!rejected && /\b(?:\w+est|most \w+|first|worst)\s+(?:\w+\s+){0,2}$/i.test(clause.slice(-40)) && /^\S*\s+(?:\S+\s+){0,6}?since\b/i.test(sentence.slice(triggerEnd))) [mode, rejected] = ['historical', 'a comparison with other incidents'];
  // ... and "It was the deadliest attack on security forces in Cauca this year": the incident told, ranked.
  if (!rejected && /\b(?:it|this|that)\s+(?:was|is|marked)\s+(?:the\s+)?(?:\w+est|most \w+|worst)\s+(?:\w+\s+){0,2}$/i.test(clause.slice(-50))
    && /^\S*\s+(?:\S+\s+){0,8}?(?:this (?:year|month|week)|in (?:years|months|decades|a decade)|so far|on record|to date)\b/i.test(sentence.slice(triggerEnd))) [mode, rejected] = ['historical', 'a comparison with other incidents'];
  // "It was the second attack on the academy this year": a count of incidents, the one told among them.
  if (!rejected && /\b(?:it|this|that)\s+(?:was|is)\s+the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$/i.test(clause.slice(-50))) [mode, rejected] = ['historical', 'a comparison with other incidents'];
  // "Jordan initially said the attack had taken place in Syria, but later acknowledged it hit Tower 22":
  // a report its own sentence says was corrected places nothing.
  if (!rejected && /\b(?:initially|first|originally|at first)\s+(?:said|reported|claimed|announced|stated|suggested)\b/i.test(clause.slice(-120))
    && /\bbut\s+(?:(?:it|they|he|she|officials|the \w+)\s+)?(?:later|then|subsequently|since|has since|had since)\b/i.test(sentence.slice(triggerEnd))) [mode, rejected] = ['negated', 'a report its own sentence says was corrected'];
  // "The government, backed by U.S. airstrikes, launched ...", "troops, with the support of air strikes,
  // stormed ...": a support named in passing is part of the action it backs, not an incident of its own.
  if (!rejected && !/ed$/i.test(sentence.slice(triggerStart, triggerEnd)) && SUPPORT.test(clause.slice(-70))) [mode, rejected] = ['historical', 'a support named in passing, part of the action it backs'];
  // "launched an offensive against al-Shabaab last year": an offensive dated only to its year is a campaign.
  if (!rejected && date.wide && /^(?:offensives?|ground operations?|campaigns?|counter-?offensives?)$/i.test(sentence.slice(triggerStart, triggerEnd))) [mode, rejected] = ['historical', 'a campaign dated only to its year'];
  // "the anniversary of the killing of ...", whatever the determiner: remembered, not told.
  if (!rejected && REMEMBERED.test(clause.slice(-60))) [mode, rejected] = ['historical', 'a past event remembered, not told'];
  // "guarantees that the fighting would end", whatever the determiner: the incident is still to come.
  if (!rejected && ENDS.test(after)) [mode, rejected] = ['future', 'its end or return is still to come'];
  // "forces fighting remnants of Islamic State", "the group has been fighting the army": the verb with its
  // object is a war going on, not an incident.
  if (!rejected && /^fighting$/i.test(sentence.slice(triggerStart, triggerEnd)) && /^\s+(?:(?:the|a|an|against|remnants|alongside|for)\b|[A-Z])/.test(sentence.slice(triggerEnd))
    && !/\b(?:heavy|fierce|intense|the|renewed|new|street|sporadic)\s+$/i.test(sentence.slice(Math.max(0, triggerStart - 12), triggerStart))) [mode, rejected] = ['historical', 'a war going on, not an incident'];
  // "in response to any attack": no incident in particular.
  if (!rejected && /\bany\s+(?:[\w’'-]+\s+)?$/i.test(clause.slice(-30))) [mode, rejected] = ['hypothetical', 'any such event, none in particular'];
  // "In all, 29 were killed over the past seven days": a tally even when a date is read for it.
  const cut = /,\s|\b(?:after|before|when|as|while|because|until)\b/.exec(after);
  // (From "since" on when the trigger is the incident it counts from: the tally before it is another's.)
  const fromSince = countedFrom(clause.slice(-200), sentence.slice(triggerStart, triggerEnd)) ? clause.slice(clause.toLowerCase().lastIndexOf('since')) : clause;
  const tally = `${fromSince.slice(-70)}${sentence.slice(triggerStart, triggerEnd)}${(cut ? after.slice(0, cut.index) : after).slice(0, 70)}`;
  const generic = !rejected && ((!date.day && aggregate(sentence, clause, after, triggerStart, triggerEnd)) || AGGREGATE_SCOPE.test(tally) || WAR_TOLL.test(tally) || STRETCH_OF.test(clause.slice(-50)) || LATEST_OF.test(clause.slice(-80)));
  // "in the group's continued attacks on shipping", "amid ongoing strikes": a campaign named in passing,
  // whatever day the sentence gives its incident.
  const campaign = !rejected && !generic && /s$/i.test(sentence.slice(triggerStart, triggerEnd)) && CAMPAIGN.test(clause.slice(-60));
  if (generic || campaign) [mode, rejected] = ['historical', 'a campaign, a habit or a tally of incidents'];
  const here = DISTINCT.test(sentence.slice(Math.max(0, triggerStart - 30), triggerStart))
    // "fighting also erupted in ...": a noun subject told with "also" is one more incident.
    // ("The attack also damaged a generator" is the same one: a definite noun retells it.)
    || (NOUN_SUBJECT.test(sentence.slice(triggerStart, triggerEnd)) && /^\s+(?:(?:were|was|have been|has been|had been)\s+)?also\b/i.test(sentence.slice(triggerEnd, triggerEnd + 20))
      && !/\b(?:the|this|that|these|those|its|their|[\w-]+[’']s)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, triggerStart - 30), triggerStart)));
  const around = `${clause.slice(-70)}${sentence.slice(triggerStart, triggerEnd)}${after.slice(0, 90)}`;
  const summary = !rejected && date.day && (ACROSS.test(around) || SEVERAL_REGIONS.test(around) || TARGETS_COUNTED.test(after.slice(0, 120)));
  return {
    mode,
    rejected,
    generic: generic || campaign,
    cluster: !rejected && !generic && !date.day && CLUSTER.test(sentence.slice(Math.max(0, triggerStart - 50), Math.min(sentence.length, triggerEnd + 20))),
    summary,
    distinct: here || OPENS_ANOTHER.test(sentence.slice(0, triggerStart)),
    distinctHere: here,
  };
}

/** The trigger is told as a tally, a habit or a campaign, not as one incident. */
function aggregate(sentence: string, clause: string, after: string, triggerStart: number, triggerEnd: number): boolean {
  const trigger = sentence.slice(triggerStart, triggerEnd);
  // A plural trigger, or a bare verb whose number the words do not tell: "airstrikes", "attacks", "struck".
  const plural = /s$/i.test(trigger) || /^(?:killed|killing|struck|hit|targeted|attacked|bombed|shelled)$/i.test(trigger);
  // The trigger's own clause, a few words either side: a scope in another clause ("sirens sounded
  // across the region") says nothing of this trigger.
  // After the trigger, the scope stops at a comma or a new clause ("..., shortly after sirens sounded across the region").
  const own = /,\s|\b(?:after|before|when|as|while|because|until)\b/.exec(after);
  const scope = `${clause.slice(-70)}${trigger}${(own ? after.slice(0, own.index) : after).slice(0, 70)}`;
  if (ACROSS.test(scope) || AGGREGATE_SCOPE.test(scope) || WAR_TOLL.test(scope) || (plural && PERIOD.test(scope)) || STATISTIC.test(sentence.slice(Math.max(0, triggerStart - 200), triggerEnd + 200))) return true;
  // "since 2017", within the trigger's own words (not "a drone hit X, the first attack since May"),
  // and not "since October, when twin bombings killed 100", where "when" tells that one incident.
  const comma = after.search(/,\s/);
  // The whole clause: "since 2022 more than 200 civilians had been killed ... in Ukrainian attacks".
  const before = clause.slice(-200);
  // (Nor "since an Israeli strike on the consulate in April killed ...": the one incident it counts from.)
  // (... or "since Hamas gunmen attacked Israel on Oct. 7": the since-clause's own verb is that incident.)
  const since = /\bsince\b[^.;]*\bwhen\b/i.test(before) || countedFrom(before, trigger) ? '' : before;
  if (SINCE.test(`${since}${trigger}${(comma >= 0 ? after.slice(0, comma) : after).slice(0, 70)}`)) return true;
  // "More than 200 people have been killed in Lebanon, most of them fighters": a count in the hundreds
  // told in the perfect, with no day and no incident it died in, is a war's toll so far.
  if (/^(?:killed|died)$/i.test(trigger) && PERFECT_TOLL.test(clause.slice(-80)) && !IN_INCIDENT.test(after.split(/[;.]/)[0]!)) return true;
  const near = sentence.slice(Math.max(0, triggerStart - 50), Math.min(sentence.length, triggerEnd + 20)).replace(BLOWS, ' ');
  if (HABIT.test(near) || QUANTITY.test(clause.slice(-50))) return true;
  // "In January, the United States and Britain began striking Houthi targets": a campaign's start, told
  // with no day of its own (one with a day, "resumed shelling the town on Monday", is an incident).
  if (/ing$/i.test(trigger) && /\b(?:began|begun|begin|begins|started|starts|continued|continues|kept|keep|keeps)\s+$/i.test(clause.slice(-12))) return true;
  // "more than 40 airstrikes": a number of incidents (not "at least 11 people were killed", a toll).
  const nounPlural = /s$/i.test(trigger);
  // ("Sporadic clashes broke out in X": the clashes that broke out are one outbreak, told as it happened.)
  const outbreak = /^(?:sporadic|occasional)\s/i.test(RECENT.exec(clause.slice(-30))?.[0] ?? '') && OUTBREAK.test(after);
  if (nounPlural && (MANY.test(clause.slice(-50)) || (RECENT.test(clause.slice(-30)) && !outbreak))) return true;
  if (nounPlural && KIND.test(clause.slice(-25)) && !/\b(?:the|these|those|its|their|his|her|our|\w+'s|\w+’s)\s+(?:[\w-]+\s+)?$/i.test(clause.slice(-30))) return true;
  if (HABITUAL_PRESENT.test(after) || MANY_TARGETS.test(after)) return true;
  // "say they are fighting militants", "the army is still fighting insurgents": what a side does, a war
  // told in the present, when no place follows ("are fighting rebels near X", "in the east" is there and then).
  if (/\b(?:are|is|were|was)\s+(?:still\s+|now\s+)?$/i.test(clause.slice(-20)) && /^fighting$/i.test(trigger)
    && FOE_CLASS.test(sentence.slice(triggerEnd, triggerEnd + 80)) && !/\b(?:in|near|at|around|outside|on)\s/i.test(sentence.slice(triggerEnd, triggerEnd + 80).split(/[,;.]/)[0]!)) return true;
  const perfect = nounPlural ? PERFECT.exec(clause.slice(-60)) : null;
  // "a spokesman said that they had fired missiles at the tanker": a past perfect in reported speech, or
  // one aimed at a definite target, retells the story's incident; it is no tally.
  const retold = perfect !== null && /^had\b/i.test(perfect[0]) && (REPORTED.test(clause.slice(0, clause.length - perfect[0].length).slice(-80)) || DEFINITE_TARGET.test(after));
  return (perfect !== null && !retold) || PERFECT_ALSO.test(clause.slice(-30));
}

// "More than 200 people have been killed", "hundreds have died": the perfect of a count of 100 or more.
const PERFECT_TOLL = /\b(?:\d{3,}|\d{1,3}(?:,\d{3})+|hundreds|thousands)\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+(?:now\s+|so far\s+)?(?:been\s+)?$/i;
// "... killed in the strike", "in Monday's attack", "when a shell hit": the incident the count died in.
const IN_INCIDENT = /\b(?:in|by|during|from)\s+(?:the|a|an|this|that|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,3}?(?:strike|airstrike|attack|bombing|blast|explosion|raid|shelling|assault|ambush|massacre|fire|incident)\b|\b(?:when|after)\s/i;

// "backed by African Union forces and U.S. airstrikes", "with the help of air support from": the support of another action.
const SUPPORT = /\b(?:(?:backed|supported|aided|assisted|covered|helped|accompanied)\s+by|with\s+(?:the\s+)?(?:help|support|backing|cover|assistance)\s+of|under\s+(?:the\s+)?cover\s+of)\s+(?![^,;–—]*\b(?:continued|continues|launched|began|begun|started|carried out|conducted|stormed|attacked|renewed|resumed|pressed|mounted)\b)[^,;–—]{0,55}$/i;

// A class of foe, not a force met at one place: "militants", "the insurgents", "terrorist groups".
const FOE_CLASS = /^\s+(?:against\s+)?(?:the\s+)?["“'‘]?(?:[\w-]+\s+){0,2}?(?:militants|terrorists|terrorism|rebels|insurgents|insurgency|jihadists|extremists|gangs|groups|separatists)\b/i;

// "said on Saturday that they", "told reporters the rebels": a speech verb and the reported subject.
const REPORTED = /\b(?:said|says|told|added|confirmed|announced|claimed|stated)\b[^.;]{0,50}?\b(?:that\s+)?(?:it|they|he|she|we|the\s+[\w-]+|[A-Z][\w-]+(?:\s+[\w-]+)?)\s+$/;
// "at the tanker", "on the convoy": a definite target, the one the story tells.
const DEFINITE_TARGET = /^\s+(?:at|on|into|toward|towards|against)\s+(?:the|this|that)\s+/i;

/** A trigger with its date and how the sentence tells it. */
export interface ModedHit extends DatedHit {
  mode: Modality;
}

/**
 * The mode stage: what the sentence asserts happened, or tallies (both go on: a campaign statement
 * is the antecedent of "the latest raids", though it never becomes an event itself), and what it
 * only negates, plans or imagines (set aside).
 */
export function modeStage(text: string, frame: SentenceFrame, hits: readonly DatedHit[]): { asserted: ModedHit[]; rejected: ModedHit[] } {
  const sentence = text.slice(frame.sentence.start, frame.sentence.end);
  const asserted: ModedHit[] = [];
  const rejected: ModedHit[] = [];
  for (const h of hits) {
    // Whether the event has its own day decides an incident from a tally ("hundreds of strikes since
    // 2017" against "dozens of strikes hit the city on Monday"); a negation or a modal reads the same.
    const mode = modalityOf(sentence, h.hit.start - frame.sentence.start, h.hit.end - frame.sentence.start, ownDate(h.date));
    (mode.rejected && !mode.generic ? rejected : asserted).push({ ...h, mode });
  }
  return { asserted, rejected };
}

/** A sentence that tells a tally ("Some 20,000 people have died in the conflict since 2016"): its count is no incident's toll. */
export function tallySentence(sentence: string): boolean {
  return AGGREGATE_SCOPE.test(sentence) || ACROSS.test(sentence) || WAR_TOLL.test(sentence) || STATISTIC.test(sentence) || SINCE.test(sentence) || PERIOD.test(sentence);
}
