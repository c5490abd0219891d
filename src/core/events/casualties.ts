// Killed and injured counts from a sentence: digits, number words and ranges ("at least 19",
// "between 10 and 15", "two dozen"). Vague words are ranges, not numbers: "several" 3-9, "dozens" 24-99,
// "scores" 40-199, "hundreds" 200-999, "thousands" 2,000-9,999; a toll that "rose to" N revises the last.
import type { Range } from '../types.ts';

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'two dozen': 24, 'three dozen': 36,
};
/** Words that name a quantity only roughly: the range a careful reader would allow. */
const VAGUE: Record<string, Range> = {
  several: { min: 3, max: 9 }, dozens: { min: 24, max: 99 }, scores: { min: 40, max: 199 }, hundreds: { min: 200, max: 999 },
  thousands: { min: 2000, max: 9999 }, 'tens of thousands': { min: 20_000, max: 99_999 }, 'hundreds of thousands': { min: 200_000, max: 999_999 },
};

// Word-bounded ("one" is not inside "drone"). After a verb, "a"/"an" counts one ("killed a local official").
const NUMBER = String.raw`\b(?:\d{1,3}(?:,\d{3})+|\d+|(?:two|three) dozen|a dozen|tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|several|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen)\b`;
const NUMBER_A = String.raw`(?:${NUMBER}|\ban?\b(?!\s+(?:(?:large|small|great|huge|significant|high|growing|big|unknown|undisclosed|considerable|sizeable|sizable|limited|record)\s+)?(?:number|few|lot|series|total|wave|spate|dozen|third|half|result|day|week|month|year)\b))`;
const QUAL = String.raw`(?:at least|more than|over|some|about|around|nearly|almost|up to|approximately|roughly|an estimated|as many as|at most)\s+`;
// Groups: between a and b (1, 2); "10-12" (3, 4); "two to three" (5, 6); qualifier (7); number (8).
// A dash between words is a compound ("twenty-one"), not a range.
const amount = (n: string) => String.raw`(?:between\s+(${NUMBER})\s+and\s+(${NUMBER})|(\d+)\s*[-–]\s*(\d+)|(${NUMBER})\s+(?:to|-|–)\s+(${NUMBER})|(${QUAL})?(${n}))`;
const AMOUNT = amount(NUMBER);
const AMOUNT_A = amount(NUMBER_A);
// "A child was killed": one person, named by a person noun.
const PERSON = String.raw`(?:man|woman|child|boy|girl|baby|soldier|civilian|person|fighter|officer|policeman|journalist|commander|militant|teenager|worker|farmer|doctor|nurse|paramedic|resident|guard|member)`;
// Up to four words between the number and the verb: "14 Iranian militants", "two young children were".
// ... but not the weapons: "two airstrikes killed 14" counts 14 dead, not 2.
const NOUNS = String.raw`(?:\s+(?!(?:and|or|but|before|after|when|while|until|as|he|she|they|it|who|killed|killing|died|dead|injured|injuring|wounded|wounding|air ?strikes?|airstrikes|strikes|attacks?|bombs?|bombings?|missiles?|rockets?|shells?|mortars?|drones?|raids?|explosions?|blasts?|shots|rounds|grenades?|barrages?|salvos?)\b)(?:[A-Za-z’'-]+|(?:[A-Z]\.){2,}(?!\w))){0,4}?`;

function toNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  if (w in SMALL) return SMALL[w]!;
  const m = /^(\w+)[- ](\w+)$/.exec(w);
  if (m && SMALL[m[1]!] && SMALL[m[2]!]) return SMALL[m[1]!]! + SMALL[m[2]!]!;
  return null;
}

