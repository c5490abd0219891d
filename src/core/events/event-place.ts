// Where an event happened: the literal place the trigger's own words govern ("in", "near", "on",
// "targeting X", "withdrawing from X"), never a dateline or a capital standing for its government;
// demonyms name actors and are a last resort. "the country" / "there" point back to the last place named.
import type { Actors, Mention, Place, Span } from '../types.ts';
import type { Draft } from './draft.ts';
import { isWave } from './draft.ts';
import { toldWithOwnDay } from './merge.ts';
import { pointsBack, span } from './frame.ts';
import type { SentenceFrame } from './frame.ts';
import type { Incident } from './incidents.ts';
import { ANY_TRIGGER, INTERCEPTED } from './triggers.ts';
import { normalizeName } from '../text/normalize.ts';
import { haversineKm } from '../eval/haversine.ts';

export interface PlaceChoice {
  mention: Mention;
  /** How the words tie the place to the trigger. */
  how: 'governed' | 'sentence' | 'anaphora' | 'demonym';
}

// Nouns and adjectives that may sit between a locative and its place: "the centre of", "the southern
// edge of the rebel-held city of", "the outskirts of".
// ("on northern and western rural Aleppo": directions may be coordinated.)
const CHAIN = String.raw`(?:(?:city|cities|towns?|villages?|provinces?|regions?|districts?|governorates?|outskirts|suburbs?|areas?|countryside|capital|port|border|centre|center|heart|edge|middle|entrance|gates?|parts?|side|vicinity|environs|strategic|key|nearby|besieged|contested|embattled|restive|frontline|coastal|remote|rural|and|eastern|western|northern|southern|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|[a-z]+-(?:held|controlled|occupied|run|besieged)|held|controlled)\s+(?:of\s+)?(?:the\s+)?)*`;
const LOCATIVE = new RegExp(String.raw`(?:\b(?:in|near|at|on|outside|inside|across|around|over|into|onto|throughout|within|along|towards?|toward|against|targeting|targeted|targets|struck|hit|hits|hitting|strikes|striking|shelled|shells|shelling|raided|raids|raiding|bombed|bombs|bombing|attacked|attacks|attacking|stormed|storms|storming|pounded|pounds|pounding|bombarded|bombards|bombarding|overran|overrunning|besieged|besieging|torched|razed|rocked|rocks|seized|seizes|seizing|captured|captures|capturing|recaptured|recaptures|recapturing|retook|retakes|retaking|liberated|(?:took|taking|seized|seizing) control of|close to|next to|not far from)\s+(?:(?:the|his|her|their|its)\s+)?${CHAIN}|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of\s+)?|\b(?:capital|city|town|village|port|province|region|district|governorate|oblast|camp|neighbou?rhood|suburb|outskirts)(?:\s+of)?,?\s+)$`, 'i');
// "in Russia's Belgorod region", "on Beirut's southern suburbs": a place after a possessor the locative governs.
const POSSESSED = new RegExp(String.raw`\b(?:in|near|at|on|outside|inside|across|over|into|targeting|targeted|struck|hit|hits|shelled|bombed|attacked)\s+(?:the\s+)?${CHAIN}[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}?['’]s?\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?$`, 'u');
// "Hilla, just south of X", "Hawija, a town near X", "Gradiska, northeast of X": X locates the place before it.
// ("in the restive Diyala province, north of Baghdad": the place's kind may come before the comma.)
const APPOSED_REFERENCE = /^\s*(?:(?:province|governorate|region|district|state|county|oblast|city|town|village|area)\s*)?,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|district|suburb|area|settlement|camp|region|province)\s+)?(?:(?:just|about|some|roughly|immediately)\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of)|near|outside|close to|not far from)\s+(?:the\s+)?(?:(?:city|town|capital|provincial capital) of\s+)?$/i;
// "70 km north of X", "about 15 kilometres from X": a reference point, near the scene but not at it.
const DISTANCE = /\b(\d+(?:\.\d+)?)\s*(?:km|kilomet(?:er|re)s?|miles?|nautical miles)\s+(?:(?:to the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/i;
// ("... in northern rural Homs as the bombing campaigns on Idlib continue": "as" opens a clause of its own.)
const CLASH_NOUN = /^(?:heavy fighting|fighting|clashes|battles?|gun ?battles?|firefights?|street battles?|exchanges? of (?:gun)?fire)$/i;
const FIGHTING_BEFORE = /\b(?:after|following|amid|during)\s+(?:(?:days|hours|weeks|months|a (?:day|night|week|month)|(?:two|three|four|five|six|\d+) (?:days|hours|weeks|months)) of\s+)?(?:(?:heavy|fierce|intense|violent|bloody|deadly|sporadic|renewed|street)\s+)*$/i;
const NEVER = /$^/;
const OTHER_CLAUSE = /\b(?:was|were|is|are|has been|have been|had been|said|says|told|added|quoted|quoting|saying|according to|which|who|that|after|before|when|while|because|following|since|in response to|in retaliation for|amid|sparking|prompting)\b|\bas\s+(?:the|a|an|their|its|his|her)\s|,\s+(?:and|but)\s/i;
// Between a trigger and a later place: a new clause ("..., after rebels shelled Hama") that tells an
// event of its own (a trigger word of its own before the place).
const LATER_CLAUSE = /\b(?:which|who|whose|while|whereas|although|though|after|before|as|because|when|until|unless|since|said|says|told|added|following|amid|in retaliation for|in response to|in revenge for|(?:its|their|a|the) (?:response|retaliation|revenge) (?:to|for))\b|[;:]|\s[—–]\s/i;
// "a posh Sofia restaurant was shot up": the trigger's own auxiliary does not open another clause.
const OWN_AUXILIARY = /\b(?:was|were|is|are|has been|have been|had been|being|been)\s+(?:\w+ly\s+)?$/i;
// "Twelve were killed in Pader when fighters raided a camp", "killed in the city of Homs amid air strikes",
// "in Abu Ghraib four people were hurt when a bomb exploded": the toll's place is the scene of the attack
// its when/amid/in clause names as the cause, though a finite verb stands between them.
const TOLL = String.raw`\b(?:killed|died|dead|wounded|injured|hurt|slain)`;
const CAUSE = String.raw`\b(?:when|as|amid|during|in|by)\s+(?:(?:an?|the|their|its|his|her)\s+)?(?:[\w'’-]+\s+){0,4}$`;
// (No speech verb, relative pronoun or new coordinated clause between the place and the trigger.)
const NO_NEW_CLAUSE = String.raw`(?:(?!\b(?:said|says|told|which|who|whose|but|and)\b)[^;:.!?,])*?`;
const TOLL_PLACE = new RegExp(String.raw`${TOLL}\s+(?:[\w-]+\s+){0,3}?(?:in|near|at|outside|inside)\s+(?:the\s+)?(?:[^\s,;:.!?]+\s+){0,5}$`, 'i');
const CAUSE_AFTER_TOLL_PLACE = new RegExp(String.raw`^${NO_NEW_CLAUSE}${CAUSE}`, 'i');
const TOLL_THEN_CAUSE = new RegExp(String.raw`^${NO_NEW_CLAUSE}${TOLL}\s+(?:[\w-]+\s+){0,2}?${CAUSE}`, 'i');
const TOLL_WORD = new RegExp(String.raw`${TOLL}\b`, 'i');
// The Arabic article of a hyphenated name, left at the end of the text before its mention.
const ARTICLE_BEFORE_NAME = /\b(?:al|el|ad|ar|as|at|an|az|ash|ath)[-‑]$/i;
const CAUSE_WORD = /\b(?:when|as|amid|during|in|by)\b/i;

/** The place's clause tells a toll whose cause is the trigger's attack (cheap word tests first). */
function tollCause(lead: string, gap: string, governed: boolean): boolean {
  if (!CAUSE_WORD.test(gap)) return false;
  if (governed && TOLL_WORD.test(gap) && TOLL_THEN_CAUSE.test(gap)) return true;
  return TOLL_WORD.test(lead) && TOLL_PLACE.test(lead) && CAUSE_AFTER_TOLL_PLACE.test(gap);
}

const PERSON_TRIGGER = /^(?:killed|shot|murdered|wounded|injured|hurt|executed|beheaded|stabbed|kidnapped|abducted|assassinated|gunned down|lynched|tortured)\b/i;
// ("On Monday morning in the Homs Governorate's southeastern countryside, ...": a time may open the frame.)
const FRAME_BEFORE = /^\s*(?:(?:Also|Meanwhile|Elsewhere|Separately|Earlier|Later),?\s+)?(?:(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Last night|Overnight)(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:In|in|At|at|Near|near|Outside|outside|Across|Inside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}$/u;
const FRAME_AFTER = /^\s*(?:(?:[Pp]rovince|[Rr]egion|[Dd]istrict|[Ss]tate|[Cc]ounty|[Gg]overnorate|city|town|area)\s*)?(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:countryside|outskirts|suburbs|part|sector)\s*)?,/u;
const PASSIVE = /^\s+(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+ly\s+)?(?:again\s+)?$/i;
const ORIGIN = /\b(?:from|to|toward|towards|for)\s+(?:the\s+)?$/i;
// "from a frigate in the Sea of Azov", "from positions near Donetsk": a place inside a "from" phrase
// that no target word follows is where the fire came from.
const LAUNCH_SITE = /\b(?:fired|firing|launched|launching|lobbed|flown|flew|took off|taking off|sent|came|coming|originat\w*)\b[^,;.:]{0,40}?\bfrom\s+(?:(?!(?:at|on|onto|toward|towards|into|against|hit|hitting|struck|striking|targeting|killing|and)\b)[^,;.:]){0,45}$/i;
const ANAPHORA = /\b(?:in|inside|across|throughout|on|at|near|struck|hit|shelled|bombed|targeted|attacked|pounded|raided|stormed|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:edge\s+)?of|outskirts of|edge of)\s+the\s+(country|region|province|city|town|area|village|capital)\b(?!\s+of\s)|\bthere\b(?!\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|seems?|seemed|appears?|appeared|remains?|remained|be|being|been|existed?|followed|came)\b)/i;
// "officials in Damascus said", "a correspondent in Aleppo reported": where the speaker is.
const SPEAKER_PLACE = /\b(?:officials?|sources?|spokesm[ae]n|spokeswoman|authorities|residents|witnesses|medics|doctors|activists|ministry|correspondents?|reporters?|journalists?|monitors?|observers?|diplomats?|analysts?|police)\s+(?:[\w-]+\s+)?(?:in|from|at|based in)\s+(?:the\s+)?$/i;
// "the Islamic State of Iraq and Al-Sham", "the Army of Islam", "the National Defense Forces of Aleppo":
// a place in a group's capitalised name (a state's own name, "the Republic of Korea", is not a group's).
const ORGANISATION_IN = /\b(?:\p{Lu}\p{L}+\s+(?:Resistance|State|Front|Movement|Brigades?|Organi[sz]ation)|[Aa]l[-\s]Qa[e']?ida)\s+in\s+(?:the\s+)?$/u;
const ORGANISATION_OF = /\b\p{Lu}\p{L}+\s+(?:State|Front|Army|Party|Movement|Council|Brigades?|Battalions?|Committee|Union|Group|Organi[sz]ation|Forces|Coalition|Mujahideen|Guards?)\s+(?:of|for)\s+(?:the\s+)?(?:(?:Liberation|Independence|Defen[cs]e|Salvation|Unity)\s+of\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?)*$/u;
// "According to Iraqi Kurdistan's security council": the possessor of the source.
const ACCORDING_TO_OWNER = /\baccording to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const SOURCE_NOUN = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:council|ministry|ministries|officials?|sources?|spokesm[ae]n|spokeswoman|governor|government|authorities|police|army|military|command|media|television|agency|office|administration|presidency|observatory)\b/i;
// "According to a military source in Damascus, ...": the source's seat.
const ACCORDING_TO = /\baccording to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:officials?|sources?|spokesm[ae]n|spokeswoman|authorities|residents|witnesses|medics|activists|correspondents?|reporters?|monitors?|observers?)\s+(?:in|from|at|based in)\s+(?:the\s+)?$/i;
// "According to a military source at the T-4 Military Airport in east Homs, the air force struck ...":
// every place in the phrase that seats the source, up to the comma that closes it.
const ACCORDING_CHAIN = /\baccording to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:officials?|sources?|spokesm[ae]n|spokeswoman|authorities|residents|witnesses|medics|activists|correspondents?|reporters?|monitors?|observers?)\s+(?:in|from|at|based in)\s+[^,;:.()"“”]*$/i;
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:[\w-]+\s+){0,3}?(?:said|say|says|told|reported|report|confirmed|added|announced|claimed)\b/i;
// "The Authority in Ramallah condemned the raid", "the government in Kabul denounced the attack": a body
// named with its seat, then its reaction to an incident told after. The seat is who reacted, not the scene.
const REACTION_AFTER = /^\s*(?:,\s*)?(?:(?:has|have|had|also|quickly|swiftly|strongly|later|on \w+day)\s+)*(?:condemn|denounc|deplor|decr[iy]|criticis|criticiz|welcom|prais|hail|protest|blam|accus|reject|dismiss|mourn|vow|pledg|demand|urg|call(?:ed|s)? for|warn)\w*\b/i;
const SEAT_BEFORE = /\b(?:in|from|based in)\s+(?:the\s+)?$/i;
// "U.S.-led", "Iran-backed", "Liberian-flagged": a word about an actor or a ship, not a scene.
const ACTOR_COMPOUND = /^[-‑](?:led|backed|allied|aligned|based|born|made|built|supplied|supported|trained|funded|sponsored|owned|flagged|registered|linked|affiliated|controlled|run|occupied|held|annexed|installed|appointed)\b/i;
// "a US-Kurdish operation", "the Franco-German brigade": two nations' joint force, not a scene.
const NATIONS_COMPOUND = /^[-‑]\p{Lu}\p{Ll}{2,}(?:an|ish|ese|ic)\b/u;
// "the Gusau-Funtua road": a route between two towns, at neither.
const ROUTE = /^[-‑–][\p{Lu}][\p{L}'’-]*\s+(?:[Rr]oad|[Hh]ighway|[Mm]otorway|[Rr]oute|[Rr]ailway|[Rr]ail line|[Cc]orridor|[Pp]ipeline|[Ee]xpressway)\b/u;
// "US aircraft", "Russian forces", "Israel's military": a country named as the owner of the force is who.
// "the UK Maritime Trade Operations agency", "the Iraqi Red Crescent Society": a body named after the country.
const ORG_NAMED_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:agency|authority|office|command|centre|center|service|council|organi[sz]ation|operations|society|commission|institute|foundation|committee|network|observatory|watch)\b/u;
const GROUP_NAMED_AFTER = /^\s+(?:militiam[ae]n|militias?|rebels?|insurgents?|fighters?|gunmen|guerrillas?|jihadists?)\b/i;
const REGION_ADJECTIVE = /^\s+(?:port\s+)?(?:city|town|port|village|resort|island|coast)\b/;
const ATTACK_NOUN_AFTER = /^\s(?:air\s?strikes?|strikes|drone strikes?|missile strikes?|bombing|bombardment|shelling|raids?)\b/i;
const ACTOR_NOUN = /^\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:convoys?|patrols?|vehicles?|h[ua]mvees?|personnel|servicem[ae]n|contractors?|citizens?|nationals?|aircraft|forces|troops|jets|warplanes|military|army|navy|air force|drones|soldiers?|troopers?|marines?|sailors?|pilots?|officials|government|embassy|envoy|president|ministry|Central Command|special forces|marines|coalition|authorities|intelligence|planes|helicopters|gunboats|warships|artillery|missiles|defen[cs]e ministry|defen[cs]e forces|command|Central Command|spokesm[ae]n|state media|state television|television|news agency|media|officials)\b/i;
// A nationality is a scene only as a territory: "on Syrian soil", "in Iraqi airspace".
const TERRITORY = /^\s+(?:territory|soil|airspace|territorial waters|waters|border areas?|border towns?|border villages?|border(?!\s+(?:guards?|police|forces|troops|officials?|agency|patrol)))\b/i;
// Words that may link a wide place to a narrower one in one phrase: "Zaporizhzhia, in Ukraine's south",
// "Belgorod, Russia", "Russia's Belgorod region", "the Tigrayan town of Shire".
const LINK = /^\s*(?:(?:['’]s|,|in|of|near|outside|the|a|an|its|city|town|village|capital|regional|region|province|district|oblast|port|border|frontline|occupied|[a-z]+-(?:held|controlled|occupied)|[a-z]+ern|north|south|east|west|centre|center|part|edge|outskirts|area|state|governorate|county|\p{Lu}[\p{L}\p{M}.-]*(?:['’]s)?)\s*)*$/u;

