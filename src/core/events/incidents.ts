// The type stage: each asserted trigger gets its event type from its own words and the story so far
// ("the attack" after a run of air strikes is one more), words that are not violence here are dropped,
// and a sentence's triggers of one type and place fold into one incident.
import type { EventType, Mention, Span } from '../types.ts';
import { ANAPHORIC } from './frame.ts';
import type { SentenceFrame, Story } from './frame.ts';
import type { ModedHit } from './modality.ts';
import { placeFor } from './event-place.ts';
import { typesAgree } from './merge.ts';
import { AIR_CUES, maskWeaponTargets, typeTrigger } from './triggers.ts';
import type { TriggerHit } from './triggers.ts';

/** One incident a sentence tells: its head trigger (with date and mode) and its type. */
export interface Incident extends ModedHit {
  type: EventType;
  /** The type came from context (a bare "attack" after a run of strikes) rather than the trigger word. */
  inferred: boolean;
  /** The trigger word names the kind of incident (see Draft.specific). */
  specific: boolean;
  /** Named in passing, in an adjunct about another event ("a day after the shelling", "during the fighting"). */
  reference: boolean;
  /** Told at a second place by an outcome word of its own ("... and wounded nine in Kyiv"): a separate event. */
  split?: boolean;
  /** The sentence tells it as after or before another incident it names ("a day after the shelling,
   * shells fell on ..."): another incident than that one. */
  apart?: boolean;
  /** The sentence's other triggers folded into this incident. */
  members?: TriggerHit[];
}

export interface TypeOutcome {
  incidents: Incident[];
  /** The story's antecedent after this sentence. */
  previousType: EventType | null;
  previousParagraph: number;
}

// A withdrawal is a troop movement only with armed forces in view or out of a named place
// ("Iran is withdrawing from Syria"); a company withdrawing a product is not one.
const MILITARY = /\b(?:troops|forces|soldiers|army|military|bases?|units|fighters|militants|militias?|garrison|positions|brigades?|battalions?|regiments?|divisions?|contingent|peacekeepers|personnel|tanks|armou?r)\b/i;

function militaryMove(text: string, sentence: Span, hit: Span, mentions: Mention[]): boolean {
  if (MILITARY.test(text.slice(sentence.start, sentence.end))) return true;
  return mentions.some((m) => m.start >= hit.end && m.start - hit.end < 25 && m.role === 'literal'
    && /^\s+(?:\w+\s+)?(?:from|out of)\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start)));
}

// "captured the town of X": territory changing hands needs the place named as its object, or held
// ground in that place ("captured several regime positions in southern Aleppo", "nine rebel bunkers
// in Kilinochchi district"), or a site held there ("seizing the historic Khalid bin al-Waleed mosque in
// the city of Homs"); people taken there are arrests ("captured 15 sailors in the Gulf").
const TERRITORY_OBJECT = /^\s+(?:(?:the|control of|most of|parts of|all of|half of)\s+)*(?:(?:\w+ern|strategic|key|frontline|small|eastern|southern)\s+)*(?:(?:city|town|village|district|province|region|port|airport|base)\s+(?:of\s+)?)?$|^\s+(?:[\w-]+\s+){0,4}?(?:positions|posts|outposts|bases|bunkers|checkpoints|strongholds|trenches|hills|hilltops|peaks|villages|towns|neighbou?rhoods|districts|military sites)\s+(?:in|near|around|outside|on the outskirts of)\s+(?:the\s+)?(?:(?:\w+ern|eastern|southern|central)\s+)?$|^\s+(?:[\w'’-]+\s+){0,5}?(?:mosque|hospital|compound|headquarters|palace|stadium|airport|air base|base|barracks|prison|power plant|refinery|dam|bridge|checkpoint|hill|hilltop)\s+(?:in|near|outside|on the outskirts of)\s+(?:the\s+)?(?:(?:\w+ern|eastern|southern|central)\s+)?(?:(?:city|town|village|district|province) of\s+)?$/i;

/** The words that type a trigger: its clause up to it and a few words after. */
export function triggerClause(text: string, sentence: Span, hit: Span): string {
  // The weapon may open a long subject ("A missile fired by Yemen's Houthi militia struck ...").
  // Searched within the 80 characters before the trigger: an unbounded lastIndexOf over a text with no ';' is a scan to its start.
  const lookFrom = Math.max(sentence.start, hit.start - 80);
  const before = text.slice(lookFrom, hit.start);
  const clauseOpen = lookFrom + Math.max(before.lastIndexOf(',') + 1, before.lastIndexOf(';') + 1, 0);
  // (A weapon named as a target is blanked before the cut: "struck radar sites and drone| storage
  // facilities" is no drone's strike.)
  // ("attacked the southern port city of Odesa with drones": the weapon the clause names after its object.)
  const instrument = /^[^.;,]{0,80}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|artillery|mortars?)\b/i.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 130)));
  const cut = Math.min(sentence.end, hit.end + Math.max(35, instrument ? instrument[0].length : 0));
  const wide = text.slice(clauseOpen, Math.min(sentence.end, cut + 60));
  const masked = maskWeaponTargets(wide);
  const tail = /^[\w’'-]*\s+[\w’'-]+/.exec(masked.slice(cut - clauseOpen, cut - clauseOpen + 40));
  return masked.slice(0, cut - clauseOpen + (tail ? tail[0].length : 0));
}