function toRange(m: RegExpExecArray): Range | null {
  // The one-person pattern has a single group: "a child was killed".
  if (m.length === 2) return { min: 1, max: 1 };
  const base = 1;
  const a = m[base] ?? m[base + 2] ?? m[base + 4];
  const b = m[base + 1] ?? m[base + 3] ?? m[base + 5];
  if (a && b) {
    const [x, y] = [toNumber(a), toNumber(b)];
    return x !== null && y !== null && x <= y ? { min: x, max: y } : null;
  }
  const word = m[base + 7]?.toLowerCase();
  if (word && word in VAGUE) return { ...VAGUE[word]! };
  const n = word ? toNumber(word) : null;
  if (n === null) return null;
  // "at least 19" is reported as 19: the source gives no upper bound.
  return { min: n, max: n };
}

// "on August 29 killed", "29 August killed": a day of the month, not a count.
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`;
const NOT_DATE_BEFORE = String.raw`(?<!${MONTHS}\.?\s)`;

// Every pattern below names a verb or an adjective of its list (or "toll") as a whole word: a sentence
// without one holds no count. Speed: most sentences have none, and the patterns are costly to run on
// every sentence (the date lookbehind is tried at each position), so this one cheap test goes first.
function gateFor(verbs: string, adjectives: string, toll: boolean): RegExp {
  return new RegExp(String.raw`\b(?:${verbs}|${adjectives}${toll ? '|toll|bodies|body|corpses' : ''})\b`, 'i');
}

// Speed: each count pattern below but the first needs one of a few words (an adjective of its list,
// "bodies", "toll") as a whole word, so a sentence without them skips that pattern's costly scan.
// The gate of a pattern must match wherever the pattern does: the word sits after a space (or at a
// word boundary) and ends at one in every match.
const GATES = new Map<RegExp, RegExp>();
const BODIES_GATE = /\b(?:bodies|body|corpses)\b/i;

function patterns(verbs: string, adjectives: string, toll: boolean) {
  const adjectiveGate = new RegExp(String.raw`\b(?:${adjectives})\b`, 'i');
  const list = [
    // "killed 14 Iranian militants", "killing at least 19 people", "killed a local official"
    new RegExp(String.raw`\b(?:${verbs})\s+${AMOUNT_A}`, 'i'),
    // "14 people were killed", "at least 19 dead", "two soldiers died"
    // ("16 people, including civilians, were killed")
    new RegExp(String.raw`${NOT_DATE_BEFORE}${AMOUNT}(?!\s+${MONTHS})${NOUNS}(?:,\s+(?:including|among them|mostly|most of them|many of them)\s+[^,.;]{1,40},)?\s+(?:(?:were|was|have been|had been|are|being)\s+)?(?:${adjectives})\b`, 'i'),
    // "left 4 dead", "leaving two wounded"
    new RegExp(String.raw`\b(?:leaving|left)\s+${AMOUNT}${NOUNS}\s+(?:${adjectives})\b`, 'i'),
  ];
  // "a child was killed"
  list.push(new RegExp(String.raw`\b(an?)\s+(?:[\w-]+\s+)?${PERSON}\s+(?:was\s+|has been\s+)?(?:${adjectives})\b`, 'i'));
  for (const re of list) if (re !== list[0]) GATES.set(re, adjectiveGate);
  // "rescuers recovered three bodies from the rubble", "12 bodies were pulled from the house": the dead
  // of the incident, counted as they are found (never "two UN bodies": a verb of finding is needed).
  if (toll) {
    list.push(new RegExp(String.raw`\b(?:recovered|retrieved|pulled|found|discovered|unearthed|exhumed|recovering|retrieving|pulling)\s+(?:the\s+)?${AMOUNT}\s+(?:more\s+)?(?:bodies|body|corpses)\b`, 'i'));
    list.push(new RegExp(String.raw`${NOT_DATE_BEFORE}${AMOUNT}\s+(?:more\s+)?(?:bodies|corpses)\s+(?:were|have been|had been)\s+(?:recovered|retrieved|pulled|found|discovered|unearthed|exhumed)\b`, 'i'));
    for (const re of list.slice(-2)) GATES.set(re, BODIES_GATE);
  }
  if (toll) for (const re of TOLLS) list.push(re);
  return list;
}

// The toll's subject, however far it runs ("the death toll from Saturday's airstrikes on ...", "the
// number of people killed in Sunday's shelling of ..."), and the verbs that say it was revised.
const TOLL_SUBJECT = String.raw`\b(?:death toll|toll|number of (?:people |civilians |those )?(?:killed|dead))\b[^.;!?]{0,200}?\b`;
const RISEN = String.raw`(?:has |have |had )?(?:risen|rose|rises|climbed|climbs|increased|jumped|grown|grew|reached)`;
/** The toll patterns: "the death toll rose to 19", and "the death toll from ... has risen to 19" (in a
 * revision, their number is the one that stands). */
const TOLLS = [
  new RegExp(String.raw`\b(?:death toll|toll)\s+(?:\w+\s+){0,3}?(?:to|of|at|reached)\s+${AMOUNT}`, 'i'),
  new RegExp(String.raw`${TOLL_SUBJECT}${RISEN}\s+(?:to\s+)?${AMOUNT}`, 'i'),
];
GATES.set(TOLLS[0]!, /\btoll\b/i);
GATES.set(TOLLS[1]!, /\b(?:toll|killed|dead)\b/i);

const KILLED_VERBS = 'killed|killing|kills|kill|shot dead|shooting dead|gunned down|gunning down|(?:executed|executing)(?!\\s+(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+)?(?:search|warrant|plan|orders?|contracts?|deal|strategy|moves?|man(?:oe|eu)uvres?|maneuvers?|turns?|programm?e?|polic(?:y|ies)|operations?|trades?|agreements?|will|documents?|sentences?|commands?|tasks?|projects?|plays?|jumps?|passes)\\b)|massacred|massacring|murdered|murdering|beheaded';
const KILLED_ADJECTIVES = 'killed|dead|died|perished|lost their lives|slain|shot dead|gunned down';
const INJURED_VERBS = 'injured|injuring|wounded|wounding|hurt|hurting';
const INJURED_ADJECTIVES = 'injured|wounded|hurt';
/** The count patterns and, for each list, the words any of its matches must hold (exported for tests). */
export const KILLED = patterns(KILLED_VERBS, KILLED_ADJECTIVES, true);
export const INJURED = patterns(INJURED_VERBS, INJURED_ADJECTIVES, false);
export const KILLED_GATE = gateFor(KILLED_VERBS, KILLED_ADJECTIVES, true);
export const INJURED_GATE = gateFor(INJURED_VERBS, INJURED_ADJECTIVES, false);

export interface Count {
  range: Range;
  /** Offset of the words in the sentence, to tie the count to the nearest trigger. */
  at: number;
  /** "the death toll rose to 14": the count revises the earlier toll instead of adding a report of it. */
  revises?: boolean;
  /** Where the count's words end (all() gives it: per-place tolls read the words after a count). */
  end?: number;
}

const REVISION = new RegExp(String.raw`\b(?:death\s+)?toll\s+(?:\w+\s+){0,3}?(?:rose|risen|rises|climbed|increased|jumped|grew|now stands at|stands at|has reached|had reached|reached)\b|${TOLL_SUBJECT}${RISEN}\s+to\b|\b(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+)?toll\s+to\b|\bupdated\s+(?:death\s+)?toll\b`, 'i');

// More groups of victims joined to the first: "killed four soldiers and six attackers", "killing a
// police officer and a street vendor", "12 Palestinians and an Israeli soldier", "killing a woman and
// her daughter", "killing a man, his wife and their three children". Not a second verb ("and wounded
// 14": no number follows "and"), not a time or a distance ("and two hours later"), and a comma alone
// does not join a group ("killing five people, three children among them"): a list ends with "and".
// (The words between groups are a group's own, not a time or a place: "killed 30 people on Sunday,
// three witnesses and a health worker told Reuters" lists its sources, not more dead.)
const GROUP_GAP = /^(?:\s+(?!(?:and|on|in|at|near|from|after|during|when|while|as|since|by|across|outside)\b)[A-Za-z’'-]+){0,4}?(\s*,\s*(?:and\s+)?|\s+and\s+)/i;
const TOLD_AFTER = /^\s+(?:[\w’'-]+\s+){0,2}?(?:told|said|says|say|reported|confirmed|added)\b/i;
const NUMBERED_GROUP = new RegExp(String.raw`^(?:(?:her|his|their)\s+)?(?:(${QUAL})?(${NUMBER_A}))\s+(?!(?:more|other|hours?|days?|weeks?|months?|years?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|times|percent|per|of|in|on|at|to|and|or)\b)[A-Za-z’'-]+`, 'i');
const KIN_GROUP = /^(?:her|his|their)\s+(?:[\w-]+\s+)?(?:son|daughter|child|baby|husband|wife|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|uncle|aunt)\b/i;

/** The count a verb-first match reads, with the groups joined to it by "and" (and commas before it) added. */
function summed(sentence: string, m: RegExpExecArray, range: Range): Range {
  let rest = sentence.slice(m.index + m[0].length);
  let add = { min: 0, max: 0 };
  let total = range;
  for (let i = 0; i < 8; i++) {
    const gap = GROUP_GAP.exec(rest);
    if (!gap) break;
    const after = rest.slice(gap[0].length);
    const numbered = NUMBERED_GROUP.exec(after);
    let group: Range | null = null;
    let length = 0;
    if (numbered) {
      const vague = VAGUE[numbered[2]!.toLowerCase()];
      const n = toNumber(numbered[2]!) ?? (/^an?$/i.test(numbered[2]!) ? 1 : null);
      group = vague ?? (n !== null ? { min: n, max: n } : null);
      length = numbered[0].length;
    } else {
      const kin = KIN_GROUP.exec(after);
      if (kin) { group = { min: 1, max: 1 }; length = kin[0].length; }
    }
    if (!group) break;
    add = { min: add.min + group.min, max: add.max + group.max };
    rest = after.slice(length);
    // ("..., a man and his wife told reporters": speakers, not victims.)
    if (TOLD_AFTER.test(rest)) break;
    // The groups count once the list reaches its "and".
    if (/\band\b/i.test(gap[1]!)) total = { min: range.min + add.min, max: range.max + add.max };
  }
  return total;
}

/** The count a match of the i-th pattern reads; the verb-first pattern (the first) adds a second group. */
function countOf(sentence: string, m: RegExpExecArray, i: number): Range | null {
  const range = toRange(m);
  return range && i === 0 ? summed(sentence, m, range) : range;
}

/** The earliest count any of the patterns reads in the sentence (exported for tests). */
export function first(sentence: string, res: RegExp[]): Count | null {
  let best: Count | null = null;
  res.forEach((re, i) => {
    if (GATES.get(re)?.test(sentence) === false) return;
    const m = re.exec(sentence);
    if (!m) return;
    const range = countOf(sentence, m, i);
    if (range && (!best || m.index < best.at)) best = { at: m.index, range };
  });
  return best;
}

// The global twin of each pattern all() scans with, built once: a new RegExp per call and pattern
// costs more than the scan of a short sentence. (Each scan starts at lastIndex 0 and runs to the end.)
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Every count of the patterns in the sentence, in text order, overlapping matches dropped (for tests and per-place tolls). */
export function all(sentence: string, res: RegExp[]): Count[] {
  const found: Array<Count & { end: number }> = [];
  res.forEach((re, i) => {
    if (GATES.get(re)?.test(sentence) === false) return;
    const g = globalOf(re);
    for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
      if (m[0].length === 0) g.lastIndex++;
      const range = countOf(sentence, m, i);
      if (range) found.push({ at: m.index, end: m.index + m[0].length, range });
    }
  });
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: Count[] = [];
  let end = -1;
  for (const c of found) {
    if (c.at < end) continue;
    out.push(c);
    end = c.end;
  }
  return out;
}