// "the bombardment of the Kurdish-majority Aziziyah district", "the shelling of Kramatorsk": the place
// is the object of the event noun itself (a country only bare: "NATO's bombing of Yugoslavia").
const OBJECT_OF = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

function objectOf(text: string, trigger: Span, m: Mention): boolean {
  if (m.start < trigger.end || m.start - trigger.end > 40) return false;
  const gap = text.slice(trigger.end, m.start);
  if (!OBJECT_OF.test(gap)) return false;
  return m.place?.precision !== 'country' || /^\s+of\s+$/.test(gap);
}

// "in the towns of Kafr Rouma and Saraqib", "at the villages of Sees, Tees and Hamra": a later item of a
// list the locative governs, though the first item is a name the gazetteer lacks.
const NAMES_BEFORE = /(?:[\p{Lu}‘’'][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,2}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$/u;

function listedAfterName(lead: string, at: number, inSentence: readonly Mention[]): boolean {
  if (!/(?:,|\band|\bor)\s+$/.test(lead)) return false;
  const names = NAMES_BEFORE.exec(lead);
  if (names === null || !LOCATIVE.test(lead.slice(0, names.index))) return false;
  // (A first item the gazetteer knows is governed itself, and the list split gives the others.)
  const from = at - lead.length + names.index;
  return !inSentence.some((o) => o.start >= from && o.start < at);
}

function usable(m: Mention): boolean {
  return m.place !== null && (m.role === 'literal' || m.role === 'demonym');
}

// "Captain Ali told Reuters by phone from the nearby town of X", "speaking from X": where a speaker
// was when they spoke, not the scene.
const SPOKE_FROM = /\b(?:told|telling|said|says|speaking|spoke|reached|contacted|interviewed)\b(?:\s+[\w-]+){0,3}?\s+(?:by\s+(?:tele|satellite\s+|mobile\s+)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?from\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?(?:(?:city|town|village|capital|camp)\s+of\s+)?$/i;
const FLED_TO = /\b(?:fled|escaped|evacuated|displaced|relocated|taken|moved)\s+(?:\w+\s+)?(?:to|into|towards?)\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|regional)\s+)?(?:(?:city|town|village|capital|camp)\s+of\s+)?$/i;
const NAME_BEFORE = /\bthe\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+$/u;
const OCCURRED_IN = /^[^.;]{0,120}?\b(?:occurred|took place|happened|unfolded|was carried out|were carried out)\s+(?:(?:at\s+)?(?:about|around|shortly after|just after|before|after)?\s*[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm|GMT)?\s+|on\s+\w+\s+|early\s+|late\s+)?(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|village|district|area|province|region) of\s+)?$/i;
const SCENE_OF = /^\s+(?:was|were|is|are|has been|had been|became|has become)\s+(?:the\s+)?(?:(?:latest|first|main)\s+)?(?:scene|site|target|focus|centre|center)\s+of\s+(?:(?:the|a|an|heavy|fierce|deadly|renewed|repeated)\s+)*$/i;
const IT_AFTER = /^\s+(?:after|when|before|since|as|until)\s+it\s+(?:was|had been|has been|came under)\s+(?:\w+ly\s+)?(?:again\s+)?$/i;
// "were patrolling a road in Kapho district when their vehicle was hit by a bomb", "was flying over
// Bosnia when his jet was hit": where people were doing something when the incident struck them.
const DOING_IN = /\b(?:was|were)\s+(?:\w+\s+)?\w+ing\b[^,;.]{0,50}$/i;
const WHEN_AFTER = /^(?:\s+(?:district|province|region|town|village|city|area|county|governorate))?(?:,?\s+[\p{Lu}][\p{L}-]+)?,?\s+when\s+[^,;.]{0,80}$/u;
const RELATIVE_SUBJECT = /^,\s*(?:which|that)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?$/i;
const INCLUDED = /,\s*including\s+(?:the\s+)?(?:(?:city|town|village|port)\s+of\s+)?$/i;