// "a day after the shelling", "during the fighting", "in retaliation for Monday's raid": an incident
// named to place another in time or in cause.
const REFERENCE = /\b(?:who|which|that)\s+(?:had|have|has)\s+(?:been\s+)?(?:[\w-]+\s+)?$|(?:^|[,;]\s*|\b(?:and|but)\s+|^\s*)(?:(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)\s+|the\s+(?:day|night|morning)\s+|hours\s+|shortly\s+|minutes\s+)?(?:during|amid|after|following|since|before|in the wake of|in response to|in retaliation for|in revenge for)\s+(?:the|this|that|these|those|its|their|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,3}$|\b(?:in response to|in retaliation for|in revenge for|to avenge)\s+(?:an?|the|this|that|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,3}$|\b(?:retaliation|revenge|reprisal|payback|a response|the response)\s+(?:for|to)\s+(?:the|this|that|an?|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,3}$|\b(?:(?:took|taken|taking|take|played)\s+(?:a\s+)?(?:part|role)\s+in|(?:involved|implicated)\s+in|responsible\s+for|(?:planned|plotted|masterminded|orchestrated|organi[sz]ed|ordered)|(?:planning|plotting|masterminding|orchestrating|organi[sz]ing|ordering)(?:\s+of)?)\s+(?:the|this|that|its|their|[\w’']+[’']s)\s+(?:[\w.-]+\s+){0,3}$|\b(?:investigations?|inquir(?:y|ies)|probes?|investigating|investigate)\s+(?:into|of|on)?\s*(?:the\s+)?["“]?(?:[\w.-]+\s+){0,3}$/i;

// ("in retaliation for a deadly drone attack on U.S. troops", the last alternative above: the incident
// answered is named in passing.) A headline drops its articles: "U.S. strikes militia sites after drone attack".
const HEADLINE_REFERENCE = /\b(?:after|following|in response to|in retaliation for|in revenge for|days after|a day after|weeks after)\s+(?:[\w-]+\s+){0,2}$/i;

// "accused the army of shelling", "blamed the rebels for the bombing", "held them responsible for".
const BLAME = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|h[eo]ld\s+(?:[\w'’-]+\s+){1,4}responsible|responsibility)\s+(?:[\w'’-]+\s+){0,6}?(?:of|for)\s+(?:(?:the|a|an|its|their)\s+)?$/i;

// "a day after the shelling", "in retaliation for Monday's raid": another incident, before or after this one.
const SEQUENCE = /\b(?:after|following|before|since|in the wake of|in response to|in retaliation for|in revenge for)\s+(?:the|this|that|these|those|its|their|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,3}$/i;

// "The strike came a day after resistance fighters attacked a police station in Ye-U": a clause of its
// own subject and verb after "a day after" tells an earlier (or later) incident, not the one it dates.
// (With a determiner, "a day after the shelling", the words name an incident in passing: REFERENCE.)
// ("a day after", "hours before": the interval that opens such a clause.)
const INTERVAL_HEAD = String.raw`\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|nights?)|the\s+(?:day|night)|hours|shortly|minutes)\s+(?:after|before)`;
const TEMPORAL_CLAUSE = new RegExp(String.raw`${INTERVAL_HEAD}\s+(?!(?:the|this|that|these|those|its|their|his|her)\b)(?:[\w’'.-]+\s+){1,4}$`, 'i');
// "a day after a suicide bomber attacked a checkpoint", "hours after an airstrike hit a school": an
// indefinite event noun right before the clause's verb is the clause's subject, the same incident.
const CLAUSE_SUBJECT_HEAD = new RegExp(String.raw`${INTERVAL_HEAD}\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$`, 'i');
const INTERVAL_FROM = new RegExp(String.raw`${INTERVAL_HEAD}\b[^]*$`, 'i');
const CLAUSE_VERB_AFTER = /^\s+(?:\w+ed|struck|hit|shot|blew|killed|wounded)\b/i;

const VERB_WORD = /^(?:\w+ed|struck|hit|shot|fought|stormed|blew)\b/i;
const ORDINAL_ELLIPSIS = /\b(?:a|the)\s+(?:second|third|fourth|fifth|last|final)\s+(?:one\s+)?$/i;
const FIRST_OF = /\bthe\s+first\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|shells?|bombs?|strikes?|blasts?|explosions?)\b/i;
const BOMBER_SUBJECT = /\b(?:the|a|an)\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\s+(?:\w+\s+)?$/i;
const STRIKE_KINDS: ReadonlySet<EventType> = new Set(['air_strike', 'drone_strike', 'missile_attack', 'shelling']);