// ("No one has claimed responsibility", "nobody knows": no one of a harm word is no toll.)
const NONE = /\bno (?:casualties|deaths|fatalities|immediate reports? of (?:casualties|deaths))\b|\b(?:no one|nobody)\b(?=[^.;,]{0,30}?\b(?:killed|hurt|injured|wounded|harmed|died|dead|casualt\w*)\b)|\bwithout casualties\b/i;
const NONE_ALL = new RegExp(NONE.source, 'gi');

// The words NONE's alternatives open with.
const NONE_WORDS = 'no|nobody|without';
/**
 * Whether killedAt or injuredAt can find anything: a sentence holds a count only with one of these
 * words. Speed: the sentences of an article are mostly without, and one scan rules them out, not three.
 */
export const ANY_COUNT = new RegExp(String.raw`\b(?:${NONE_WORDS}|${KILLED_VERBS}|${KILLED_ADJECTIVES}|toll|bodies|body|corpses|${INJURED_VERBS}|${INJURED_ADJECTIVES})\b`, 'i');

// "no one was hurt", "not a single person was injured": the count read after "no" is none, not one.
const NO_BEFORE = /\b(?:no|not|not a single)\s+$/i;
export const noneOf = (sentence: string, c: Count): Count => (NO_BEFORE.test(sentence.slice(Math.max(0, c.at - 16), c.at)) ? { ...c, range: { min: 0, max: 0 } } : c);

