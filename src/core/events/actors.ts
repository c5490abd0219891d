// Who did it and to whom, from the words around the trigger: "Israeli strikes on Iranian targets",
// "Russian forces shelled", "strikes by the coalition", "rocket fire it blamed on Iran". An
// attribution the text reports as a claim ("alleged", "attributed", "blamed on") is kept as one.
import type { Actors, Mention, Span } from '../types.ts';
import type { SentenceFrame } from './frame.ts';
import { INTERCEPTED } from './triggers.ts';

const FORCE_NOUNS = String.raw`forces|troops|army|military|soldiers|jets|warplanes|aircraft|planes|drones|navy|militants|militias?|rebels|fighters|gunmen|insurgents|coalition|police|officials|government|regime|artillery|units?|air force|helicopters|ships|strikes|attacks|shelling|missiles|rockets`;
const CAP = String.raw`[A-Z][\w’'.-]*`;
// "Saudi-led coalition", "Houthi rebels", "Russian forces", "Israel", "the Islamic State group"
const ACTOR_NP = new RegExp(String.raw`(?:the\s+)?((?:${CAP}(?:-led|-backed|-allied|-aligned|-affiliated|-linked|-supported|-sponsored)?\s+){0,3}${CAP}(?:-led|-backed|-allied|-aligned|-affiliated|-linked|-supported|-sponsored)?(?:\s+(?:${FORCE_NOUNS}))?|(?:${CAP}\s+){1,3}(?:${FORCE_NOUNS}))`, 'u');
const CLAIM = /\b(?:alleged(?:ly)?|allegations?|attributed|blamed|accused|claimed responsibility|claimed|reportedly|purported(?:ly)?|what (?:it|they|he|she|the [\w ]{1,40}?) said (?:were|was))\b/i;
const STOP = /\s(?:in|near|at|on|outside|inside|across|around|over|that|which|who|where|when|and|from|with|as|after|following|since|during|while|because|killing|wounding|injuring|destroy(?:ed|ing)|damag(?:ed|ing)|the report|(?:officials?|sources?|medics|witnesses|residents)\s+(?:said|say|told)|overnight|today|yesterday|tonight|earlier|later|last|this|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[,.;:!?()“”"—–]/;
const AFTER_PREPOSITION = /\b(?:in|at|near|from|to|into|onto|outside|inside|around|across|towards?|of|on|off|through|between)\s+$/i;
const BAD_ACTOR = /^(?:The|A|An|It|They|He|She|We|This|That|These|Those|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Latest|Last|On|In|At|But|And|Officials?|Residents?|Witnesses|Sources?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Dozens|Hundreds|Unidentified|Unknown)$/;

// Only modifiers may sit between an actor and its trigger: "Israeli-attributed", "Israel’s ongoing", "Russian forces’".
const MODIFIER_GAP = /^(?:-[a-z]+)?(?:’s|'s|’|')?\s*(?:(?:ongoing|latest|recent|new|alleged|suspected|reported|fresh|heavy|repeated|continued|deadly|massive|overnight|[a-z]+-led|[a-z]+-backed|air|ground|naval|artillery|military|forces|troops|army|jets|warplanes|drones|militants|rebels|fighters|coalition|navy|gunmen|has|have|had|also|carried out|carrying out|conducted|launched|staged|a|an|the)(?:’|')?\s+)*$/;

// Words that name an armed actor on their own, even opening a sentence.
const LONE_ACTOR = /^(?:gunmen|militants|insurgents|rebels|jihadists|fighters|troops|soldiers|police|attackers|assailants|militiamen)$/i;
const VERB_TRIGGER = /(?:ed|struck|hit|shot)$/i;
const GROUP_SUBJECT = /^(?:[^—–]*[—–]\s+|[^-]*\s-\s+|[^,]{0,40},\s+)?(?:the\s+)?((?:[A-Za-z][\w-]*\s+){0,2}(?:jihadists|militants|gunmen|rebels|insurgents|fighters|attackers|assailants|extremists|terrorists|separatists|militiamen|bandits|raiders|rustlers))\s+(?:had\s+|have\s+|has\s+)?(?!(?:died|perished|fled|surrendered|escaped|survived|gathered|arrived|returned|retreated|withdrew|lived|remained|injured|wounded)\b)(?:\w+ed|killed|struck|shot|stormed|ambushed|raided|abducted|attacked)\b/i;
const OWN_FORCES = /^['’]s?\s+(?:(?:armed|security|special|government|regular|elite|ground|air|naval|defen[cs]e)\s+)?(?:forces|troops|army|military|soldiers|police|navy|air force)\s+(?:\w+ly\s+)?$/i;
const SUBJECT_VERB = /^(?:\s+(?:forces|troops|army|military|jets|warplanes|drones|police|soldiers|navy|air force|security forces))?\s+(?:(?!(?:denied|condemned|blamed|accused|warned|vowed|rejected|welcomed|claimed|demanded|urged|called|promised|threatened|announced|confirmed|reported|critici[sz]ed|praised|questioned|disputed|dismissed)\b)\w+ed|struck|hit|shot|fired|launched|killed|attacked|bombed|shelled|raided)\b/i;

/**
 * "Yemen's Houthi militia" is the Houthis, "Israel's military" is Israel: after a country's
 * possessive, a capitalised name is the actor; otherwise the country is.
 */
function groupOrCountry(np: string, at: number, mentions: Mention[]): string {
  const named = mentions.find((x) => x.start >= at && x.end <= at + np.length && x.place?.precision === 'country');
  if (!named) return np.trim();
  const rest = np.slice(named.end - at).replace(/^(?:’s|'s)\s*/, '');
  // ("Sudan's paramilitary Rapid Support Forces": the group's name, without the descriptor.)
  return /^(?:[a-z-]+\s+)?[A-Z]/.test(rest) ? rest.trim().replace(/^[a-z-]+\s+(?=[A-Z])/, '') : actorName(named);
}

/** The country a demonym or country-name mention stands for, else its own words. */
function actorName(m: Mention, countries?: ReadonlyMap<string, string>): string {
  if (m.place && m.place.precision === 'country') return m.place.name;
  // A national capital acting for its government ("Moscow said its forces had struck") is its country,
  // named as the story names it, so "Moscow" and "Russian forces" are one attacker, not two.
  const code = m.role === 'metonymy' && m.place?.featureCode === 'PPLC' ? m.place.country : undefined;
  return (code && countries?.get(code)) || m.text;
}

function mentionEndingBefore(mentions: Mention[], at: number, from: number, text: string): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.end > at || m.start < from) continue;
    const gap = text.slice(m.end, at);
    // Only modifiers may sit between: "Israeli-attributed", "Israel’s ongoing", "Russian forces’".
    if (!MODIFIER_GAP.test(gap)) continue;
    if (!best || m.end > best.end) best = m;
  }
  return best;
}

const FORCES_ACTING = /^\s+(?:(?:security|special|armed|government)\s+)?(?:troops|forces|soldiers|army|military|police|jets|warplanes|commandos)\s+(?:\w+ly\s+)?(?:killed|shot|arrested|detained|stormed|raided|attacked|fired|struck|wounded|demolished)\b/i;
const TARGET_AGENT = /\b(?:used|operated|run|owned|held|controlled|occupied|manned|frequented|built|funded|backed|supported|led|commanded|inhabited|housed|guarded|hosted)\s+by\s+(?:the\s+)?$/i;

/** countries: the name the story gives each country (by ISO code), for a capital standing for its state. */
export function actorsFor(text: string, sentence: Span, trigger: Span, mentions: Mention[], countries?: ReadonlyMap<string, string>): Actors {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.role !== 'dateline');
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);
  const actors: Actors = {};

  // "shot down 30 Ukrainian drones": the drones' nationality is the attacker's; whoever shot them
  // down is the defender, so the subject is not looked at.
  const inside = inSentence.find((x) => x.role === 'demonym' && x.start >= trigger.start && x.end <= trigger.end);
  if (inside) actors.attacker = actorName(inside);
  const intercepted = INTERCEPTED.test(text.slice(trigger.start, trigger.end));
  // 1. "... by X", "attributed to X", "blamed on X" after the trigger.
  let by = /^[^.;]{0,40}?\b(by|attributed to|blamed on)\s+(?:the\s+)?/i.exec(after);
  // ("struck two facilities used by Iran's Revolutionary Guard": the agent of the target's participle, not the attacker.)
  if (by && by[1]!.toLowerCase() === 'by' && TARGET_AGENT.test(after.slice(0, by.index + by[0].length))) by = null;
  if (by && !actors.attacker) {
    // ("by the paramilitary Rapid Support Forces", "by suspected Islamist militants": a descriptor or two first.)
    const lower = /^(?:(?!(?:near|in|at|on|outside|inside|from|of|around|across|into|and|or|with|after|before|during|since|who|which|that)\s)[a-z][\w-]*\s+){1,2}(?=\p{Lu})/u.exec(text.slice(trigger.end + by.index + by[0].length, sentence.end));
    const at = trigger.end + by.index + by[0].length + (lower ? lower[0].length : 0);
    const m = inSentence.find((x) => x.start === at || (x.start > at && x.start - at < 12 && /^[\w\s-]*$/.test(text.slice(at, x.start))));
    const np = ACTOR_NP.exec(text.slice(at, sentence.end));
    // ("fired by Yemen's Houthi militia": the group the country's possessive names.)
    const owned = m && m.place?.precision === 'country' ? /^['’]s\s+(?:[a-z-]+\s+){0,2}((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Lu}[\p{L}-]*|militias?|rebels|forces|army|military|navy|air force|group|movement))\b/u.exec(text.slice(m.end, sentence.end)) : null;
    if (owned && /^\p{Lu}/u.test(owned[1]!)) actors.attacker = owned[1]!.replace(/\s+(?:militias?|rebels|forces|army|military|navy|air force|group|movement)$/, '') || owned[1]!;
    else if (m) actors.attacker = actorName(m, countries);
    else if (np && np.index === 0 && !BAD_ACTOR.test(np[1]!.split(/\s/)[0]!)) {
      actors.attacker = np[1]!.trim();
      // ("by the Group for the Support of Islam and Muslims (JNIM)": a long name cut short; its acronym is the group.)
      const acronym = /^[^()]{0,90}?\s\(([A-Z][A-Za-z-]{1,11})\)/.exec(text.slice(at, sentence.end));
      if (acronym && acronym[0].length - acronym[1]!.length - 3 > np[1]!.trimEnd().length && /^(?:\s+(?:for|of|the|and|in|\p{Lu}[\p{L}'’-]*))*\s*$/u.test(text.slice(at + np[1]!.trimEnd().length, at + acronym[0].length - acronym[1]!.length - 2))) actors.attacker = acronym[1]!;
    }
    if (actors.attacker && by[1]!.toLowerCase() !== 'by') actors.claim = by[1]!.toLowerCase();
  }
  // "A missile fired by Yemen's Houthi militia struck ...": the agent sits in the subject.
  const firedBy = !actors.attacker && !intercepted ? /\b(?:fired|launched|sent|carried out|conducted|flown)\s+by\s+(?:the\s+)?([^,;]{2,60}?)\s*$/i.exec(before) : null;
  // ("carried out by a suicide bomber": the trigger itself is the agent; an article alone names no one.)
  if (firedBy && !/^(?:an?|the|one)$/i.test(firedBy[1]!.trim())) actors.attacker = groupOrCountry(firedBy[1]!, trigger.start - before.length + firedBy.index + firedBy[0].indexOf(firedBy[1]!), inSentence);
  // "The Israeli army said it struck ...", "the army said on Sunday its aircraft had struck": the speaker is the attacker.
  const speaker = /(?:^|[,;]\s*)((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:said|says|announced|confirmed|claimed|stated)\s+(?:(?:(?:on|late|early|late on|early on|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|week|overnight|today|yesterday)\s+)?(?:that\s+)?(?:it|they|(?:its|their)(?:\s+\w+)?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$/i.exec(before);
  if (!actors.attacker && speaker && !intercepted) {
    const at = trigger.start - before.length + speaker.index + speaker[0].indexOf(speaker[1]!);
    const named = inSentence.find((x) => x.start >= at && x.end <= at + speaker[1]!.length && (x.place?.precision === 'country' || x.role === 'metonymy'));
    actors.attacker = named ? actorName(named, countries) : speaker[1]!.replace(/^the\s+/i, '');
  }
  // "The al-Shabaab extremist group claimed responsibility for the blast."
  const resp = /(?:^|[,;]\s*)(?:(?:the|an?)\s+)?([\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:(?:\w+ly|later|also|then|since)\s+)?(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|later|also|since)\s+)?claimed responsibility for\s+(?:the|this|that|a|an|its)?\s*(?:[\w’'-]+\s+){0,2}$/i.exec(before);
  // ("No group has claimed responsibility", "Nobody claimed": no one is named.)
  if (!actors.attacker && resp && !/^(?:no|nobody|none|no one)\b/i.test(resp[1]!)) {
    // ("A Taliban commander claimed ...": the group he speaks for.)
    actors.attacker = resp[1]!.replace(/\s+(?:commanders?|spokesm[ae]n|spokeswoman|spokesperson|leaders?|members?|officials?|fighters?|militants?)$/i, '');
    actors.claim = 'claimed responsibility';
  }
  // "Houthis fired ...": one capitalised word before a verb is its subject, before a noun it may be an
  // adjective ("Armed clashes").
  const verbTrigger = /^(?:\w+ed|struck|hit|shot|fired|launched)\b/i.test(text.slice(trigger.start, trigger.end));
  // "35,000 Palestinians have been killed": the subject of a passive is the victim, not the attacker.
  const passive = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(before);
  // 2. A modifier or subject right before the trigger: "Israeli strikes", "Israel struck", "Russian forces shelled".
  if (!actors.attacker && !intercepted && !passive) {
    const clauseStart = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('“'), before.lastIndexOf(' - '), before.lastIndexOf('—'), before.lastIndexOf('–'), -1) + 1;
    const m = mentionEndingBefore(inSentence, trigger.start, clauseStart, text);
    // A city before the trigger is where, not who ("Kharkiv shelling"); demonyms are who, and so is a
    // country when it owns or performs the act ("Israel’s strikes", "Israel struck", "Israel has
    // targeted"), but not a bare name in front of a noun ("Burkina Faso ambush" is where).
    const gap = m ? text.slice(m.end, trigger.start) : '';
    const owns = /^(?:’s|'s|’|')/.test(gap) || /^\s*(?:has|have|had)\s+(?:also\s+)?$/.test(gap) || VERB_TRIGGER.test(text.slice(trigger.start, trigger.end));
    // ("a Palestinian rammed his car into ...": one person of that nationality, not the state.)
    const person = m !== null && m.role === 'demonym' && /\b(?:an?|one)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 6), m.start)) && /^\s+$/.test(gap)
      && /^(?:\w+ed|struck|hit|shot|stabbed|rammed|fired|launched)\b/i.test(text.slice(trigger.start, trigger.end));
    if (m && person) actors.attacker = m.text;
    else if (m && (m.role !== 'literal' || (m.place?.precision === 'country' && owns))) actors.attacker = actorName(m, countries);
    else {
      const np = new RegExp(String.raw`(${ACTOR_NP.source})\s*(?:’s|'s)?\s*(?:has|have|had)?\s*(?:also\s+)?(?:(?!(?:in|on|at|by|from|during|with|after|near|of|for|into|amid|over|under)\s)[a-z]+\s+){0,1}$`, 'u').exec(before);
      const full = np?.[2]?.trim().replace(/(?:’s|'s|’|')$/, '');
      // ("the Iran-aligned Houthis launched": the backer's compound names who backs them, not who acted.)
      const backer = full ? /^(?:[Tt]he\s+)?(?:\S+-(?:led|backed|allied|aligned|affiliated|linked|supported|sponsored)\s+)+/.exec(full) : null;
      const head = backer ? full!.slice(backer[0].length) : full;
      // "arrived ... in Ogossagou and opened fire": a name after a preposition is where, not who.
      if (head && np && !AFTER_PREPOSITION.test(before.slice(Math.max(0, np.index - 12), np.index))) {
        const at = trigger.start - before.length + np.index + np[0].indexOf(full!) + (backer ? backer[0].length : 0);
        const inside = inSentence.filter((x) => x.start >= at && x.end <= at + head.length);
        // "Iranian forces" -> Iran; "Houthi rebels" stays as written; a city is a place, not an actor.
        const named = inside.find((x) => x.place?.precision === 'country');
        if (named) actors.attacker = actorName(named);
        // One capitalised word opening the sentence is just capitalised ("Armed clashes").
        else if (!BAD_ACTOR.test(head.split(/\s/)[0]!.replace(/(?:’s|'s)$/, '')) && !inside.some((x) => x.role === 'literal')
          && !(/^\S+$/.test(head) && before.trimStart().startsWith(head) && !LONE_ACTOR.test(head) && !verbTrigger)) actors.attacker = head;
      }
    }
  }
  // "Suspected jihadists killed 23 soldiers in an ambush": an armed group opening the clause did it.
  const group = !actors.attacker && !intercepted && !passive ? GROUP_SUBJECT.exec(text.slice(sentence.start, trigger.start)) : null;
  if (group) {
    actors.attacker = group[1]!.replace(/^(?:suspected|alleged|unidentified|unknown)\s+/i, '');
    // "Suspected jihadists": the attribution is itself a suspicion.
    const hedge = /\b(suspected|alleged)\s+(?:[\w-]+\s+)?$/i.exec(text.slice(sentence.start, sentence.start + group.index + group[0].indexOf(group[1]!) + group[1]!.length - actors.attacker.length));
    if (hedge) actors.claim = hedge[1]!.toLowerCase();
  }
  // "Pakistani forces killed six militants in a raid ...": the subject of the sentence did it.
  if (!actors.attacker && !intercepted && !passive) {
    const lead = inSentence.find((x) => x.place?.precision === 'country' && x.start >= sentence.start
      && /^(?:\([^)]{0,60}\)\s*[-–—]\s*|[^,]*?(?:\s[-–—]\s|\)\s*[-–—]\s*))?(?:the\s+)?$/i.test(text.slice(sentence.start, x.start)) && x.end <= trigger.start);
    // ("Burkina Faso's armed forces summarily executed ...": the country's forces, the trigger their verb.)
    if (lead && (SUBJECT_VERB.test(text.slice(lead.end, trigger.start)) || (VERB_TRIGGER.test(text.slice(trigger.start, trigger.end)) && OWN_FORCES.test(text.slice(lead.end, trigger.start))))) actors.attacker = actorName(lead);
  }
  // "Israeli troops killed two Palestinians during a raid in Tubas": the forces that open the sentence,
  // acting, did the raid their clause places them in.
  if (!actors.attacker && !intercepted && !passive && /\b(?:during|in|amid)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
    const lead = inSentence.find((x) => x.role === 'demonym' && /^(?:[^,]{0,40},\s+)?(?:the\s+)?$/i.test(text.slice(sentence.start, x.start)));
    if (lead && FORCES_ACTING.test(text.slice(lead.end, trigger.start))) actors.attacker = actorName(lead);
  }
  // 3. The target: "on Iranian targets", "targeting Damascus", "killed 14 Iranian militants", "targeted a research center".
  const target = targetIn(after, /(?:ed|struck|hit)$/i.test(text.slice(trigger.start, trigger.end)));
  // A place named as the object ("shelled Kharkiv") is the event's place, not a target.
  const isPlace = (x: Mention) => target === x.text || target!.startsWith(`${x.text} `)
    || /^(?:city|town|village|province|region|district|area|outskirts|suburbs?|port|capital)\s+of\s+/i.test(target!) && target!.endsWith(x.text);
  if (target && !inSentence.some((x) => x.role === 'literal' && isPlace(x))) actors.target = target;
  // A claim word near the trigger ("Israeli-attributed", "what it said were", "blamed on") marks the attribution as claimed.
  const window = text.slice(Math.max(sentence.start, trigger.start - 60), Math.min(sentence.end, trigger.end + 60));
  const claim = CLAIM.exec(window);
  if (claim && !actors.claim) actors.claim = claim[0];
  return actors;
}

const TARGET_LEAD = /(?:^|\s)(on|against|targeting|targeted|at|struck|hit|killed|killing)\s+(?:what (?:it|they|the [\w ]{1,40}?) said (?:were|was)\s+)?/gi;
const NOT_TARGET = /^(?:on|in|at|by|with|for|during|after|before|night|morning|evening|afternoon|dawn|him|them|it|back|least|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}\b)/i;

function targetIn(after: string, verb: boolean): string | null {
  const head = after.slice(0, 120);
  // A verb trigger's direct object comes first: "struck what it said were Iranian targets".
  const object = verb ? /^\s+(?:what (?:it|they|the [\w ]{1,40}?) said (?:were|was)\s+)?(?=[\w’'-]+)/i.exec(head) : null;
  const leads = [...(object ? [object] : []), ...head.matchAll(TARGET_LEAD)];
  for (const m of leads) {
    // "blamed on Iran", "attributed to": an attribution, not a target.
    if (/\b(?:blamed|attributed|based|depends?|relied|focused|insisted)\s*$/i.test(head.slice(0, m.index + (m[0].startsWith(' ') ? 1 : 0)))) continue;
    const rest = head.slice(m.index + m[0].length);
    const cut = STOP.exec(' ' + rest);
    const np = (cut ? rest.slice(0, Math.max(0, cut.index - 1)) : rest).trim()
      .replace(/^(?:at least|more than|some|about|around|nearly)\s+/i, '')
      .replace(/^(?:a|an|the|\d+|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+/i, '');
    if (np && np.split(/\s+/).length <= 6 && !NOT_TARGET.test(np) && !/^(?:people|persons|others|individuals|residents|region|city|town|area|country|village|province|oblast|district)$/i.test(np)) return np;
  }
  return null;
}

/** The actor stage: who did it and to whom, read among the sentence's places, metonyms included ("Moscow's forces"). */
export function actorsOfIncident(text: string, frame: SentenceFrame, trigger: Span): Actors {
  return actorsFor(text, frame.sentence, trigger, frame.actorMentions, frame.countries);
}