// "it targeted", "they had also attacked": a pronoun subject right before a verb trigger.
// ("it was struck again", "they had been hit": the passive's pronoun is the target just told.)
const PRONOUN_SUBJECT = /\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:(?:was|were|been)\s+(?:\w+ly\s+)?(?:again\s+)?)?$/i;

// Between the two verbs of one incident told in steps: "before", "then", "and then", "after which".
// (No clause break, no new sentence subject: "... before storming it", "..., then stormed".)
const SEQUEL = /^[^.;:!?]{0,115}?(?:\bbefore|\bthen|\band later|\band|\bafter which)\s+(?:(?:also|briefly|quickly|finally)\s+)?$/i;
// "raided the camp, sparking gunfights with militants": the fighting the raid set off is part of it.
// (Only fighting: "an air strike hit Gaza, prompting rocket fire" is another incident.)
const CONSEQUENCE = /^[^.;:!?]{0,80}?,\s*(?:sparking|triggering|prompting|leading to|resulting in)\s+(?:(?:a|an|heavy|fierce|intense|brief)\s+)*$/i;
// "raided a hideout and killed six insurgents in an exchange of fire": the fighting that the raid's own
// clause says its dead died in is the raid's.
const MANNER = /^[^.;:!?]{0,100}?\b(?:killed|killing|died|dead|wounded|injured)\b[^.;:!?,]{0,40}?\b(?:in|during)\s+(?:an?|the|heavy|fierce|intense|brief|ensuing)?\s*(?:ensuing\s+)?$/i;
// "Gunmen abducted 87 people ... in a raid on a village": what was done to them, then the attack it was done in.
const HARM_VERB = /^(?:abduct(?:ed|ing)|kidnapp?(?:ed|ing)|killed|killing|shot dead|gunned down|executed|wounded|injured)$/i;
const MANNER_TAIL = /^[^.;:!?]{0,100}?\b(?:in|during)\s+(?:an?|one)\s+(?:[\w-]+\s+)?$/i;
// "stormed the camp ... on Friday and Saturday, shelling homes and setting the market on fire": a
// participle after a comma tells how the incident before it went on.
const PARTICIPLE = /^[^.;:!?]{0,110}?,\s*$/;
// "... and stormed it", "... and raided its outskirts": after a bare "and", only a pronoun object ties the
// second verb to the place just told ("a suicide bombing and shelling killed nine" are two attacks).
const SEQUEL_OBJECT = /^\s+(?:it|them|its|their)\b/i;
// "... attacked three army camps near the village and fought militias there": "there" is the place just told.
const THERE_AFTER = /^\s+[^,.;]{0,40}?\bthere\b/i;

