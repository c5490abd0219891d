// The trigger lexicon, grouped by ACLED-like sub-event type, and the rules that type an ambiguous
// trigger ("strikes", "raids", "attack", "targeted") from the words around it.
import type { EventType, Section, Span } from '../types.ts';

export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  /** null: a generic attack word ("attack", "targeted") typed later from context. */
  type: EventType | null;
  /** Which rule matched, for the confidence and for the ambiguity rules. */
  rule: string;
}

const W = String.raw`(?:[\w’'-]+\s+)`;
// ("launched a barrage of 28 drones", but not "launched 66 missiles and 145 drones": that one opens on missiles.)
const NOT_MISSILE = String.raw`(?:(?!missiles?\b)[\w’'-]+\s+)`;
const NOT_DRONE = String.raw`(?:(?!drones?\b)[\w’'-]+\s+)`;
const TERRITORY_WORDS = String.raw`(?:re)?captur(?:ed|es|ing)|seiz(?:ed|es|ing)(?: control of)?|(?:took|taken|takes|taking) control of|retook|retaken|retak(?:es|ing)|liberated|overran|overr(?:un|uns|unning)|fell to`;
/** Words of territory changing hands: such an event is its place, and none without one. */
export const TERRITORY_TRIGGER = new RegExp(String.raw`^(?:${TERRITORY_WORDS})$`, 'i');
const AIRCRAFT = String.raw`helicopters?|(?:fighter )?jets?|(?:war)?planes?|aircraft|gunships?|bombers?`;
const LEXICON: Array<{ type: EventType | null; rule: string; re: string }> = [
  { type: 'air_strike', rule: 'air', re: String.raw`air[\s-]?strikes?|airstrikes?|air[\s-]raids?(?!\s+(?:alerts?|sirens?|warnings?|shelters?))|air attacks?|aerial (?:bombardments?|attacks?|strikes?|bombing)|bombing raids?|(?:guided|glide|gliding|aerial|KAB|cluster|barrel|air-dropped) (?:aerial )?bombs? ${W}{0,2}(?:hit|struck|fell|landed|slammed into|exploded)|(?:dropped|dropping) ${W}{0,4}bombs?|(?:launched|launching|fired|firing) ${W}{0,2}(?:glide|guided|gliding|aerial|KAB) bombs?|(?:war)?planes? ${W}{0,2}(?:struck|bombed|pounded|hit|attacked|targeted)|(?:fighter )?jets? ${W}{0,2}(?:struck|bombed|pounded|hit|attacked|targeted)|(?:aircraft|helicopters?|gunships?) ${W}{0,2}(?:struck|bombed|pounded|hit|attacked|targeted|fired on)` },
  // Intercepted attacks are still attacks (ACLED codes them): "air defences shot down 30 drones".
  { type: 'drone_strike', rule: 'drone', re: String.raw`(?:shot down|intercepted|downed|destroyed|repelled|repulsed) ${W}{0,3}(?:drones?|UAVs?)|(?:drone|UAV) (?:strikes?|attacks?)|(?:kamikaze |armed |suicide )?(?:drones?|quadcopters?) ${W}{0,2}(?:struck|hit|attacked|targeted|slammed|crashed into|killed|wounded|injured|(?:dropped|released) (?:[\w-]+ ){0,2}(?:explosives|grenades?|munitions?|bombs?|mortar (?:shells?|rounds?)|shells?|payloads?))|(?:shot down|intercepted|downed|destroyed) ${W}{0,3}(?:unmanned aerial vehicles?|unmanned aircraft)|(?:drones?|UAVs?) (?:was|were|had been|have been) (?:shot down|intercepted|downed|destroyed)|(?:fired|launched|firing|launching|sent) ${NOT_MISSILE}{0,4}(?:attack |kamikaze |Shahed |combat )?(?:drones|UAVs)|(?:was|were|been|being) (?:hit|struck|targeted) by (?:(?:an?|one|two|three|four|five|six|\d+|several|multiple|the)\s+(?:[\w-]+\s+){0,2})?(?:drones?|UAVs?)|(?:debris|wreckage|fragments) (?:of|from) ${W}{0,2}(?:drones?|UAVs?)` },
  { type: 'missile_attack', rule: 'missile', re: String.raw`(?:shot down|intercepted|downed|destroyed) ${W}{0,3}(?:missiles?)|(?:ballistic |cruise |hypersonic )?missile (?:strikes?|attacks?|barrages?|salvos?)|missiles? ${W}{0,2}(?:struck|hit|slammed|targeting|targeted|landed|fell|rained|exploded|killed|wounded|injured)|(?:fired|launched|firing|launching) ${NOT_DRONE}{0,4}missiles?|missiles? (?:was|were|had been|have been) (?:shot down|intercepted|downed)|(?:struck|hit|landed|fell|slammed into|exploded)(?<=\bmissiles? (?:fired|launched) (?:by|from) ${W}{1,4}(?:struck|hit|landed|fell|slammed into|exploded))|(?:was|were|been|being) (?:hit|struck|targeted) by (?:(?:an?|one|two|three|four|five|six|\d+|several|multiple|the)\s+(?:[\w-]+\s+){0,2})?missiles?|(?:debris|wreckage|fragments) (?:of|from) ${W}{0,2}missiles?` },
  { type: 'shelling', rule: 'shelling', re: String.raw`shelling|shelled|(?:artillery|mortar|tank) (?:fire|shells?|rounds?|strikes?|barrages?|attacks?)|artillery|mortars? ${W}{0,2}(?:struck|hit|landed|fell|killed|wounded)|rocket (?:fire|attacks?|barrages?|strikes?)|rockets? ${W}{0,2}(?:struck|hit|slammed|landed|fell|rained|killed|wounded|injured)|(?:fired|launched|firing|launching) ${W}{0,3}rockets?|bombard(?:ed|ing|ment)|shells? ${W}{0,2}(?:struck|hit|landed|fell|rained|killed|wounded|injured)|(?:struck|hit|landed|fell|slammed into|exploded)(?<=\b(?:shells?|rockets?|mortar (?:shells?|rounds?)) (?:fired|launched|lobbed) (?:by|from) ${W}{1,4}(?:struck|hit|landed|fell|slammed into|exploded))|(?:was|were|been|being) (?:hit|struck) by (?:(?:an?|one|two|three|four|five|six|\d+|several|multiple|the)\s+(?:[\w-]+\s+){0,2})?(?:shells?|rockets?|mortars?|mortar rounds?|artillery(?: fire)?)|(?:debris|wreckage|fragments|shrapnel) (?:of|from) ${W}{0,2}rockets?` },
  { type: 'raid', rule: 'raid', re: String.raw`raids?|raided|raiding|stormed|storming|incursions?|swoop(?:ed)?|(?:military|security|counter-?terrorism|counter-?insurgency|clearance|army|arrest) (?:operations?|sweeps?)` },
  { type: 'bombing', rule: 'bombing', re: String.raw`(?:car|truck|roadside|suicide|barrel) bomb(?:s|ings?|ers?)?|bombs? ${W}{0,2}(?:hit|struck|went off|exploded|tore through|ripped through|destroyed|damaged|killed|wounded|injured)|bombs? (?:fired|lobbed) (?:from|by) ${W}{0,4}(?:hit|struck|exploded|landed)|landmines?|mine(?<=\b(?:struck|hit|ran over|drove over) an? mine)|mine (?:blasts?|explosions?)|suicide (?:attacks?|bombers?)|bombings?|bombed|explosions?|exploded|blasts?|IEDs?|improvised explosive devices?|explosive devices? ${W}{0,2}(?:damaged|destroyed|exploded|went off|hit|struck|killed|wounded|injured)|detonat(?:ed|ion)` },
  { type: 'armed_clash', rule: 'clash', re: String.raw`(?<!\b(?:charm|diplomatic|media|publicity|peace|propaganda|legal|sales|marketing) )(?:assaults?|offensives?|ground operations?)(?<=\b(?:launched|began|started|mounted|staged|opened|renewed|resumed|continued|pressed on with|pressed ahead with|intensified|escalated|stepped up) (?:a |an |the |their |its |another |a new |a fresh )?(?:[\w-]+ ){0,3}(?:assaults?|offensives?|ground operations?))|counter-?offensives?|counter-?attacks?|assaults? on|clash(?:es|ed)?|heavy fighting|fighting|firefights?|gunfights?|gun ?battles?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|skirmish(?:es)?|ambush(?:ed|es)?|fought|battled|(?:street|pitched) battle|(?:street|pitched|fierce|heavy|intense|bloody) battles|battles(?=\s+(?:raged|erupted|broke out|flared))` },
  { type: 'killing', rule: 'killing', re: String.raw`targeted killings?|assassinat(?:ed|ion|ions)|executed|executing|executions?|(?:hacked|stabbed|beaten|bludgeoned|burned|burnt|clubbed|stoned) to death|shot dead|gunned down|murder(?:ed|s)?|beheaded|lynched|killing of` },
  { type: 'withdrawal', rule: 'withdrawal', re: String.raw`withdr(?:aw|ew|awn|awing|awal|aws|awals)|pull(?:ed|ing|s)? (?:out|back)|pull-?outs?|retreat(?:ed|ing|s)?|redeploy(?:ed|ing|ment|s)?|(?:desert|abandon|shutter|evacuat|vacat)(?:ed|ing|es|s)? ${W}{0,4}(?:bases?|positions?|posts?|outposts?)|troop movements?|(?:sent|deployed|moved) ${W}{0,2}(?:troops|forces|reinforcements|soldiers)|reinforcements` },
  { type: null, rule: 'strike', re: String.raw`strikes?|struck|striking` },
  // Shootings: a killing when someone died (typed in typeTrigger), else 'other'.
  { type: null, rule: 'shooting', re: String.raw`fatally shot|shot to death|shot and (?:killed|(?:seriously |critically |fatally )?(?:wounded|injured))|shot(?<=\b(?:was|were|been|being) shot)(?!\s+down\b)|opened fire|open fire|fired (?:shots |bullets )?(?:on|at|into)|(?:mass |drive-by )?shootings?|gunfire|shot at|shot (?:him|her|them)(?: dead)?|shot (?!up\b|down\b|past\b|through\b)[\w’'-]+(?: [\w’'-]+)? (?:dead|(?:twice|(?:two|three|four|five|six|several|multiple|many|\d+) times))` },
  // Abductions and destruction of property (ACLED's violence against civilians, property destruction):
  // 'other' events, kept only in a conflict or with armed actors in view (see typeTrigger).
  // ... and aircraft shot down ("shot down a MI-24 gunship", "the helicopter which has been shot down").
  { type: 'other', rule: 'harm', re: String.raw`(?:car[- ]|vehicle[- ])?ramming attacks?|stabbing attacks?|rammed (?:his|her|their|a|an) (?:[\w-]+ )?(?:car|vehicle|truck|lorry|van|tractor|bulldozer) into|stabbed (?:and (?:killed|wounded|injured) )?(?:(?:two|three|four|five|six|\d+|several) )?(?:people|pedestrians|passers-by|worshippers|soldiers|officers|policemen|civilians|Israelis|Palestinians)|abduct(?:ed|ion|ions)|kidnapp?(?:ed|ings?)|torched|set fire to|burn(?:ed|t) down|looted|razed|shot down ${W}{0,3}(?:${AIRCRAFT})|(?:${AIRCRAFT}) (?:(?:which|that) )?(?:was|were|has been|had been|have been) (?:\w+ly )?shot down` },
  // Territory changing hands: an 'other' event, kept only with a named place as the object (events.ts).
  // ("1915 - German army captures Brest-Litovsk", "after capturing the key town of Qarah": every tense.)
  { type: 'other', rule: 'territory', re: TERRITORY_WORDS },
  // "forces destroyed a Houthi radar site", "jets destroyed an ammunition depot": a strike told by
  // what it destroyed, typed like "attack" from the sentence and the story (kept only with a cue there).
  { type: null, rule: 'attack', re: String.raw`attack(?:s|ed|ing)?|targeted|targeting|destroyed ${W}{0,3}(?:radar|air[- ]defen[cs]e|missile|rocket|drone|weapons?|ammunition|arms|fuel|command) (?:sites?|systems?|launchers?|depots?|stores?|storage|facilit(?:y|ies)|positions?|batter(?:y|ies)|posts?|centres?|centers?|dumps?|caches?)|destroyed ${W}{0,3}(?:rebel|militant|insurgent|enemy|military|army|guerrilla|jihadist|fortified|fighters'?) (?:positions|posts|outposts|bases|bunkers|hideouts|strongholds|trenches|fortifications|camps)` },
  { type: 'killing', rule: 'killed', re: String.raw`killed|killing` },
  // Injuries: an incident of their own only where no other word in the sentence tells it, at a place of
  // their own ("killed two in Kherson and wounded nine in Chernihiv"); see incidents.ts.
  { type: 'other', rule: 'injured', re: String.raw`wounded|wounding|injured|injuring|hurt` },
];