/** The best place for a trigger in its sentence; `mentions` are all of the article's, in text order. */
export function placeFor(text: string, sentence: Span, trigger: Span, mentions: Mention[], withdrawal: boolean, attacker?: string): PlaceChoice | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && usable(m));
  const scored: Array<{ m: Mention; score: number; how: PlaceChoice['how']; reference?: boolean; anchor?: Mention }> = [];
  let demonym: { m: Mention; score: number } | null = null;
  for (let mi = 0; mi < inSentence.length; mi++) {
    const m = inSentence[mi]!;
    // ("south of Al-Shadadi" where the mention is "Shadadi": the article belongs to the name, not the lead.)
    const lead = text.slice(Math.max(sentence.start, m.start - 60), m.start).replace(ARTICLE_BEFORE_NAME, '');
    const follow = text.slice(m.end, m.end + 24);
    let score: number;
    let how: PlaceChoice['how'] = 'sentence';
    let reference = false;
    let anchor: Mention | undefined;
    const f0 = follow.charCodeAt(0);
    // (Cheap first-character gates before the patterns: most mentions are followed by a space or a comma.)
    if ((f0 === 45 || f0 === 8209 || f0 === 8211) && (ACTOR_COMPOUND.test(follow) || ROUTE.test(follow))) continue;
    if (m.place?.precision === 'country' && (ACTOR_NOUN.test(follow) || NATIONS_COMPOUND.test(follow) || ORG_NAMED_AFTER.test(text.slice(m.end, m.end + 60)))) continue;
    // "fighting between the army and Fano militiamen": a group named after a place is who, not where.
    if (m.place?.precision !== 'country' && GROUP_NAMED_AFTER.test(follow)) continue;
    // "the first attack on the Red Sea city": a region or sea before "city", "port", "town" is the
    // adjective of a town named elsewhere (not "the West Bank village of Qusra", which it holds).
    if (m.place?.precision === 'region' && REGION_ADJECTIVE.test(follow) && !/^\s+(?:[a-z]+\s+){1,2}of\b/.test(text.slice(m.end, m.end + 40)) && /\bthe\s+$/i.test(lead)) continue;
    // "backed by U.S. airstrikes, launched an offensive": a country before another incident's noun is
    // that incident's attacker, no scene of this one (its own noun's place is decided below).
    const noun = m.place?.precision === 'country' ? ATTACK_NOUN_AFTER.exec(follow) : null;
    if (noun && !(trigger.start >= m.end && trigger.start <= m.end + noun[0].length)) continue;
    // "fighters of the Islamic State of Iraq and Al-Sham", "the National Defense Forces of Aleppo": a
    // group's name, not a scene.
    if (/\b(?:of|for)\s/.test(lead) && ORGANISATION_OF.test(lead)) continue;
    // "The Islamic Resistance in Iraq claimed ...", "al-Qaeda in the Arabian Peninsula": a group named for its land.
    if (/\sin\s/.test(lead) && ORGANISATION_IN.test(lead)) continue;
    // "According to Iraqi Kurdistan's security council, ...": the source's owner, not a scene.
    if (/^['’]/.test(follow) && ACCORDING_TO_OWNER.test(lead) && SOURCE_NOUN.test(follow)) continue;
    // "on behalf of the European Union detonated", "the entire EU delegation": a union of states acts
    // or owns; it is a scene only when the words put the incident in it.
    if (m.place?.name === 'European Union' && !/\b(?:in|across|throughout|into|inside)\s+(?:the\s+)?$/i.test(lead)) continue;
    // "in an ambush near the border with Mali": the neighbour across the border is not where it happened.
    if (/\bborders?\s+with\s+(?:the\s+)?$/i.test(lead)) continue;
    if (m.role === 'demonym') {
      // A nationality names an actor ("Russian missiles", "Turkish state television said"), never a
      // scene, unless it qualifies a territory ("on Syrian soil").
      if (!TERRITORY.test(follow)) continue;
      score = 1;
      how = 'demonym';
    } else if (withdrawal && /\b(?:from|out of)\s+(?:the\s+)?$/i.test(lead)) {
      score = 10;
      how = 'governed';
    } else if (/from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(lead) && SPOKE_FROM.test(lead)) {
      continue;
    } else if (FLED_TO.test(lead)) {
      continue; // "a resident who fled to the town of Kaya told AP", "thousands fled to X": where people went, not the scene.
    } else if (m.end <= trigger.start && SEAT_BEFORE.test(lead) && REACTION_AFTER.test(text.slice(m.end, trigger.start))) {
      continue; // "The Authority in Ramallah condemned the raid": the seat of who reacted.
    } else if (/\b(?:in|from|at)\s+(?:the\s+)?$/i.test(lead) && SPEAKER_PLACE.test(lead) && (SPEECH_AFTER.test(follow) || ACCORDING_TO.test(lead))) {
      score = 0.5; // "officials in Damascus said": the speaker's seat.
    } else if (m.end <= trigger.start && /^[^,;.]{0,60},/.test(text.slice(m.end, trigger.start)) && ACCORDING_CHAIN.test(text.slice(Math.max(sentence.start, m.start - 160), m.start))) {
      score = 0.5;
    } else if (lead.includes(',') && (anchor = apposedTo(text, inSentence, mi))) {
      score = 5; // "in Hilla, just south of Baghdad", "in Hawija, a town near Kirkuk": a reference point for the place before.
      how = 'governed';
      reference = true;
    } else if (/\d/.test(lead) && DISTANCE.test(lead)) {
      score = 5; // "85 km south of Maiduguri": a reference point; a scene named as such wins.
      how = 'governed';
      reference = true;
    } else if ((LOCATIVE.test(lead) || (/['’]/.test(lead) && POSSESSED.test(lead)) || objectOf(text, trigger, m) || listedAfterName(lead, m.start, inSentence)) && !/\b(?:from|blamed on|attributed to)\s+(?:the\s+)?$/i.test(lead) && !(/from/i.test(lead) && LAUNCH_SITE.test(lead)) && (m.start >= trigger.end || trigger.start - m.end < 80)) {
      score = 8;
      how = 'governed';
    } else if (/\b(?:blamed on|attributed to|by|blamed|blaming|accused|accusing|holds|held)\s+(?:the\s+)?$/i.test(lead) || (attacker && m.place?.name === attacker)) {
      score = 0; // the attacker's own country ("Israel’s strikes", "blamed on Iran") is who, not where.
    } else if (/^(?:’s|'s|’)/.test(follow)) {
      score = 2.5; // "Syria’s air defense systems" are in Syria, but "Moscow's setbacks" are not a scene.
    } else if (ORIGIN.test(lead) || (/from/i.test(lead) && LAUNCH_SITE.test(lead))) {
      score = 0; // "flights from Iran", "fired from a frigate in the Sea of Azov": an origin, not the scene.
    } else {
      score = 3;
    }
    if (score === 0) continue;
    // "Nikopol was shelled": the passive subject is the scene.
    const gap = m.end <= trigger.start ? text.slice(m.end, trigger.start) : '';
    // "captured the town of X in South Kivu province on Thursday after heavy fighting": the fighting the
    // capture came after, a noun right after "after", was fought there (not "after rebels shelled Hama").
    const FIGHT_AFTER = CLASH_NOUN.test(text.slice(trigger.start, trigger.end)) ? FIGHTING_BEFORE : NEVER;
    // "In Kharkiv Oblast, a man was killed in Russian strikes": a sentence-opening place frames it all.
    // ("In biblical Bethlehem, where ...", "In the ancient West Bank town of Jericho, ...", "Also in Yala province, ...")
    const frame = m.start - sentence.start < 120 && FRAME_BEFORE.test(text.slice(sentence.start, m.start)) && FRAME_AFTER.test(text.slice(m.end, m.end + 48));
    if (how === 'demonym') {
      // A territory named by a nationality is a last resort whatever its position.
    } else if (frame) {
      score = 8;
      how = 'governed';
    } else if (PASSIVE.test(gap) && !PERSON_TRIGGER.test(text.slice(trigger.start, trigger.end))) {
      // ("Foley was shot dead", "Arad was shot down": the subject of a killing is a person, not a place.)
      score = 8;
      how = 'governed';
    } else if (m.end <= trigger.start && gap.length < 160 && tollCause(lead, gap, how === 'governed')) {
      // The toll's clause names this attack as its cause: its place is the attack's scene (below a place
      // the attack's own words govern: "killed in Gaza when jets struck a house in Rafah").
      score = 7.5;
      how = 'governed';
    } else if (m.start >= trigger.end && OCCURRED_IN.test(text.slice(trigger.end, m.start))) {
      // "The checkpoint attack, which also wounded 10 soldiers, occurred about 9 a.m. in Khalis".
      score = 8;
      how = 'governed';
    } else if (m.end <= trigger.start && (SCENE_OF.test(gap) || IT_AFTER.test(gap))) {
      // "Jonglei was the scene of clashes", "access to Misrata after it was shelled": the place is the
      // scene, or the pronoun that is the trigger's subject.
      score = 8;
      how = 'governed';
    } else if (how === 'governed' && m.end <= trigger.start && WHEN_AFTER.test(gap) && DOING_IN.test(lead)) {
      score = 8;
    } else if (m.end <= trigger.start && RELATIVE_SUBJECT.test(gap)) {
      // "violations by the opposition in the city of Aleppo, which killed six": the relative clause's
      // subject is the phrase that names the place.
      score = Math.max(score, 6);
      how = 'governed';
    } else if (m.end <= trigger.start && OTHER_CLAUSE.test(gap.replace(OWN_AUXILIARY, '').replace(FIGHT_AFTER, ''))) {
      // A finite verb between a place and a later trigger puts them in different clauses.
      score = Math.min(score, 1);
    } else if (how === 'governed' && m.start >= trigger.end && causeAfterToll(text, trigger, m)) {
      // "were killed when a strike hit a group of people in Deir al-Balah": the cause's scene is the toll's.
    } else if (m.start >= trigger.end && laterEvent(text.slice(trigger.end, m.start))) {
      // "Jets struck Aleppo after rebels shelled Hama": Hama is the shelling's.
      score = Math.min(score, how === 'governed' ? 1.4 : 1);
    } else if (how === 'governed' && m.start >= trigger.end && laterClause(text.slice(trigger.end, m.start))) {
      // "The shelling came as troops tightened their ring around Sloviansk": a place in a clause of its
      // own is in the sentence, not governed by the trigger (and no place for a re-mention).
      how = 'sentence';
      score = Math.min(score, 3);
    }
    // "In Kherson Oblast, troops attacked 38 settlements, including the city of Kherson": one of many
    // places hit is below the place that frames them all.
    if (how === 'governed' && !frame && m.start >= trigger.end && INCLUDED.test(lead)) score = Math.min(score, 6);
    // Nearer the trigger is better, after it better than before; a more precise place wins a tie.
    const distance = m.start >= trigger.end ? m.start - trigger.end : (trigger.start - m.end) * 1.5;
    score -= Math.min(distance, 300) / 150;
    score += precisionBonus(m);
    if (how === 'demonym') {
      if (m.place?.name !== attacker && (!demonym || score > demonym.score)) demonym = { m, score };
      continue;
    }
    scored.push({ m, score, how, reference, ...(anchor ? { anchor } : {}) });
  }
  let best: (typeof scored)[number] | null = null;
  for (const c of scored) if (c.score >= 1.5 && (!best || c.score > best.score)) best = c;
  // The place a reference point locates is the scene, if the words tie it to the trigger at all.
  const located = best?.anchor ? scored.find((c) => c.m === best!.anchor && c.score >= 1) : undefined;
  if (located) best = { ...located, how: 'governed' };
  if (best) {
    // "the centre of Zaporizhzhia, in Ukraine's south", "in Russia's Belgorod region": the wide place
    // the locative governs is the setting of a narrower one named in the same phrase; that is the scene.
    // ("in the restive Diyala province, north of Baghdad": a reference point for the place is not inside it.)
    const inside = scored.filter((c) => !c.anchor);
    const narrower = narrowerInPhrase(text, best, inside) ?? possessedBy(text, best, inside);
    if (narrower) return { mention: narrower.m, how: best.how };
    // "in the southern Red Sea about 55 nautical miles south-southwest of Hodeidah": a distance from a
    // town says more than a sea or a country.
    const wide = best.m.place!.precision === 'country' || best.m.place!.precision === 'region';
    const ref = wide ? scored.find((c) => c.reference && !c.anchor && c.score >= 1.5 && c !== best) : undefined;
    return ref ? { mention: ref.m, how: 'governed' } : { mention: best.m, how: best.how };
  }
  // "targets in the country", "bases there": the last place named before the words.
  const re = new RegExp(ANAPHORA.source, 'gi');
  re.lastIndex = 0;
  for (const a of text.slice(sentence.start, sentence.end).matchAll(re)) {
    const at = sentence.start + a.index;
    const wantCountry = a[1] === 'country';
    // "south of the city" is the last town named, "the region" the last region: not the country named since.
    const kind = a[1]?.toLowerCase();
    const fits = (p: Place) => wantCountry ? p.precision === 'country'
      : kind === 'city' || kind === 'town' || kind === 'village' || kind === 'capital' ? p.precision === 'city' || p.precision === 'point'
        : kind === 'region' || kind === 'province' ? p.precision === 'region' : true;
    const named = mentions.filter((m) => m.end <= at && m.role === 'literal' && m.place
      && !(m.place.precision === 'country' && ACTOR_NOUN.test(text.slice(m.end, m.end + 24))));
    const prior = named.filter((m) => fits(m.place!));
    let last = prior[prior.length - 1];
    const lastNamed = named[named.length - 1];
    // "The Zaporizhzhia region's governor said the city had been hit": the city of the region's name.
    const town = lastNamed && (kind === 'city' || kind === 'town') && lastNamed.place!.precision === 'region'
      ? [...prior].reverse().find((m) => normalizeName(m.text) === normalizeName(lastNamed.text)) : undefined;
    // "west of the city" after "... the highway linking Kabul with the north" in a story about Kunduz:
    // the story's town (named most often, the last one counting twice) is "the city".
    if (town) last = town;
    else if (last && (kind === 'city' || kind === 'town')) last = salient(prior) ?? last;
    if (last) return { mention: last, how: 'anaphora' };
  }
  return demonym ? { mention: demonym.m, how: 'demonym' } : null;
}

// A subordinate clause of its own between a trigger and a place (not a speech verb: "struck what it said
// were targets in Syria" still governs Syria).
// ("..., Janowski continued, and in Prijedor ...": a coordinated clause with a place of its own.)
const OWN_CLAUSE = /\b(?:while|whereas|although|though|after|before|as|because|when|until|unless)\b|[;:]|\s[—–]\s|,\s+(?:and|but|while)\s+(?:in|at|near|outside)\s/i;

/** The place named most often among `prior` (text order), the last one counting twice; ties go to the later. */
function salient(prior: readonly Mention[]): Mention | undefined {
  const count = new Map<string, number>();
  prior.forEach((m, i) => count.set(m.place!.name, (count.get(m.place!.name) ?? 0) + (i === prior.length - 1 ? 2 : 1)));
  let best: Mention | undefined;
  for (const m of prior) if (!best || count.get(m.place!.name)! >= count.get(best.place!.name)!) best = m;
  return best;
}

/** The mention just before `inSentence[i]` that an apposition ("X, just south of Y") ties it to as a reference point. */
function apposedTo(text: string, inSentence: readonly Mention[], i: number): Mention | undefined {
  const m = inSentence[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const o = inSentence[j]!;
    if (m.start - o.end >= 40) return undefined;
    if (o.end <= m.start && APPOSED_REFERENCE.test(text.slice(o.end, m.start))) return o;
  }
  return undefined;
}

function laterClause(between: string): boolean {
  // (Far enough on, the place is in another clause whatever the words: and the test stays linear.)
  if (between.length > 300) return true;
  return OWN_CLAUSE.test(between.replace(/\b(?:as well as|such as|as far as|as many as|as much as|as of|as part of|as a|as an)\b/gi, ' '));
}

/**
 * "eight people were killed when a strike hit a group of people in Deir al-Balah": a toll, then the
 * when-clause that names its cause; the place the cause's clause governs is the toll's scene.
 */
function causeAfterToll(text: string, trigger: Span, m: Mention): boolean {
  if (!/^(?:killed|killing|died|dead|wounded|injured|hurt)$/i.test(text.slice(trigger.start, trigger.end))) return false;
  const between = text.slice(trigger.end, m.start);
  return /^[^,;.]{0,40}?\b(?:when|as)\s+[^,;.]*\b(?:in|at|near|on|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i.test(between) && between.length < 120;
}

function laterEvent(between: string): boolean {
  const cut = LATER_CLAUSE.exec(between);
  // (An outcome told in the later clause is this incident's: "was shot to death by assailants and a woman
  // was wounded in the border city of Nuevo Laredo".)
  return cut !== null && ANY_TRIGGER.test(between.slice(cut.index).replace(OUTCOME_WORDS, ' '));
}
const OUTCOME_WORDS = /\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b/gi;

// A locative before a capitalised name: "near Robotyne", "in the village of Qasr Marid".
const NAMED_SCENE = /\b(?:in|near|at|outside|around|on|into|struck|hit|hits|shelled|bombed|attacked|targeted|raided|stormed|pounded)\s+(?:the\s+)?(?:(?:(?:border|nearby|frontline|front-line|northern|southern|eastern|western|central|coastal|small|remote)\s+)?(?:town|village|city|district|area|region|province|camp|neighbou?rhood|outskirts|suburb|hamlet|settlement) of\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+)/gu;

// "In Lgov, a drone struck a minibus": a sentence-opening place frames the whole sentence.
const OPENING_SCENE = /^\s*(?:In|At|Near|Outside)\s+(?:the\s+(?:town|village|city|district|camp|area) of\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}'’-]+)?),/u;

const GROUP_MEMBERS = /^\s+(?:militants?|fighters?|members?|operatives?|commanders?|leaders?|gunmen|rebels?|insurgents?|forces|troops|soldiers|positions?|targets?|sites?|infrastructure|facilities|bases?|posts?|launchers?|cells?|units?|officials?|figures?|weapons?)\b/;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|All|Total|Addition|Response|Return|Practice|Particular|General|Short|Fact|Turn|Contrast|Recent|Separate|Other|Some|Many|Both|Each|Most)$/;

/** The name of a scene the words give but the gazetteer does not know, if any. */
function unknownScene(text: string, sentence: Span, hit: Span, mentions: readonly Mention[]): string | null {
  const open = OPENING_SCENE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  if (open && sentence.start + open.index + open[0].length <= hit.start && !CALENDAR_WORD.test(open[1]!)) {
    const at = sentence.start + open.index + open[0].length - 1 - open[1]!.length;
    if (!mentions.some((x) => x.start <= at && at < x.end)) return open[1]!;
  }
  // From the trigger on: "struck Vovchansk" names its object with the trigger's own verb.
  const words = text.slice(hit.start, Math.min(sentence.end, hit.end + 60));
  NAMED_SCENE.lastIndex = 0;
  for (let m = NAMED_SCENE.exec(words); m; m = NAMED_SCENE.exec(words)) {
    const at = hit.start + m.index + m[0].length - m[1]!.length;
    // Days, months and the like are capitalised too.
    if (CALENDAR_WORD.test(m[1]!)) continue;
    // "a strike on Hamas militants", "hit Houthi targets": a group named by its members or its sites, not a place.
    if (GROUP_MEMBERS.test(words.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // "claimed the attack in a statement on Telegram": a medium, not a scene.
    if (/\b(?:statement|post|posted|message|video|footage|channel|account|website|broadcast|published|wrote|said|interview)\s+(?:\w+\s+)?(?:on|in|at)\s+(?:the\s+)?$/i.test(words.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[1]!.length))) continue;
    if (!mentions.some((x) => x.start <= at && at < x.end)) return m[1]!;
  }
  return null;
}

// "in the Sviatoshynskyi district", "on the Al-Karama neighbourhood": a named part of a town, no town said.
const TOWN_PART_NAMED = /\b(?:in|at|on|near|into|across|inside|hit|struck|shelled|targeted|pounded)\s+the\s+((?:(?:al|el|ad|ar|as|at|an|az|ash)[-‑])?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:al|el|ad|ar|as|at|an|az|ash)[-‑])?\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s+(?:district|neighbou?rhood|quarter|suburb)\b(?!\s+of\b)/gu;

/** The words of a named town part the gazetteer does not know, with no town around it said, if any. */
function unknownTownPart(text: string, sentence: Span, mentions: readonly Mention[]): Span | null {
  const words = text.slice(sentence.start, sentence.end);
  TOWN_PART_NAMED.lastIndex = 0;
  for (let m = TOWN_PART_NAMED.exec(words); m; m = TOWN_PART_NAMED.exec(words)) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    const end = sentence.start + m.index + m[0].length;
    if (CALENDAR_WORD.test(m[1]!.split(/\s/)[0]!)) continue;
    // A name the gazetteer knows is placed by the other rules ("in the Karrada district" is Karrada's).
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    return { start, end };
  }
  return null;
}

/** The dateline's city, when the story's latest placed incident lies in it (within a town's reach). */
function datelineTown(frame: SentenceFrame, drafts: readonly Draft[], paragraph: number): Place | undefined {
  const dateline = frame.near.find((m) => m.role === 'dateline' && m.place?.precision === 'city')?.place;
  if (!dateline) return undefined;
  const prior = latestDraft(drafts, paragraph, CARRY_PARAGRAPHS, (d) => !!d.place && d.section === 'body' && !d.generic);
  const at = prior?.place;
  if (!at || (at.precision !== 'city' && at.precision !== 'point') || at.country !== dateline.country) return undefined;
  return haversineKm(at.lat, at.lon, dateline.lat, dateline.lon) <= TOWN_REACH_KM ? dateline : undefined;
}
// How far from the dateline city's point an incident may lie and still be in that city.
const TOWN_REACH_KM = 15;

const RANK = { country: 0, region: 1, city: 2, point: 3 } as const;
const placeRank = (p: Place) => RANK[p.precision];

// "the eastern countryside of Aleppo", "rural Homs", "the Hama countryside", "the Idlib axis": the words
// name the area around a town, not the town the gazetteer gives for its name.
const AREA_LEAD = /\b(?:countryside|rural|environs|hinterland)\s+(?:of\s+)?(?:the\s+)?$/i;
const AREA_FOLLOW = /^\s+(?:countryside|province|governorate|region|axis|front|plains?|hinterland)\b/i;

/** A town's name used for the area around it ("the eastern countryside of Aleppo"). */
function areaAround(text: string, m: Mention): boolean {
  if (m.place?.precision !== 'city') return false;
  return AREA_LEAD.test(text.slice(Math.max(0, m.start - 40), m.start)) || AREA_FOLLOW.test(text.slice(m.end, m.end + 20));
}

/** A more precise place inside the chosen one, tied to it by a possessive, an apposition or "in". */
function narrowerInPhrase(text: string, best: { m: Mention; score: number }, scored: Array<{ m: Mention; score: number }>): { m: Mention } | null {
  const wide = best.m.place!;
  if (wide.precision === 'point' || wide.precision === 'city') return null;
  let pick: { m: Mention; score: number } | null = null;
  for (const c of scored) {
    const p = c.m.place!;
    if (c === best || RANK[p.precision] <= RANK[wide.precision] || !p.country || p.country !== wide.country) continue;
    if (wide.precision === 'region' && wide.admin1 && p.admin1 && wide.admin1 !== p.admin1) continue;
    const [a, b] = c.m.start < best.m.start ? [c.m, best.m] : [best.m, c.m];
    if (b.start - a.end > 60 || !LINK.test(text.slice(a.end, b.start))) continue;
    if (!pick || c.score > pick.score) pick = c;
  }
  return pick;
}

/** "central Gaza's Nuseirat camp", "Kharkiv's Saltivskyi district": the place the chosen one possesses. */
function possessedBy(text: string, best: { m: Mention }, scored: Array<{ m: Mention }>): { m: Mention } | null {
  const owner = best.m.place!;
  for (const c of scored) {
    if (c.m.start <= best.m.end || c.m.start - best.m.end > 30) continue;
    const p = c.m.place!;
    if (RANK[p.precision] < RANK[owner.precision] || (owner.country && p.country !== owner.country)) continue;
    if (/^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(best.m.end, c.m.start))) return c;
  }
  return null;
}

const BEARINGS: Record<string, number> = {
  north: 0, 'north-northeast': 22.5, 'north-north-east': 22.5, northeast: 45, 'north-east': 45, 'east-northeast': 67.5, east: 90, 'east-southeast': 112.5,
  southeast: 135, 'south-east': 135, 'south-southeast': 157.5, south: 180, 'south-southwest': 202.5, 'south-south-west': 202.5, southwest: 225, 'south-west': 225,
  'west-southwest': 247.5, west: 270, 'west-northwest': 292.5, northwest: 315, 'north-west': 315, 'north-northwest': 337.5, 'north-north-west': 337.5,
};
const REFERENCE = /\b(?:about\s+|some\s+|around\s+|nearly\s+)?(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?|nautical miles)\s+(?:\([^)]*\)\s+)?(?:to the\s+)?((?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})?(?:ern)?\s*(?:of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * "70 km north of X", "55 nautical miles south-southwest of the port of X": the scene is near X, not at
 * X's centre. With a bearing the place is moved that far that way; either way it is marked as an
 * approximate, region-precision place (the distance in reports is rounded), named by the words.
 */
export function referencedPlace(text: string, sentence: Span, m: Mention): Place | null {
  const lead = text.slice(Math.max(sentence.start, m.start - 90), m.start);
  const r = REFERENCE.exec(lead);
  if (!r || !m.place) return null;
  const unit = r[2]!.toLowerCase();
  const km = Number(r[1]) * (unit.startsWith('nautical') ? 1.852 : unit.startsWith('mile') ? 1.609 : 1);
  if (km < 10) return null;
  const bearing = r[3] ? BEARINGS[r[3].toLowerCase()] : undefined;
  const { lat, lon } = bearing === undefined ? m.place : destination(m.place.lat, m.place.lon, km, bearing);
  const words = text.slice(Math.max(sentence.start, m.start - 90) + r.index, m.end).replace(/\s+/g, ' ').trim();
  const { geonameId: _id, featureCode: _code, population: _pop, ...rest } = m.place;
  return { ...rest, name: words, lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, precision: m.place.precision === 'country' ? 'country' : 'region' };
}

/** The point `km` away from (lat, lon) on the given bearing, on a sphere of radius 6371 km. */
function destination(lat: number, lon: number, km: number, bearingDeg: number): { lat: number; lon: number } {
  const r = Math.PI / 180;
  const d = km / 6371;
  const b = bearingDeg * r;
  const p1 = lat * r;
  const l1 = lon * r;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / r, lon: ((l2 / r + 540) % 360) - 180 };
}

function precisionBonus(m: Mention): number {
  switch (m.place?.precision) {
    case 'point': return 0.6;
    case 'city': return 0.5;
    case 'region': return 0.3;
    default: return 0;
  }
}

const LISTED_LOCATIVE = /^[^,;.]{0,25}?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:in|near|at|on|outside|around)\s+(?:the\s+)?(?:(?:town|village|city|district|area|province|region|island|port) of\s+)?$/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$/u;
// "near the Syrian town of Al Bukamal and the Iraqi border town of Al Qaim": an item told as a town of.
const TOWN_OF_ITEM = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)the\s+(?:[\p{L}-]+\s+){0,3}(?:town|village|city|port|camp|district) of\s+$/iu;
// Mentions coordinated with the first ("A, B and C"), of the same precision, in the same sentence.
export function listedAfter(text: string, sentence: Span, first: Span, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let end = first.end;
  const firstMention = mentions.find((m) => m.start === first.start);
  for (const m of mentions) {
    if (m.start < end || m.end > sentence.end) continue;
    // (A nationality inside the next item's words, "the Iraqi border town of", is no item.)
    if (m.role === 'demonym') continue;
    const gap = text.slice(end, m.start);
    // "near the airport, in the Bajil district and on Kamaran island": each item with a locative of its own
    // may be of another precision (but not a country or the region that holds the first: "in Aleppo, in Syria").
    const own = LISTED_LOCATIVE.test(gap);
    // (An item the gazetteer lacks is passed over, and a name read only in part, "Maarat al-[Numan]", with it.)
    if (!own && !LIST_GAP.test(gap) && !TOWN_OF_ITEM.test(gap)) { if (/[\p{L}-]$|\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(gap)) continue; break; }
    if (m.role !== 'literal' || !m.place || !firstMention?.place) break;
    const first = firstMention.place;
    // ("in Suarez, in Cauca": a region of the town's country right after ", in" is where the town lies.)
    const holds = m.place.precision === 'region' && (first.precision === 'city' || first.precision === 'point')
      && ((first.admin1 !== undefined && m.place.admin1 === first.admin1) || (/^\s*,\s*in\s+(?:the\s+)?$/i.test(gap) && !!first.country && m.place.country === first.country));
    if (own ? m.place.precision === 'country' || holds || m.place.name === first.name
      : m.place.precision !== first.precision) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

// The container's words of a draft placed at a finer place the gazetteer lacks (a list after the container
// is still split: "in the Huriyah district of Baghdad and in Baquba").
const containerSpans = new WeakMap<Draft, Span>();

// How long an earlier event's place may be carried over to a placeless mention, in paragraphs.
const CARRY_PARAGRAPHS = 3;

/** The latest draft (scanning back no further than `paragraphs` paragraphs) that passes `ok`. */
function latestDraft(drafts: readonly Draft[], paragraph: number, paragraphs: number, ok: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (paragraph - d.paragraph > paragraphs) return undefined;
    // (An incident named only in passing, "in retaliation for a rocket strike on the Golan Heights", is no
    // scene the story goes on about.)
    // (A passing mention that only carried the story's place, "claimed responsibility for the blast", still holds it.)
    if (d.reference && d.placeHow === 'governed' && !toldWithOwnDay(d)) continue;
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
    // ... unless the lead told an incident of that very kind and the story has told no other since: the
    // body then retells the lead ("... one of them in a drone strike on a car. / ... when a drone fired a
    // missile at a car").
    if (frame.section === 'body' && !draft.date && (draft.placeHow === 'none' || draft.placeHow === 'carried')
      && /\b(?:an?)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, incident.hit.start - 20), incident.hit.start))
      && !retellsLead(draft, frame.paragraph, earlier)) draft.distinct = true;
    fresh.push(draft);
    // "hitting facilities in Lviv, Kharkiv and Odesa": one incident per place listed (ACLED codes each
    // location); the counts stay with the first, since the text gives only their total.
    if (draft.placeSpan && draft.placeHow === 'governed' && !draft.generic) {
      for (const m of listedAfter(text, sentence, containerSpans.get(draft) ?? draft.placeSpan, frame.near)) {
        fresh.push({ ...draft, actors: { ...draft.actors }, place: m.place, placeSpan: span(text, m), distinct: true });
      }
    }
  }
  return fresh;
}