// "In Samarra, a merchant was killed ..., and in Abu Ghraib a bomb killed ...": a place fronted at the
// opening of a clause (the sentence's start, or after a comma or semicolon, with "and", "while" ...)
// sets the scene for what the clause tells; two such clauses tell two incidents.
const LEAD_BEFORE = /(?:^|[,;])\s*(?:(?:and|but|while|whereas|meanwhile|elsewhere|also)\s*,?\s+)*(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|district|province|region|area)\s+of\s+)?$/i;
// The fronted place is followed by its clause, not by more of a list ("in Mosul and Kirkuk").
const LEAD_AFTER = /^\s*(?:,\s*)?(?!(?:and|or|,)\b)[\w“"]/i;

/** The place a clause opens on before the trigger, if any ("..., and in Kirkuk a bomb killed"). */
function leadPlace(text: string, sentence: Span, hit: Span, usable: readonly Mention[]): string | null {
  let lead: string | null = null;
  for (const m of usable) {
    if (m.start < sentence.start || m.end > hit.start || m.role !== 'literal' || !m.place) continue;
    if (LEAD_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 50), m.start)) && LEAD_AFTER.test(text.slice(m.end, m.end + 8))) lead = m.place.name;
  }
  return lead;
}

/** Both have the same own date, or either has none. */
function sameDay(a: ModedHit, b: ModedHit): boolean {
  if (!a.date || !b.date || a.date.report || b.date.report) return true;
  return a.date.date.start === b.date.date.start && a.date.date.end === b.date.date.end;
}

// Words that say something happened but not what: "the attack", "the strike", "the bombing", "killed".
const GENERIC_BOMBING = /^(?:bomb(?:ing|ings|ed)?|explosions?|exploded|blasts?|detonat\w*)$/i;

function specificWord(hit: TriggerHit, type: EventType, inferred: boolean, local: string): boolean {
  if (inferred || hit.rule === 'attack' || hit.rule === 'killed' || hit.rule === 'injured' || (hit.rule === 'shooting' && !/shot (?:to death|and killed)|fatally/i.test(hit.text))) return false;
  // A bare "strike" typed by a weapon or an aircraft named near it ("US aircraft carried out five strikes").
  if (hit.rule === 'strike') return type !== 'air_strike' || AIR_CUES.test(local);
  if (hit.rule === 'bombing' && GENERIC_BOMBING.test(hit.text)) return false;
  // "a two-day assault on the camp": a raid or a battle, whichever the story tells ("stormed the camp").
  if (hit.rule === 'clash' && /^assaults?\b/i.test(hit.text)) return false;
  // "The bombs damaged an apartment block": bombs told again, of whatever kind the story gave them.
  if (hit.rule === 'bombing' && /^bombs?\s/i.test(hit.text) && /\b(?:the|these|those)\s+$/i.test(local.slice(0, Math.max(0, local.indexOf(hit.text))))) return false;
  // Damage told after the blast ("set fire to cars") is the incident's, not another.
  if (hit.rule === 'harm' && /^(?:torched|set fire to|burn(?:ed|t) down|razed)$/i.test(hit.text)) return false;
  return true;
}