/** Air defences shot it down: "intercepted 11 drones", "All the drones were shot down". */
export const INTERCEPTED = /^(?:shot down|intercepted|downed|destroyed|repelled|repulsed)\b|\b(?:was|were|had been|have been) (?:shot down|intercepted|downed|destroyed)$/i;

export const COMPILED = LEXICON.map((e) => ({ ...e, re: new RegExp(String.raw`\b(?:${e.re})\b`, 'gi') }));

// Speed: nineteen sentences in twenty hold no trigger. One scan with every rule as an alternative of a
// single pattern rules such a sentence out before the per-rule scans: wherever a rule matches, the
// alternation matches too (the same words, the same boundaries), so no trigger is ever skipped.
export const ANY_TRIGGER = new RegExp(String.raw`\b(?:${LEXICON.map((e) => `(?:${e.re})`).join('|')})\b`, 'i');

// Speed: ANY_TRIGGER's alternatives are tried at every word of the sentence, and most sentences fail
// it. A test for a few word beginnings goes first: every alternative of every rule holds one of these
// at a word start (its first word, or a word after a space or hyphen inside it: "planes" in "war
// planes", "bomb" in "car bomb", "fire" in "opened fire"), so a sentence without one has no trigger.
// A word added to the lexicon must keep one of these (or add its own here); test/core/events/prefilters
// checks it on samples and generated sentences.
export const TRIGGER_WORDS = new RegExp(String.raw`\b(?:${[
  'air', 'aerial', 'bomb', 'plane', 'warplane', 'jet', 'aircraft', 'helicopter', 'gunship', 'drone', 'uav', 'quadcopter', 'unmanned',
  'missile', 'shell', 'artillery', 'mortar', 'tank', 'rocket', 'raid', 'storm', 'incursion', 'swoop', 'operation', 'sweep',
  'landmine', 'mine', 'explo', 'blast', 'ied', 'detonat', 'assault', 'offensive', 'counter', 'clash', 'fight', 'fire', 'gun',
  'exchange', 'skirmish', 'ambush', 'fought', 'battle', 'assassinat', 'execut', 'death', 'shot', 'kill', 'murder', 'behead',
  'lynch', 'withdr', 'pull', 'retreat', 'redeploy', 'desert', 'abandon', 'shutter', 'evacuat', 'vacat', 'troop', 'forces',
  'reinforcement', 'soldiers', 'strik', 'struck', 'shoot', 'abduct', 'kidnap', 'torch', 'burn', 'loot', 'razed', 'captur',
  'seiz', 'control', 'recaptur', 'retook', 'retaken', 'retak', 'overr', 'liberat', 'overran', 'fell', 'target', 'attack', 'destroyed', 'wound',
  'injur', 'hurt', 'ramm', 'stab',
].join('|')})`, 'i');