/** A specific incident word whose kind only the lead told before (in its own paragraph). */
function retellsLead(draft: Draft, paragraph: number, earlier: readonly Draft[]): boolean {
  if (!draft.specific) return false;
  let lead: number | undefined;
  let told = false;
  for (const d of earlier) {
    if (d.section !== 'body' || d.generic) continue;
    lead ??= d.paragraph;
    if (lead >= paragraph) return false;
    if (d.type !== draft.type) continue;
    if (d.paragraph !== lead || !d.specific || d.distinct) return false;
    told = true;
  }
  return told;
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
  // (An incident told in a clause of its own, "a day after fighters attacked a police station", is new.)
  if (!draft.generic && !draft.date && draft.placeHow !== 'governed' && draft.placeHow !== 'anaphora' && !incident.apart
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
    distinct: incident.mode.distinct || incident.split === true || incident.apart === true,
    anaphoric: pointsBack(text, sentence.start, hit),
    inferredType: incident.inferred,
    specific: incident.specific,
    ...(incident.reference ? { reference: true } : {}),
    ...(INTERCEPTED.test(hit.text) ? { intercepted: true } : {}),
    section,
    paragraph,
  };
  // A passing reference ("a day after the rocket attack, a drone was shot down near Baghdad") takes no
  // place but one named after it in its own phrase ("after the bombing in Mogadishu", "a reprisal for an
  // attack earlier that day by JNIM on a military camp near Ouahigouya"), before any comma.
  const places = incident.reference ? usable.filter((m) => m.start >= hit.end && m.start - hit.end < 120 && !/[,;]/.test(text.slice(hit.end, m.start)))
    : incident.split ? usable.filter((m) => m.start >= hit.end) : usable;
  let choice = placeFor(text, sentence, hit, places, type === 'withdrawal', actors.attacker);
  // "Fighting erupted when troops came under attack in Beledweyne": the words of the same incident
  // that name its place may be another of its triggers.
  // ... and a narrower one: "launched an assault in the Hama countryside, targeting the town of X".
  // ("in the northern Hama countryside, targeting Kafr Zita": a town's countryside is wider than a town.)
  const rankOf = (c: PlaceChoice) => areaAround(text, c.mention) ? RANK.region : placeRank(c.mention.place!);
  const settled = choice?.how === 'governed' && !!choice.mention.place && rankOf(choice) >= RANK.city;
  for (const other of settled ? [] : incident.members ?? []) {
    // (A word told after the head names its own place after it: "..., targeting X".)
    const own = other.start > hit.end ? places.filter((m) => m.start >= other.end) : places;
    const alt = placeFor(text, sentence, other, own, type === 'withdrawal', actors.attacker);
    if (alt?.how !== 'governed' || !alt.mention.place) continue;
    const here = choice?.mention.place;
    if (choice?.how !== 'governed' || (here && rankOf(choice) < RANK.city && placeRank(alt.mention.place) > rankOf(choice) && alt.mention.place.country === here.country)) choice = alt;
  }
  // A re-mention ("the attacks", "the convoy attack") takes a place only from its own words ("the strike
  // on Aleppo"): "News of the strike reached Nairobi", "Ouagadougou has not commented on the attack".
  if (choice && choice.how === 'sentence' && draft.anaphoric) choice = null;
  // ("in Libya's capital": the capital the story names, the dateline's when it is one, not the country.)
  const owned = /\b(?:in|on|over|across|near|outside|around|inside|hit|struck|rocked|targeted|shook)\s+((\p{Lu}[\p{L}-]+)['’]s\s+capital)\b/u.exec(text.slice(sentence.start, sentence.end));
  const owner = owned ? frame.near.find((m) => m.start === sentence.start + owned.index + owned[0].indexOf(owned[1]!) && m.place?.precision === 'country') : undefined;
  const capital = owner ? [...frame.near].reverse().find((m) => m.end <= owner.start && (m.role === 'literal' || m.role === 'dateline') && m.place?.featureCode === 'PPLC' && m.place.country === owner.place!.country) : undefined;
  if (owned && capital && (!choice || choice.mention === owner)) {
    const at = sentence.start + owned.index + owned[0].indexOf(owned[1]!);
    draft.place = capital.place;
    draft.placeHow = 'anaphora';
    draft.placeSpan = span(text, { start: at, end: at + owned[1]!.length });
    return draft;
  }
  if (choice && choice.how !== 'demonym') {
    draft.place = referencedPlace(text, sentence, choice.mention) ?? choice.mention.place;
    draft.placeHow = choice.how;
    draft.placeSpan = span(text, choice.mention);
    // "in Mogadishu's Wadajir district": the finer place the gazetteer lacks, at the container's point.
    const sub = draft.place ? subPlaceOf(text, sentence, choice.mention, draft.place, frame.near, choice.how === 'governed' ? hit : undefined) : null;
    if (sub) {
      containerSpans.set(draft, draft.placeSpan);
      draft.place = sub.place;
      draft.placeSpan = span(text, sub.span);
    }
    return draft;
  }
  // "KYIV (Reuters) - Explosions rocked the capital": the dateline city is not the scene because the
  // reporter sat there, but "the capital" / "the city" can name it; the words that do are the span.
  // ("in the Somali capital": the capital named by its country's adjective, the dateline's when it is one.)
  const here = /\b(?:in|on|over|across|near|outside|around|inside|hit|struck|rocked|targeted|shook)\s+(the\s+(?:\p{Lu}[\p{L}-]+\s+)?(capital|city))\b/iu.exec(text.slice(sentence.start, sentence.end));
  const fits = (m: Mention) => !!m.place && (here![2]!.toLowerCase() === 'capital' ? m.place.featureCode === 'PPLC' : m.place.precision === 'city');
  // ... unless the story has named another such place since: "the city" is the last city named.
  const lastNamed = here ? [...frame.near].reverse().find((m) => m.end <= sentence.start + here.index && (m.role === 'literal' || m.role === 'dateline') && fits(m)) : undefined;
  const dateline = lastNamed?.role === 'dateline' ? lastNamed : undefined;
  if (here && dateline && !choice) {
    const at = sentence.start + here.index + here[0].indexOf(here[1]!);
    draft.place = dateline.place;
    draft.placeHow = 'anaphora';
    draft.placeSpan = span(text, { start: at, end: at + here[1]!.length });
    return draft;
  }
  // "TRIPOLI — ... Rockets fell on homes in the Abu Salim district": a district, quarter or suburb the
  // gazetteer lacks, named with no town around it, in a story told from a city whose incidents lie in
  // that city, is a part of it. The event takes the city's point (no finer), its words are the district's.
  const part = incident.reference ? null : unknownTownPart(text, sentence, frame.near);
  const city = part ? datelineTown(frame, drafts, paragraph) : undefined;
  if (part && city) {
    draft.place = city;
    draft.placeHow = 'anaphora';
    draft.placeSpan = span(text, part);
    return draft;
  }
  // A scene the words name but the gazetteer does not know ("repelled an attack near Robotyne") is left
  // unplaced: moving it to the last place told would put it somewhere it did not happen.
  const scene = incident.reference ? null : unknownScene(text, sentence, hit, frame.near);
  if (scene) {
    draft.sceneUnknown = true;
    draft.sceneName = scene;
    return draft;
  }
  // A placeless re-mention ("the latest raids killed 14") happened where the story's last such event did.
  // (Not an interception: "Air defences shot down 72 drones" is the night's count, not the village's
  // drone strike told before; nor one of those at a strike's place.)
  // (Never a campaign's or a tally's place: "has been struck repeatedly since Russia's invasion" says
  // nothing of where "Wednesday's attacks" hit.)
  // "the death toll from the Tuffah strike had risen to 14": a name before the trigger that an earlier
  // incident's place was told by names that incident's place, whatever was told since.
  const named = incident.reference ? null : NAME_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 40), hit.start));
  let byName: Draft | undefined;
  // (Back through the last 40 drafts: a long paste stays linear.)
  for (let i = drafts.length - 1; named && i >= Math.max(0, drafts.length - 40) && !byName; i--) {
    const d = drafts[i]!;
    if (d.section === section && d.place && d.placeSpan && d.placeSpan.end - d.placeSpan.start === named[1]!.length && text.startsWith(named[1]!, d.placeSpan.start)) byName = d;
  }
  if (byName) {
    draft.place = byName.place;
    draft.placeHow = 'anaphora';
    const at = hit.start - named![0].length + named![0].indexOf(named![1]!);
    draft.placeSpan = span(text, { start: at, end: at + named![1]!.length });
    return draft;
  }
  let prior = section === 'headline' || isWave(draft) ? undefined
    : latestDraft(drafts, paragraph, CARRY_PARAGRAPHS, (d) => d.type === type && !!d.place && d.section === section && !d.generic && !d.intercepted === !draft.intercepted);
  if (prior) {
    draft.place = prior.place;
    draft.placeHow = 'carried';
    // The same campaign's attacker comes with it unless this sentence names another.
    if (!draft.actors.attacker && prior.actors.attacker) draft.actors.attacker = prior.actors.attacker;
  } else if (!choice && !draft.intercepted && !isWave(draft) && !usable.some((m) => m.role === 'literal' && m.start >= sentence.start && m.end <= sentence.end)
    && (prior = latestDraft(drafts, paragraph, 1, (d) => !!d.place && d.section === section && section === 'body' && !d.generic && !d.intercepted))) {
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

// A place the gazetteer lacks, named with a word for a part of a town or a district ("Mogadishu's Wadajir
// district", "the village of Sayadan, forty miles north of Kabul", "Nwonko village in Wukari"): the
// scene is that part of the place the trigger's words govern, which is the container. The event keeps
// the container's point (moved by a distance, if one is given), marked no finer than the container and
// coarser for a village or town near a town, and its words are the finer name's: the reader sees which
// village, the map does not pretend to know where it is.
const SUB_CUE = String.raw`(?:villages?|wards?|towns?|hamlets?|settlements?|districts?|sub-?districts?|neighbou?rhoods?|quarters?|suburbs?|areas?|(?:refugee\s+)?camps?|sectors?|communes?|localit(?:y|ies)|municipalit(?:y|ies)|townships?|local government areas?|LGAs?|provinces?)`;
// Parts of a town (and the camps named with one): an event there is within the town's point.
const TOWN_PART = /^(?:(?:refugee\s+)?camps?|districts?|sub-?districts?|neighbou?rhoods?|quarters?|suburbs?|areas?|sectors?)$/i;
// (An apostrophe inside a name, "Ga'anda", "‘Arak", but not a possessive: "Baghdad's Qasra district".)
const SUB_WORD = String.raw`(?:(?:al|el|ad|ar|as|at|an|az|ash)[-‑])?[\p{Lu}‘’'](?:[\p{L}\p{M}\d/-]|['’‘](?![sS](?![\p{L}])))*`;
const SUB_NAME = String.raw`${SUB_WORD}(?:\s+(?:(?:al|el|ad|ar|as|at|an|az|ash)[-‑])?\p{Lu}(?:[\p{L}\p{M}\d/-]|['’‘](?![sS](?![\p{L}])))*){0,2}?`;
// (Greedy after "the village of": the whole name, "the village of Kafr Saad, 40 km north of Hama".)
const SUB_NAME_GREEDY = SUB_NAME.replace(/\{0,2\}\?$/, '{0,2}');
// (No 'i' flag: with it \p{Lu} would match any letter; the cue words take either case letter by letter.)
const anyCase = (re: string) => re.replace(/\\.|[a-z]/gi, (c) => (c.length > 1 ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
// "the village of X", "the villages of X, Y and Z", "X village", "the X and Y villages", "X district of Y".
// ("the towns of A, B and C in Y": the list is one phrase, and Y holds its first name.)
const SUB_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(${anyCase(SUB_CUE)})\s+of\s+(?:the\s+)?(${SUB_NAME_GREEDY})(?:(?:,\s*(?:and\s+)?|\s+and\s+)${SUB_NAME_GREEDY})*(?=[\s,.;:)]|$)`, 'gu');
// Facilities named with their kind ("the Palmasola prison in Santa Cruz", "the Bardo Museum in Tunis"):
// after the name only, and within the town's point like a part of it.
const FACILITY_CUE = String.raw`(?:prison|museum|(?:military\s+|international\s+)?airport|air\s?base|airbase|hospital|stadium|hotel|mosque|church|market|bazaar|university|power\s+plant)`;
const FACILITY = new RegExp(String.raw`^${anyCase(FACILITY_CUE)}$`, 'u');
const SUB_AFTER = new RegExp(String.raw`(?<![\p{L}\p{M}\d'’-])(${SUB_NAME})(?:(?:,\s*|\s+and\s+)${SUB_NAME})*\s+(${anyCase(SUB_CUE)}|${anyCase(FACILITY_CUE)})\b`, 'gu');
// (Followed by where it lies, so "Ali, a village elder" is no place.)
const SUB_APPOSED = new RegExp(String.raw`(?<![\p{L}\p{M}\d'’-])(${SUB_NAME_GREEDY}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(${SUB_CUE})(?=\s+(?:in|near|outside|of|on|close to|not far from|just|about|some|roughly|\d)\b|,)`, 'gu');
// Capitalised words that are not names: a faith or a kind of area ("the Sunni district", "the Old City").
const NOT_SUB_NAME = /^(?:The|This|That|These|Those|Its|Their|His|Her|Our|A|An|Sunni|Shiite|Shia|Shi'ite|Shi’ite|Christian|Muslim|Jewish|Arab|Alawite|Druze|Hindu|Sikh|Buddhist|Catholic|Protestant|Old|New|Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Greater|Industrial|Border|Military|Residential|Refugee|Government|Local|State|Rural|Tribal|Federal|Capital|Same|Remote|Frontier|Security|Green|Free|Red|Safe|Buffer|Demilitari[sz]ed|Special|Autonomous|Kurdish|Several|Many|Some|Other|Two|Three|Four|Five|Both|All|Each|One)$/;
// Between the finer name's words and its container: "of", "in", ", a town in", "'s", "of the ... capital of".
const SUB_LINK = /^\s*(?:(?:,|in|of|on|near|outside|outskirts|edge|situated|located|lying|the|a|an|its|city|town|village|capital|regional|region|province|district|oblast|port|border|area|state|governorate|county|countryside|local|government|council|LGA|rural|[a-z]+ern|north|south|east|west|central|\p{Lu}[\p{L}\p{M}.'’/-]*)\s*)*$/u;
const SUB_DISTANCE = /^\s*,?\s*(?:about\s+|some\s+|around\s+|nearly\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]*\)\s+)?(?:to the\s+)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// The container before the name: "Mogadishu's Wadajir district", "the Niger village of Abadam".
// (Not when the name has a place word of its own: "the Ghat area of Doda district" has Ghat inside Doda.)
const SUB_OWNER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const SUB_OWNER_OF = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?!(?:and|or|but)\s)[\p{Ll}-]+\s+){0,2}${SUB_CUE}\s+of\s+(?:the\s+)?$`, 'u');
const CUE_AFTER = new RegExp(String.raw`^\s+(?:${anyCase(SUB_CUE)}|[sS]ub-?[dD]ivisions?)\b`, 'u');

const ADJECTIVE_COMPOUND = /[-‑](?:majority|dominated|held|controlled|run|led|backed|populated|inhabited|speaking|based|occupied|allied|linked|affiliated|style|era)$/i;

// The trigger's own words aim at the finer place: "targeting the key town of", "storming the village of",
// "at the villages of" (a locative or a verb of attack before it, with the place words between).
const AIMED = new RegExp(String.raw`\b(?:at|in|into|inside|near|on|targeting|targeted|struck|striking|hit|hitting|shelled|shelling|bombed|bombing|attacked|attacking|stormed|storming|raided|raiding|pounded|pounding|overran|besieged|besieging|entered|entering|advanced on|advancing on)\s+(?:the\s+)?(?:[^\s,;:.!?]+\s+){0,5}?(?:${anyCase(SUB_CUE)}\s+of\s+(?:the\s+)?)?$`, 'u');

const ANOTHER_EVENT = new RegExp(String.raw`\b(?:the|an?|its|their|another)\s+(?:[\w-]+\s+)?${ANY_TRIGGER.source}`, 'i');

interface SubPlace { start: number; end: number; cue: string; phraseStart: number; phraseEnd: number }

function subPlacesIn(text: string, sentence: Span): SubPlace[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: SubPlace[] = [];
  // ("Shiite-majority", "Kurdish-held": a compound adjective, not a name; "Al-Sham" is one.)
  const name = (n: string) => n.split(/\s+/).every((w) => !NOT_SUB_NAME.test(w.replace(/^[‘’']/, '').replace(/[-‑].*$/, '')) && !ADJECTIVE_COMPOUND.test(w));
  SUB_BEFORE.lastIndex = 0;
  for (let m = SUB_BEFORE.exec(s); m; m = SUB_BEFORE.exec(s)) {
    const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    if (name(m[2]!)) out.push({ start: sentence.start + at, end: sentence.start + at + m[2]!.length, cue: m[1]!, phraseStart: sentence.start + m.index, phraseEnd: sentence.start + m.index + m[0].length });
  }
  SUB_AFTER.lastIndex = 0;
  for (let m = SUB_AFTER.exec(s); m; m = SUB_AFTER.exec(s)) {
    if (name(m[1]!) && !/^(?:of|and)$/i.test(m[1]!)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[1]!.length, cue: m[2]!, phraseStart: sentence.start + m.index, phraseEnd: sentence.start + m.index + m[0].length });
  }
  // "in Maryin Gubay, a small town in southern Somalia": the name before an apposition that says what it is.
  SUB_APPOSED.lastIndex = 0;
  for (let m = SUB_APPOSED.exec(s); m; m = SUB_APPOSED.exec(s)) {
    if (name(m[1]!)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[1]!.length, cue: m[2]!, phraseStart: sentence.start + m.index, phraseEnd: sentence.start + m.index + m[0].length });
  }
  // The first in the text is the finest of a chain: "Galga village in Ga'anda District in Gombi".
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The finer place the gazetteer lacks that the chosen mention contains, in one phrase with it, and the
 * place to give the event there; null when there is none.
 */
export function subPlaceOf(text: string, sentence: Span, chosen: Mention, place: Place, mentions: readonly Mention[], trigger?: Span): { place: Place; span: Span } | null {
  if (!chosen.place || !place) return null;
  const found = subPlacesIn(text, sentence);
  for (const u of found) {
    // A name the gazetteer does resolve is a mention of its own, and the place stage has read it.
    // (... unless it resolved to another country: "el-Ain refugee camp near Nablus" is not Ain, France.)
    if (mentions.some((o) => o.place && o.start < u.end && u.start < o.end && (!o.place.country || !place.country || o.place.country === place.country))) continue;
    let tied = false;
    if (chosen.start >= u.phraseEnd && chosen.start - u.phraseEnd <= 90) {
      const gap = text.slice(u.phraseEnd, chosen.start);
      // (Each mention between the two is a link of the chain: "in X district of Y, Z" holds the last.)
      tied = SUB_LINK.test(gap) || SUB_DISTANCE.test(gap);
    } else if (chosen.end <= u.phraseStart + 1 && u.start - chosen.end <= 40) {
      const gap = text.slice(chosen.end, u.start);
      tied = SUB_OWNER.test(gap) || (SUB_OWNER_OF.test(gap) && !CUE_AFTER.test(text.slice(u.end, u.end + 30)));
    }
    // "launched an offensive in the Aleppo countryside, targeting the key town of X": a town the
    // trigger's own words aim at, after the wider place they set it in, lies in that place (a region
    // for a town or a village: the words do not say where in it).
    let aimed = false;
    if (!tied && trigger && (place.precision === 'region' || place.precision === 'city') && chosen.end <= u.phraseStart && u.phraseStart >= trigger.end
      && u.phraseStart - Math.max(trigger.end, chosen.end) < 120 && !laterClause(text.slice(trigger.end, u.phraseStart))
      && !mentions.some((o) => o.place && o.start >= chosen.end && o.end <= u.phraseStart && o.role === 'literal')) {
      // (The aiming words lie after the wider place: "near the Ghat area of Doda district" aims at Ghat.)
      const at = u.start === u.phraseStart ? u.phraseStart : u.start;
      const from = Math.max(sentence.start, chosen.end, at - 80);
      // ("... the blast outside X in Aleppo, ... the attack on Al-Quds Hospital": another event's target.)
      aimed = AIMED.test(text.slice(from, at)) && !ANOTHER_EVENT.test(text.slice(Math.max(trigger.end, chosen.end), u.phraseStart));
    }
    if (!tied && !aimed) continue;
    // (A part of a town the words aim at is in the town they set it in: "In Kharkiv, a bomb hit a
    // building in the Saltivskyi district".)
    const precision: Place['precision'] = place.precision === 'country' ? 'country'
      : (TOWN_PART.test(u.cue) || (FACILITY.test(u.cue) && !aimed)) && place.precision !== 'region' ? place.precision === 'point' ? 'city' : place.precision
        : 'region';
    const { geonameId: _id, featureCode: _code, population: _pop, ...rest } = place;
    // (A facility is named with its kind: "Saudi Hospital, El Fasher", not "Saudi, El Fasher".)
    const words = FACILITY.test(u.cue) && u.start === u.phraseStart ? text.slice(u.start, u.phraseEnd) : text.slice(u.start, u.end);
    return { place: { ...rest, name: `${words}, ${place.name}`, precision }, span: { start: u.start, end: u.end } };
  }
  return null;
}