export function killedAt(sentence: string): Count | null {
  const none = NONE.exec(sentence);
  if (none) return { range: { min: 0, max: 0 }, at: none.index };
  if (!KILLED_GATE.test(sentence)) return null;
  if (REVISION.test(sentence)) {
    // "Initial reports said five people had died, but the toll had risen to 13": the revised number.
    const revised = first(sentence, TOLLS);
    if (revised) return { ...revised, revises: true };
  }
  const c = first(sentence, KILLED);
  return c && noneOf(sentence, c);
}

/** Every killed count of the sentence with its place, "no deaths" included (per-place tolls). */
export function killedCounts(sentence: string): Count[] {
  if (!KILLED_GATE.test(sentence) && !NONE.test(sentence)) return [];
  const nones: Count[] = [];
  const none = NONE_ALL;
  none.lastIndex = 0;
  for (let m = none.exec(sentence); m; m = none.exec(sentence)) nones.push({ range: { min: 0, max: 0 }, at: m.index, end: m.index + m[0].length });
  // "no one was killed" is no count of one.
  const out = all(sentence, KILLED).filter((c) => !nones.some((n) => n.at <= c.at && c.at < n.end!)).map((c) => noneOf(sentence, c));
  return [...out, ...nones].sort((a, b) => a.at - b.at);
}