/** Every trigger in [start, end), longest match first, overlaps dropped. */
export function findTriggers(text: string, start: number, end: number): TriggerHit[] {
  const slice = text.slice(start, end);
  if (!TRIGGER_WORDS.test(slice) || !ANY_TRIGGER.test(slice)) return [];
  const hits: TriggerHit[] = [];
  for (const e of COMPILED) {
    // exec on the shared global pattern, not matchAll: matchAll clones the RegExp on every call.
    e.re.lastIndex = 0;
    for (let m = e.re.exec(slice); m; m = e.re.exec(slice)) hits.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], type: e.type, rule: e.rule });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  // The sentence-wide tests are read once per sentence, not once per trigger ("Strike Strike ..." x 3000).
  const flags = new SentenceFlags(slice);
  const violent = kept.filter((h) => !notViolence(text, h, start, end, flags));
  // "A gas explosion killed 3": the deaths belong to the accident, not to a killing.
  const accident = violent.length < kept.length;
  return violent.filter((h) => !(accident && (h.rule === 'killed' || h.rule === 'injured'))).sort((a, b) => a.start - b.start);
}

// The same words outside political violence: labour strikes, deals struck, heart attacks, gas
// explosions, markets retreating, candidates withdrawing, plans executed, storms and earthquakes.
const ARTILLERY_THING = /^\s+(?:range|reach|positions?|units?|batter(?:y|ies)|pieces?|guns?|systems?|brigades?|regiments?|battalions?|divisions?|officers?|crews?|commanders?|ammunition|school)\b/i;
const AFTER_ANY = /^\s+(?:alerts?|sirens?|warnings?|shelters?|drills?|exercises?|simulations?)\b/i;
const AFTER: Partial<Record<string, RegExp>> = {
  // ("struck a powerful, if symbolic, blow against the rebels": a figure of speech.)
  strike: /^\s+(?:a|an|another|the)\s+(?:[\w’'-]+,?\s+){0,3}blows?\b|^\s+(?:a |an |the )?(?:deal|agreement|accord|balance|chord|tone|note|pose|bargain|compromise|match|out)\b|^\s+an?\s+(?:land)?mine\b|^\s+(?:action|ballot|pay|fund)\b|^\s+(?:to (?:protest|demand|press)|over (?:pay|wages|salar(?:y|ies)|bonuses|pensions|tariffs|prices|the cost|working conditions|unpaid))\b|^\s+by\s+(?:\w+\s+){0,2}(?:doctors|teachers|workers|nurses|unions?|staff|employees|drivers|miners|dockworkers|students|lawyers|magistrates|judges|traders|shopkeepers|truckers|pilots)\b|^\s+(?:and killed\s+)?by\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}(?:car|truck|vehicle|suv|bus|train|pickup|van|motorist|driver|motorcycle|lightning|ball)\b/i,
  // ("an attack jet", "attack helicopters": a kind of aircraft, not an attack.)
  attack: /^\s+(?:jets?|aircraft|planes?|helicopters?|submarines?|dogs?)\b|^\s+(?:on|against)\s+(?:democracy|the press|press freedom|free speech|(?:his|her|their) (?:character|record)|(?:the |our |their )?(?:poor|people's|workers|rights|freedoms?|constitution|economy|sovereignty|dignity|values|independence|judiciary|media|truth|science|livelihoods?|living standards|pensions))\b/i,
  withdrawal: /^\s+(?:from\s+)?(?:the\s+)?(?:race|deal|agreement|accord|treaty|talks|election|contest|competition|tournament|bid|candidacy|nomination|funds?|money|cash|support|offer|bill|motion|lawsuit|complaint|application)\b/i,
  killing: /^\s+(?:of\s+)?(?:a|an|the|its|their|his|her)?\s*(?:\w+\s+)?(?:plan|order|bill|project|strategy|contract|deal|warrant|policy|idea|search|move|trade|program|programme|operation|maneuver|manoeuvre|transaction)s?\b|^\s+(?:charges?|trial|case|conviction|suspect|investigation)\b/i,
  raid: /^\s+(?:out|off|to victory|into the lead)\b/i,
  clash: /^\s+(?:positions?|units?|force|forces|season|age|chance|spirit|words?|talk)\b|^\s+(?:of|over)\s+(?:ideas|views|opinions|visions|cultures|personalities|the titans)\b|^\s+with\s+(?:critics|lawmakers|reporters|journalists)\b|^\s+for\s+(?:(?:their|his|her|our)\s+)?(?:lives?|rights|justice|survival|a living|votes|seats|attention)\b|^\s+(?:back tears|off (?:a|an|the)? ?(?:cold|flu|infection|illness)|(?:the\s+)?(?:fires?|blazes?|flames|crime|corruption|poverty|disease|cancer|virus|pandemic|inflation|climate change|addiction)\b|against\s+(?:the\s+)?(?:fires?|crime|corruption|poverty|disease|cancer|virus|pandemic|inflation|climate change))/i,
  shelling: /^\s+out\b/i,
};
const BEFORE: Partial<Record<string, RegExp>> = {
  strike: /\b(?:on|hunger|general|labou?r|national|workers[’']?|teachers[’']?|nurses[’']?|doctors[’']?|rail|transport|union|nationwide|sit-down|lucky|minute|penalty|free-kick|long-range|stunning|late|first-half|second-half|curling|armed|so-called|indefinite|one-day|two-day|three-day|\d+-(?:hour|day)|week-long|month-long|shutter-down|token|warning|wildcat|sympathy)\s+$|\b(?:deal|agreement|accord|ceasefire|cease-fire|truce|pact|compromise|bargain|treaty|settlement)s?,?\s+(?:\w+\s+){0,2}$|\b(?:earthquake|quake|storm|hurricane|typhoon|cyclone|lightning|tornado|flood|disaster|tragedy|pandemic|virus|recession|crisis|car|truck|vehicle|suv|bus|train|pickup|van|motorist|driver)\s+(?:\w+\s+)?$/i,
  attack: /\b(?:heart|panic|asthma|cyber|ransomware|hacker|shark|dog|bear|verbal|personal|political|legal)[\s-]$/i,
  bombing: /\b(?:gas|boiler|cylinder|pipeline|factory|mine|industrial|accidental|chemical plant|fireworks?|volcanic)\s+(?:\w+\s+)?$|\b(?:manufactur\w*|mak(?:e|es|ing)|made|buil[dt]\w*|assembl\w*|stor(?:e|ed|ing)|smuggl\w*|seiz\w*|found|defus\w*|dismantl\w*|discover\w*|recover\w*|cache of|caches of|laborator(?:y|ies)|workshops?)\s+(?:[\w-]+\s+){0,2}$/i,
  withdrawal: /\b(?:stocks?|shares?|markets?|prices?|oil|gold|dollar|euro|yen|index|indices|bonds?|yields?|candidates?|sponsors?)\s+(?:\w+\s+)?$/i,
  clash: /\b(?:fans|supporters|teams?|players|flood|fire|crime|poverty|disease|cancer|drug|corruption|bush ?fire|wildfire)\s+$/i,
  killing: /\b(?:plan|order|project|strategy|contract|deal|warrant|policy|operation|transaction|programm?e?|trade|search|move)\s+(?:was|were|is|has been|had been|being)\s+$|\b(?:charged with|charges? of|convicted of|accused of|guilty of|indicted (?:\w+\s+){0,4}(?:on|for)|attempt(?:ed)? to commit|first-degree|second-degree|aggravated|attempted|capital|trial for|sentenced for|delay (?:his|her|the)|stay of|scheduled|death row)\s+(?:\w+\s+){0,2}$/i,
};

const STRIKING_BEFORE = /\b(?:a|an|the|most|more|less|very|quite|so|as|too|particularly|equally|truly|really|how|is|was|are|were|be|been|remains?|looks?|seems?|found it)\s+$/i;
const STRIKING_AFTER = /^\s+(?:workers|teachers|doctors|nurses|miners|employees|staff|drivers|dockers|unions?|students|resemblance|similarit(?:y|ies)|contrast|example|image|photo|figure|feature|difference|success|beauty|views?|design|colou?rs?|distance|range|first|blow|deals?|balance|chord|out|back|gold|oil)\b/i;

// Natural disasters "strike" too.
const NATURE = /\b(?:earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|lightning|flood|tsunami|wildfire|drought|heatwave|epidemic|pandemic|disease|virus|outbreak|flu|cholera|plague)s?\b/i;
// "blast" is an explosion only as a noun ("a blast", "the blast", "Blast injures three"), not a verb ("Democrats blast ads").
// ("destroyed in the 2 p.m. (1300 gmt) blast": a noun phrase after a preposition.)
const BLAST_NOUN = /(?:\b(?:a|an|the|twin|second|third|huge|powerful|massive|deadly|large|big|suicide|bomb|car|truck|\d+|two|three|several)\s+|^\s*|\b(?:in|by|after|from|during)\s+(?:a|an|the)\s+(?:\S+\s+){1,4})$/i;

// A labour dispute in the sentence makes a bare "strike" a walkout ("the unions said the strike would go on").
const LABOUR = /\b(?:(?:trade|labou?r|teachers[’']?|workers[’']?) unions?|unions|Labou?r Congress|strikers|walkouts?|picket(?:s|ing|ers)?|pay rise|wage demands?)\b/i;
// Sport: "a curling strike", "bombarded the home goal", "the fans exploded", unless someone was hurt.
const SPORT = /\b(?:goals?|goalkeeper|striker|midfielder|defender|league|stadium|fans|scored|scorer|penalty|free kick|football|soccer|tournament|championship|referee|\d-\d (?:win|victory|draw|defeat))\b/i;
const HURT = /\b(?:killed|killing|dead|died|wounded|injured|hurt|casualties)\b/i;

/** The sentence-wide readings, each computed on first use and then kept. */
class SentenceFlags {
  private natureValue: boolean | undefined;
  private labourValue: boolean | undefined;
  private sportValue: boolean | undefined;
  constructor(private readonly sentence: string) {}
  get nature(): boolean { return (this.natureValue ??= NATURE.test(this.sentence)); }
  get labour(): boolean { return (this.labourValue ??= LABOUR.test(this.sentence)); }
  get sport(): boolean { return (this.sportValue ??= SPORT.test(this.sentence) && !HURT.test(this.sentence)); }
}

function notViolence(text: string, h: TriggerHit, start: number, end: number, flags: SentenceFlags): boolean {
  const after = text.slice(h.end, Math.min(end, h.end + 40));
  const before = text.slice(Math.max(start, h.start - 40), h.start);
  if (AFTER_ANY.test(after)) return true;
  if (h.rule === 'strike' && (flags.nature || flags.labour)) return true;
  if (/^(?:strike|shelling|bombing|attack|shooting)$/.test(h.rule) && flags.sport) return true;
  if (/^blasts?$/i.test(h.text) && (!BLAST_NOUN.test(before) || /^\s+off\b/i.test(after))) return true;
  // "a striking resemblance", "striking workers": the adjective, and a walkout.
  if (/^striking$/i.test(h.text) && (STRIKING_BEFORE.test(before) || STRIKING_AFTER.test(after))) return true;
  // "within artillery range", "artillery units", "artillery positions": the arm or its reach, not fire.
  if (/^artillery$/i.test(h.text) && ARTILLERY_THING.test(after)) return true;
  const rule = h.rule === 'killed' ? 'killing' : h.rule;
  // "hurt the economy", "injured his knee playing".
  if (h.rule === 'injured' && /^\s+(?:the|its|his|her|their|our)\s+(?:economy|chances|prospects|image|reputation|feelings|pride|knee|ankle|back|shoulder|hamstring|leg)\b|^\s+(?:his|her)\b/i.test(after)) return true;
  return !!(AFTER[rule]?.test(after) || BEFORE[rule]?.test(before));
}

// (Raiders, bandits and armed tribesmen too: "clashes erupted between Fellata and Salamat tribesmen".)
const ARMED = /\b(?:militants?|gunmen|insurgents?|rebels?|fighters?|jihadists?|forces|troops|soldiers|army|military|militia(?:s|men)?|base|checkpoint|police|convoy|patrol|raiders|attackers|assailants|bandits|herdsmen|tribesmen|clansmen)\b/i;
const GROUND_CUES = /\b(?:troops|soldiers|police|policemen|commandos|special forces|ground|arrest(?:ed|s)?|detain(?:ed|s)?|house|homes?|door|village raid|checkpoint|gunmen|militiamen|settlers)\b/i;
// ("rocket and missile storage facilities": weapons listed before one target noun.)
const WEAPONS = String.raw`(?:missiles?|drones?|UAVs?|rockets?|artillery|mortars?)`;
const WEAPON_TARGET_SOURCE = String.raw`\b${WEAPONS}(?:\s*(?:,|and|or|,\s*and)\s*${WEAPONS})*\s+(?:launch\s+)?(?:sites?|launchers?|pads?|bases?|depots?|factor(?:y|ies)|facilit(?:y|ies)|storage|stores?|systems?|batter(?:y|ies)|plants?|production|workshops?|warehouses?|caches?|stockpiles?|arsenals?|components?)\b`;
const WEAPON_TARGET = new RegExp(WEAPON_TARGET_SOURCE, 'i');
const WEAPON_TARGET_ALL = new RegExp(WEAPON_TARGET_SOURCE, 'gi');
/** The words with every weapon named as a target blanked out, the length kept ("drone storage sites"). */
export const maskWeaponTargets = (s: string): string => (WEAPON_TARGET.test(s) ? s.replace(WEAPON_TARGET_ALL, (w) => ' '.repeat(w.length)) : s);
// "executed them near a well", "executed 12 men": people put to death, whoever the clause names.
const EXECUTED_PEOPLE = /^\s+(?:them|him|her|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|many|some|at least \w+)\s+(?:of\s+)?(?:\w+\s+)?(?:men|women|people|civilians|villagers|prisoners|captives|hostages|detainees|residents|soldiers|fighters|them)|(?:the\s+)?(?:men|women|villagers|civilians|prisoners|captives|hostages|detainees|residents))\b/i;
export const AIR_CUES = /\b(?:jets?|warplanes?|aircraft|planes?|air ?force|aviation|helicopters?|aerial|from the air|sorties?)\b/i;

/**
 * Types an ambiguous trigger from its sentence. `previous` is the type of the most recent event in the
 * story, used when a bare "raids" or "attack" refers back to it ("the latest raids", "Monday's attack").
 */
export function typeTrigger(hit: TriggerHit, sentence: string, previous: EventType | null, conflict = true): EventType | null {
  // A weapon named as the target ("destroyed a surface-to-air missile site", "struck a drone factory")
  // says what was hit, not what hit it.
  const cue = WEAPON_TARGET.test(sentence) ? sentence.replace(WEAPON_TARGET_ALL, ' ') : sentence;
  if (hit.rule === 'strike') {
    if (/\bdrones?\b|\bUAVs?\b/i.test(cue)) return 'drone_strike';
    if (/\bmissiles?\b/i.test(cue)) return 'missile_attack';
    if (/\b(?:artillery|rockets?|mortars?|shells?)\b/i.test(cue) && !AIR_CUES.test(cue)) return 'shelling';
    // Unqualified "strikes" in conflict reporting are overwhelmingly from the air; outside a
    // conflict (no state, armed group or weapon in view) the word is not an event.
    const strikeLike = previous === 'air_strike' || previous === 'drone_strike' || previous === 'missile_attack' || previous === 'shelling';
    const armedShot = /\b(?:bullets?|gunfire|gunshots?|gunman|pistol|rifle)\b/i.test(cue);
    if (!conflict && !AIR_CUES.test(cue) && !ARMED.test(cue) && !strikeLike && !armedShot) return null;
    // "Shots fired from the car struck him": a shooting, not a strike from the air.
    if (armedShot || /\bshots?\s+(?:fired|rang)\b/i.test(cue)) return 'other';
    return 'air_strike';
  }
  // "their wide-scale aerial assault", "an air offensive": an assault from the air is air strikes.
  if (hit.rule === 'clash' && /^(?:assaults?|offensives?|campaign)/i.test(hit.text) && /\b(?:aerial|air|bombing)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, sentence.indexOf(hit.text) - 25), sentence.indexOf(hit.text)))) return 'air_strike';
  // Police and protesters clashing is unrest, not an armed clash.
  if (hit.rule === 'clash' && /\b(?:protesters|demonstrators|rioters|students|fans|crowds?|mobs?|marchers|strikers)\b/i.test(cue)) return 'other';
  if (hit.rule === 'clash' && !conflict && !ARMED.test(cue) && !/^(?:heavy fighting|gun ?battles?|(?:street|pitched) battles?|firefights?|gunfights?|exchanges? of fire|exchanged fire|counter-?offensives?|offensives?|assaults?|ground operations?|ambush(?:ed|es)?)$/i.test(hit.text)) {
    // "fighting the fire", "started fighting with him": no armed actors, no clash.
    return null;
  }
  if (hit.rule === 'shooting') return /\b(?:killed|killing|dead|died|slain|fatal(?:ly)?|to death)\b/i.test(cue) ? 'killing' : 'other';
  if (hit.rule === 'injured' && !conflict && !ARMED.test(cue)) return null;
  // (A suicide bomber who rammed a vehicle into a convoy set off a bomb: the bombing is the incident.)
  if (hit.rule === 'harm' && /^(?:ramm|(?:car|vehicle)[- ]ramming)/i.test(hit.text) && /\b(?:bomb\w*|explosives?|explosive-laden|VBIED|booby-trapped|detonat\w*)\b/i.test(sentence)) return null;
  // (A ramming or a stabbing attack is an attack whoever did it.)
  // (So is an aircraft shot down: "ISIS shot down a MI-24 gunship".)
  if (hit.rule === 'harm' && !conflict && !/^(?:ramm|stab|(?:car|vehicle)[- ]ramming)|shot down/i.test(hit.text) && !ARMED.test(cue) && !/\b(?:militants?|gunmen|jihadists?|rebels?|insurgents?|attackers|assailants|bandits|raiders|armed men)\b/i.test(cue)) return null;
  if (hit.rule === 'killing' && /^execut/i.test(hit.text) && !EXECUTED_PEOPLE.test(cue.slice(cue.toLowerCase().indexOf(hit.text.toLowerCase()) + hit.text.length)) && !/\b(?:militants?|gunmen|forces|troops|soldiers|rebels|fighters|jihadists?|hostages?|captives?|prisoners of war|civilians|publicly|summarily|extrajudicial(?:ly)?|firing squad|group|policemen|police officers|soldiers|villagers|ISIS|ISIL|Islamic State|Shabaab|Taliban|Boko Haram)\b/i.test(cue)) return null;
  if (hit.rule === 'raid') {
    if (AIR_CUES.test(cue)) return 'air_strike';
    if (GROUND_CUES.test(cue)) return 'raid';
    // "The latest raids" after a run of air strikes are more air strikes, not a ground raid.
    if (previous === 'air_strike' || previous === 'drone_strike') return previous;
    return 'raid';
  }
  if (hit.rule === 'bombing' && /^bomb(?:ed|ings?)$/i.test(hit.text) && AIR_CUES.test(cue)) return 'air_strike';
  // "a drone fired a missile at a car": the drone's strike.
  if (hit.rule === 'missile' && /\b(?:drones?|UAVs?)\b/i.test(cue.slice(0, Math.max(0, cue.toLowerCase().indexOf(hit.text.toLowerCase()))))) return 'drone_strike';
  if (hit.rule === 'attack') {
    if (/\bdrones?\b/i.test(cue)) return 'drone_strike';
    if (/\bmissiles?\b/i.test(cue)) return 'missile_attack';
    if (AIR_CUES.test(cue)) return 'air_strike';
    if (/\b(?:artillery|rockets?|mortars?|shelling)\b/i.test(cue)) return 'shelling';
    if (previous) return previous;
    // "Militants attacked a military base": armed men against armed men is a clash; a bare verb is kept
    // only with an armed attacker or target in view, so "attacked the plan" is no event.
    if (/^(?:attack(?:ed|ing)?|attacks)$/i.test(hit.text) && (ARMED.test(cue) || conflict)) {
      const target = cue.slice(cue.indexOf(hit.text) + hit.text.length);
      return /\b(?:base|soldiers|troops|army|military|checkpoint|police|positions?|convoy|patrol|barracks|outpost)\b/i.test(target) ? 'armed_clash' : 'other';
    }
    return null;
  }
  return hit.type;
}