export function typeIncidents(text: string, frame: SentenceFrame, asserted: readonly ModedHit[], story: Pick<Story, 'previousType' | 'previousParagraph'>): TypeOutcome {
  const { sentence, usable } = frame;
  let { previousType, previousParagraph } = story;
  // One incident per type per sentence, unless two triggers of a type govern different places
  // ("strikes hit Aleppo and, separately, a strike hit Damascus").
  const groups: Array<{ incident: Incident; where: string | null; lead: string | null }> = [];
  // Two clauses opening on two places ("In X, ..., and in Y, ...") tell two incidents.
  const apartLeads = (g: { lead: string | null }, lead: string | null) => g.lead !== null && lead !== null && g.lead !== lead;
  // "killed", "wounded" tell an outcome: an incident of their own only when nothing else in the sentence
  // did it, or at a place of their own ("killed two in Kherson and wounded nine in Chernihiv"), where
  // they are the same attack told at another place.
  const outcome = (h: ModedHit) => h.hit.rule === 'killed' || h.hit.rule === 'injured';
  const ordered = [...asserted.filter((h) => !outcome(h)), ...asserted.filter(outcome)];
  for (const moded of ordered) {
    const { hit } = moded;
    const lead = leadPlace(text, sentence, hit, usable);
    // An outcome in a clause of its own place ("In X, a man was killed ..., and in Y a bomb ...") is
    // an incident of its own, told like any other trigger.
    // So is one told before a trigger that says it is another incident ("Two soldiers were killed in
    // Homs, and fighting also erupted in Hama").
    const ownScene = outcome(moded) && groups.some((g) => !g.incident.reference)
      && groups.every((g) => g.incident.reference || (lead !== null && apartLeads(g, lead)) || (g.incident.mode.distinctHere && g.incident.hit.start > hit.end));
    if (outcome(moded) && !ownScene) {
      // (An incident named in passing, "a day after the attack, a landmine killed two", does not count.)
      const told = groups.filter((g) => !g.incident.reference);
      // (Its own place comes after it: "... in Kharkiv and wounded nine in Kyiv".)
      const after = usable.filter((m) => m.start >= hit.end && m.end <= sentence.end);
      if (after.length === 0 && (told.length > 0 || hit.rule === 'injured')) continue;
      const own = after.length ? placeFor(text, sentence, hit, after, false) : null;
      const at = own?.how === 'governed' ? own.mention.place!.name : null;
      if (told.length > 0) {
        // (The incidents told before the outcome are the ones it can be an outcome of: "fighting
        // continued around the region", after it, is no owner of "injured three in Rylsk".)
        const before = told.filter((g) => g.incident.hit.start < hit.start);
        const owners = before.length ? before : told;
        // (Nor is a place another incident of the sentence governs its own: "killed two men, and two
        // more died in shelling in Y" is not the first incident at Y.)
        if (!at || owners.some((g) => g.where === null) || told.some((g) => g.where === at)) continue;
        const main = owners[0]!.incident;
        groups.push({ incident: { ...moded, type: main.type, inferred: true, specific: main.specific, reference: false, split: true }, where: at, lead });
        continue;
      }
      // An injury with no place of its own is the toll of the incident told before, not one of its own;
      // so is "the wounded", and a hospital is where they were taken, not where they were hurt.
      if (hit.rule === 'injured' && (!at || /\b(?:the|of the)\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start))
        || /\b(?:hospitals?|clinic|taken|treated|evacuated|admitted|transferred|flown)\b[^,;.]{0,40}$/i.test(text.slice(hit.end, own!.mention.start)))) continue;
    }
    // "The first missile hit a residential area, and a second struck 20 minutes later": the second of a
    // count the sentence opened is part of the same attack, not one of its own.
    if (hit.rule === 'strike' && ORDINAL_ELLIPSIS.test(text.slice(Math.max(sentence.start, hit.start - 25), hit.start))
      && FIRST_OF.test(text.slice(sentence.start, hit.start))) continue;
    const local = triggerClause(text, sentence, hit);
    // A bare "attack" takes the type of the incident before it only when it points back to it
    // ("the attack", "Monday's attack", "also") or follows it in the same paragraph.
    const pointsBack = ANAPHORIC.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start));
    const indefinite = /\b(?:an?|another)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
    // "has also targeted", "a separate strike": these presuppose an act of the same kind told before.
    const also = /\b(?:also|another|separate|second|third|further|similar)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
    // "The military said it targeted a commander": a pronoun subject is the attacker just told, in the
    // paragraph before as in the same one.
    const pronoun = PRONOUN_SUBJECT.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start)) && frame.paragraph - previousParagraph <= 1;
    const antecedent = pointsBack || also || pronoun || (previousParagraph === frame.paragraph && !indefinite) ? previousType : null;
    let type = typeTrigger(hit, local, antecedent, frame.conflict);
    // "It was struck again", "they said it struck a depot": a bare "struck" with a pronoun for its
    // subject is of the kind just told (a shelling, a missile attack), not a strike from the air.
    if (type === 'air_strike' && hit.rule === 'strike' && pronoun && antecedent && antecedent !== 'air_strike' && STRIKE_KINDS.has(antecedent) && !AIR_CUES.test(local)) type = antecedent;
    // "The bomber struck on Monday as worshippers gathered": after a bombing (or a suicide bomber), the
    // bomber's blast, not a strike from the air ("B-52 bombers struck" after air strikes stays one).
    if (type === 'air_strike' && hit.rule === 'strike' && BOMBER_SUBJECT.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))
      && (previousType === 'bombing' || /suicide/i.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) && !AIR_CUES.test(local)) type = 'bombing';
    // "Russian glide bombs struck Kharkiv ... / Two bombs hit an apartment building": plain bombs told right
    // after an air strike are its bombs, not a bombing from the ground.
    if (type === 'bombing' && /^bombs?\b/i.test(hit.text) && previousType === 'air_strike' && frame.paragraph - previousParagraph <= 1 && !/\b(?:car|truck|roadside|suicide|planted|improvised)\b/i.test(local)) type = 'air_strike';
    if (!type) continue;
    if (type === 'withdrawal' && !militaryMove(text, sentence, hit, usable)) continue;
    if (hit.rule === 'territory' && !usable.some((m) => m.role === 'literal' && m.start >= hit.end && m.start - hit.end < 60
      && TERRITORY_OBJECT.test(text.slice(hit.end, m.start)))) continue;
    const governed = placeFor(text, sentence, hit, usable, type === 'withdrawal');
    const where = governed && governed.how === 'governed' ? governed.mention.place!.name : null;
    // An incident named in passing ("two days before the raid, gunmen attacked ...") is not the one the clause reports.
    // So is one whose blame is argued ("accused the army of shelling the camp") with no day or place of its own.
    // (A headline drops its articles: "U.S. strikes militia sites after drone attack".)
    const reference = REFERENCE.test(text.slice(Math.max(sentence.start, hit.start - 60), hit.start))
      || (frame.section === 'headline' && HEADLINE_REFERENCE.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start)))
      || (!frame.dated && BLAME.test(text.slice(Math.max(sentence.start, hit.start - 80), hit.start)) && !usable.some((m) => m.role === 'literal' && m.start >= hit.end && m.start - hit.end < 40));
    const inferred = hit.type === null && hit.rule !== 'strike';
    const before = text.slice(Math.max(sentence.start, hit.start - 80), hit.start);
    const inClause = (TEMPORAL_CLAUSE.test(before) && VERB_WORD.test(text.slice(hit.start, hit.end)))
      || (CLAUSE_SUBJECT_HEAD.test(before) && CLAUSE_VERB_AFTER.test(text.slice(hit.end, hit.end + 16)));
    if (inClause) {
      // (Typed from its own words: the incident before it is another one.)
      const own = typeTrigger(hit, local, null, frame.conflict);
      // (A day told before the phrase is the other incident's: "... on Sunday, a day after a bomber attacked".)
      const head = INTERVAL_FROM.exec(before);
      const headAt = head ? hit.start - before.length + head.index : hit.start;
      // (Unless the date stage already counted the interval back from it: "began on June 15, a week after".)
      const date = moded.date && moded.date.date.span.start < headAt && !/^\d+ days? (?:before|after) "/.test(moded.date.date.basis) ? null : moded.date;
      if (own) groups.push({ incident: { ...moded, date, type: own, inferred, specific: specificWord(hit, own, inferred, local), reference: false, apart: true }, where, lead });
      continue;
    }
    // ("... attacked a post in Sinay while fighting also erupted in Madina": "also" tells another one.)
    const same = moded.mode.distinctHere ? undefined : groups.find((g) => !apartLeads(g, lead) && g.incident.type === type && g.incident.reference === reference && (g.where === null || where === null || g.where === where));
    const specific = specificWord(hit, type, inferred, local);
    // "a drone fired a missile at a car, in what the army called a strike on a cell": a bare word with no
    // other place of its own, in a sentence that already tells an incident it fits, is that incident retold.
    const retold = same ?? (!specific && !also && !reference
      ? groups.find((g) => !g.incident.reference && !apartLeads(g, lead) && (where === null || g.where === where) && typesAgree({ type, specific }, g.incident)) : undefined);
    // "shelled the village before storming it", "pounded Bakhmut, then stormed its outskirts": one
    // incident told in two steps, at one place (the second names none of its own, or the same).
    const sequel = retold ?? (!also && !reference && !moded.mode.distinctHere
      ? groups.find((g) => !g.incident.reference && !apartLeads(g, lead) && g.incident.hit.end <= hit.start && hit.start - g.incident.hit.end <= 120 && (where === null || g.where === where)
        && (SEQUEL.test(text.slice(g.incident.hit.end, hit.start)) || PARTICIPLE.test(text.slice(g.incident.hit.end, hit.start)) && /^\w+ing\s+(?!(?:was|were|is|are|has|had|have|continued|resumed|hit|killed)\b)\w/i.test(text.slice(hit.start, hit.end + 12)) || (type === 'armed_clash' && (CONSEQUENCE.test(text.slice(g.incident.hit.end, hit.start)) || MANNER.test(text.slice(g.incident.hit.end, hit.start))))
          || (HARM_VERB.test(g.incident.hit.text) && MANNER_TAIL.test(text.slice(g.incident.hit.end, hit.start)))) && (SEQUEL_OBJECT.test(text.slice(hit.end, hit.end + 16)) || THERE_AFTER.test(text.slice(hit.end, hit.end + 50)) || !/\band\s+$/i.test(text.slice(g.incident.hit.end, hit.start)))
        && sameDay(g.incident, moded)) : undefined);
    if (sequel && !retold) {
      (sequel.incident.members ??= []).push(hit);
      // ("abducted 87 people in a raid on a village": the raid names the incident.)
      if (sequel.incident.type === 'other' && specific && type !== 'other') {
        sequel.incident.type = type;
        sequel.incident.specific = true;
      }
      continue;
    }
    if (retold) {
      retold.where ??= where;
      (retold.incident.members ??= []).push(hit);
      continue;
    }
    groups.push({ incident: { ...moded, type, inferred, specific, reference }, where, lead });
    // "... shelled the area, but no casualties were attributed to that attack": the same sentence's
    // incident is the antecedent of a later bare "attack".
    if (frame.section !== 'headline') {
      previousType = type;
      previousParagraph = frame.paragraph;
    }
  }
  const incidents = groups.map((g) => g.incident);
  // (Not "during the raid", "amid the fighting": those tell a part of the incident named.)
  if (incidents.some((i) => i.reference && SEQUENCE.test(text.slice(Math.max(sentence.start, i.hit.start - 60), i.hit.start)))) {
    for (const i of incidents) if (!i.reference) i.apart = true;
  }
  return { incidents, previousType, previousParagraph };
}