// "after five of the wounded died in hospital": the wounded who died are no count of the wounded
// (the words are blanked, offsets kept).
const WOUNDED_WHO_DIED = /\b[\w-]+\s+(?:more\s+)?of\s+(?:the|those)\s+(?:wounded|injured)\s+(?:(?:later|had|have|has)\s+)?(?:died|succumbed|perished)\b/gi;
const withoutDied = (s: string) => (/\b(?:died|succumbed|perished)\b/i.test(s) ? s.replace(WOUNDED_WHO_DIED, (w) => ' '.repeat(w.length)) : s);

export function injuredCounts(sentence: string): Count[] {
  const text = withoutDied(sentence);
  return INJURED_GATE.test(text) ? all(text, INJURED).map((c) => noneOf(text, c)) : [];
}

export function injuredAt(sentence: string): Count | null {
  const text = withoutDied(sentence);
  const c = INJURED_GATE.test(text) ? first(text, INJURED) : null;
  return c && noneOf(text, c);
}

export const fatalitiesIn = (sentence: string): Range | null => killedAt(sentence)?.range ?? null;
export const injuredIn = (sentence: string): Range | null => injuredAt(sentence)?.range ?? null;

/** Two reports of one toll widen into a range ("killed five" ... "the toll rose to 7" -> 5..7). */
export function widen(a: Range | null, b: Range | null): Range | null {
  if (!a) return b;
  if (!b) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}