// Deaths that are nobody's act of violence: traffic, disasters, disease.
const ACCIDENT = /\b(?:crash(?:es|ed)?|wreck(?:age)?|accidents?|accidental(?:ly)?|collision|collided|drunk driv\w*|overdose|drown(?:ed|ing)|avalanche|landslide|mudslide|flood(?:s|ing)?|earthquake|lightning|electrocuted|blaze|house fire|backing up|hit by an? (?:car|truck|vehicle|train|bus)|run over|stampede|heatwave|heat stroke|virus|viral|epidemic|pandemic|outbreak|disease|infection|infected|flu|influenza|cholera|ebola|plague|malaria|measles|H5N1|H1N1|bacteri\w+|poison(?:ed|ing)?|liquor|birds|poultry|ducks|chickens|culled|cancer|famine|starvation)\b/i;

/** The sentence's triggers, less those that re-describe another one or are part of an accident. */
export function sentenceTriggers(text: string, sentence: Span, datelines: Section[]): TriggerHit[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  let hits = findTriggers(text, sentence.start, sentence.end).filter((h) => !datelines.some((s) => h.start < s.end && s.start < h.end));
  // Nothing to filter: skip the sentence-wide accident scan.
  if (hits.length === 0) return hits;
  // "killed" is never an event in an accident ("killed in a crash", "hit by a car and killed").
  // (events.ts uses a "killed" only when no other trigger in the sentence turns into an event.)
  if (ACCIDENT.test(sentenceText)) hits = hits.filter((h) => h.rule !== 'killed' && h.rule !== 'injured');
  // "the blast, which struck ...", "a drone strike hit ... in an attack": a generic word right after a
  // specific trigger re-describes it.
  hits = hits.filter((h, i) => h.type !== null || !/^(?:struck|striking|targeted|targeting|attacked|attacking)$/i.test(h.text)
    || !hits.slice(0, i).some((p) => p.type !== null && p.type !== 'withdrawal' && p.rule !== 'killed' && p.rule !== 'injured' && h.start - p.end < 30 && !/[.;]/.test(text.slice(p.end, h.start))
      // "the blast, which struck ...", but not "two days before the raid, gunmen attacked ...": a new subject.
      && (!/,/.test(text.slice(p.end, h.start)) || /,\s*(?:which|that|who)\b/i.test(text.slice(p.end, h.start)))));
  // "Explosions were heard as air defence repelled a missile attack": the blasts are that attack's.
  if (hits.some((h) => h.type === 'air_strike' || h.type === 'drone_strike' || h.type === 'missile_attack' || h.type === 'shelling')) {
    hits = hits.filter((h) => !/^(?:explosions?|exploded|blasts?)$/i.test(h.text));
  }
  return hits;
}
