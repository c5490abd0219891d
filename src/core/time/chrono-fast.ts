// chrono-node's `parse`, with the same results, several times faster on long news text.
//
// Why: chrono runs each of its ~18 parsers over the whole text, one regex each that starts with a
// boundary group such as `(\W|^)`; irregexp cannot skip ahead over such a pattern, so every parser
// tries its whole alternation at nearly every position. Here one pass of a cheap regex finds, for
// every parser at once, the few positions where that parser's words can begin (a month name, a
// weekday, a digit, "this"/"last"/"next", ...), and each parser's own regex is then tried, sticky,
// only there. chrono's loop (where it resumes after a result or a rejected match), its extractors
// and its refiners run unchanged (one refiner only on the results it can change: `gateRefiner`), so
// the results are the same (see test/core/time/chrono-fast.test.ts).
//
// Why exact: chrono looks for a parser's next match with `pattern.exec(text.substring(o))`, whose
// leftmost match starts either at o itself (where `^` also matches) or at some s > o, where the
// pattern is the same as the sticky pattern at s in the whole text (no chrono pattern looks behind).
// Position o is tried as chrono does; for s > o, `START` below lists for each parser a superset of
// the words its pattern can begin with after its one-character boundary, so no match is skipped.
// A parser whose pattern is not the one `START` was written for (another chrono version, another
// locale) falls back to chrono's own scan.
import * as chrono from 'chrono-node';
import type { ParsingOption, ParsedResult, ParsingReference } from 'chrono-node';

interface Parser {
  pattern(context: unknown): RegExp;
  extract(context: unknown, match: RegExpMatchArray): unknown;
}
interface Refiner {
  refine(context: unknown, results: ParsedResult[]): ParsedResult[];
}
interface ChronoInternals {
  parsers: Parser[];
  refiners: Refiner[];
}
interface ChronoStatic {
  executeParser(context: unknown, parser: Parser): ParsedResult[];
}
type ContextClass = new (text: string, ref: ParsingReference | Date | undefined, option: ParsingOption | undefined) => { text: string; createParsingResult(index: number, text: string, start?: unknown): ParsedResult };

const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const WEEKDAY = 'sun|mon|tue|wed|thu|fri|sat';
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
// chrono's NUMBER_PATTERN ("two", "half an", "a few", "several", "the", "a couple of"), after "about"/"around".
const NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|about|around';
const PART_OF_DAY = 'morning|afternoon|evening|night|midnight|midday|noon';

/** Where one parser's pattern can begin, right after its one-character boundary (`(\W|^)` mostly). */
export interface Start {
  /** Hash of the pattern these were read from (see `patternHash`). */
  hash: string;
  /**
   * Words it can begin with at a word boundary: case-insensitive prefixes, each with what must follow
   * it ("in" only before a month), as regex sources.
   */
  words?: Array<[prefix: string, follow?: string]>;
  /** A digit (not one inside a number: the boundary before it is never a digit). */
  digit?: boolean;
  /** Non-word characters it can begin with. */
  chars?: string;
  /** What must follow one of `chars` for a match to begin there, as a regex source. */
  charFollow?: string;
  /** Words it can begin with after one to three whitespace characters ("  couple", " morning"). */
  spaced?: string;
  /**
   * The time parser's boundary is `(^|\s|T|\b)`: its words may also start the match themselves
   * (zero-width `\b`), and "at"/"from" may follow a "T" inside a word.
   */
  time?: boolean;
  /**
   * "3 days ago", "two weeks later": a match ends with one of these words, after a time unit, and
   * everything before them back to where the match begins is letters, digits, whitespace, commas or
   * a decimal point. The parser is tried only in such a stretch before one of them, so its common
   * first words ("a", "the") need no pass over the whole text.
   */
  until?: string;
}

const NUMBER_NEXT = String.raw`\s*(?:roughly|approximately|just|${NUMBER}|\d)`;

/** For each parser of chrono's casual English configuration, by class name. */
const START: Record<string, Start> = {
  ENYearMonthDayParser: { hash: '09a4b144', digit: true },
  ISOFormatParser: { hash: '6bcf21ad', digit: true },
  // Boundary `([^\d]|^)`: any non-digit, which never precedes a digit that starts a number.
  SlashDateFormatParser: { hash: '4c965ad4', digit: true },
  ENTimeUnitWithinFormatParser: { hash: 'd085d5bb', words: [['within|in|for', NUMBER_NEXT]] },
  ENMonthNameLittleEndianParser: { hash: 'e5093247', words: [['on', String.raw`\s{0,3}(?:\d|${ORDINAL})`], [ORDINAL]], digit: true },
  ENMonthNameMiddleEndianParser: { hash: '4fe75f97', words: [[MONTH]] },
  ENWeekdayParser: {
    hash: 'e4169096',
    words: [['on', String.raw`\s*(?:this|last|past|next|week|${WEEKDAY})`], ['this|last|past|next', String.raw`\s*(?:week|${WEEKDAY})`], [`week|${WEEKDAY}`]],
    // "(Thursday)", ", on Sunday": the bracket or comma, then what may come before the weekday.
    chars: ',(（',
    charFollow: String.raw`\s*(?:on\s*)?(?:(?:this|last|past|next)\s*)?(?:week|${WEEKDAY})`,
  },
  ENSlashMonthFormatParser: { hash: 'a5b64d29', digit: true },
  ENTimeExpressionParser: { hash: 'c6f93834', words: [['at|from', String.raw`\s*\d`]], digit: true, time: true },
  ENTimeUnitAgoFormatParser: { hash: '61d696c8', words: [[NUMBER]], digit: true, spaced: 'couple', until: 'ago|before|earlier' },
  ENTimeUnitLaterFormatParser: { hash: 'b9740e71', words: [[NUMBER]], digit: true, spaced: 'couple', until: 'later|after|from now|henceforth|forward|out' },
  ENYearMonthNameParser: { hash: '6a416df1', digit: true },
  ENCasualDateParser: { hash: '7a95d8eb', words: [['now|today|tonight|tomorrow|overmorrow|tmr|yesterday'], ['last', String.raw`\s*night`]] },
  ENCasualTimeParser: { hash: '391ff145', words: [['this', String.raw`\s{0,3}(?:${PART_OF_DAY})`], [PART_OF_DAY]], spaced: PART_OF_DAY },
  ENEndOfCurrentMonthParser: { hash: '1daec59b', words: [['last', String.raw`\s+day`], ['end', String.raw`\s+of`]] },
  ENMonthNameParser: { hash: 'c194d879', words: [['in', String.raw`\s*(?:${MONTH})`], [MONTH]] },
  ENRelativeDateFormatParser: { hash: 'f33e17e0', words: [['this|last|past|next|after']] },
  ENTimeUnitCasualRelativeFormatParser: { hash: '208fb793', words: [['this|last|past|next|after', NUMBER_NEXT]], chars: '+-', charFollow: NUMBER_NEXT },
};

/** FNV-1a of a string. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a of a pattern's source and flags: the exact pattern a `START` entry was written for. */
export function patternHash(re: RegExp): string {
  return fnv(`${re.source}/${re.flags}`);
}

/** FNV-1a of a refiner's `refine` method source: the exact code `gateRefiner` was written for. */
export function refinerHash(refiner: Refiner): string {
  return fnv((Object.getPrototypeOf(refiner) as Refiner).refine.toString());
}

const WHITESPACE = /\s/;
/** A `wordMask` bit above the parsers' bits: the word is one some parser can begin with after spaces. */
const SPACED = 1 << 30;

/** Whether the text before `index` ends with "of" or "the" (any case) and then whitespace. */
export function afterOfOrThe(text: string, index: number): boolean {
  let j = index;
  while (j > 0 && WHITESPACE.test(text[j - 1]!)) j--;
  if (j === index) return false;
  const tail = text.slice(Math.max(0, j - 3), j).toLowerCase();
  return tail.endsWith('of') || tail === 'the';
}

/**
 * chrono's ENEndOfPeriodRefiner matches `\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$` (case-insensitive)
 * against all the text before each result: one pass over the section per result. Each of its matches
 * ends in "of" or "the" and whitespace, and it treats every result on its own (changing only those
 * whose text before it matches), so it gives the same results run on just the results after those
 * words. For the refine method it was written for (by hash; test/core/time/chrono-fast.test.ts also
 * checks the pattern in chrono's source); any other refiner is kept as it is.
 */
function gateRefiner(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENEndOfPeriodRefiner' || refinerHash(refiner) !== '008fbfd5') return refiner;
  return {
    refine(context, results) {
      const text = (context as { text: string }).text;
      const candidates = results.filter((r) => afterOfOrThe(text, r.index));
      if (candidates.length) refiner.refine(context, candidates);
      return results;
    },
  };
}

const escapeClass = (chars: string) => chars.replace(/[\]\\^-]/g, '\\$&');
const unique = (xs: Array<string | undefined>) => [...new Set(xs.filter(Boolean))].join('|');
const wordsSource = (starts: Start[], pick: (s: Start) => boolean = () => true) =>
  unique(starts.filter(pick).flatMap((s) => s.words ?? []).map(([prefix, follow]) => `(?:${prefix})${follow ?? ''}`));

/**
 * A global regex that stops at every position where one of these parsers' words can begin. Groups:
 * 1 the word, when one begins there; 2 a "t" just before "at"/"from" (the time parser's "T" boundary).
 * (`FastChrono.starts` finds these positions for all parsers at once with `sharedScan`.)
 */
export function startScan(starts: Start[]): RegExp {
  const parts = [String.raw`\b(?=${wordsSource(starts) || '(?!)'})([a-z]+)`];
  const time = wordsSource(starts, (s) => Boolean(s.time));
  if (time) parts.push(`(t)(?=${time})`);
  if (starts.some((s) => s.digit)) parts.push(String.raw`(?<!\d)\d`);
  for (const s of starts) if (s.chars) parts.push(`[${escapeClass(s.chars)}]${s.charFollow ? `(?=${s.charFollow})` : ''}`);
  const spaced = unique(starts.map((s) => s.spaced));
  if (spaced) parts.push(String.raw`\s(?=\s{0,2}(?:${spaced}))`);
  return new RegExp(parts.join('|'), 'gi');
}

/**
 * A regex source for these alternatives, those that begin with a plain letter grouped under it
 * ("a(?:t\s*\d|fter)"): V8 then tries one letter's alternatives at a word instead of all of them.
 */
function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    if (/^[a-z](?![?*+{])/.test(a)) groups.set(a[0]!, [...(groups.get(a[0]!) ?? []), a.slice(1)]);
    else rest.push(a);
  }
  return [...[...groups].map(([c, tails]) => `${c}(?:${[...new Set(tails)].join('|')})`), ...rest].join('|');
}

/** The alternatives of a words prefix, each with its follow ("in\s*\d", "within\s*\d"). */
const wordAlternatives = ([prefix, follow = '']: [string, string?]) =>
  (prefix.includes('(') ? [`(?:${prefix})${follow}`] : prefix.split('|').map((w) => w + follow));

/**
 * The one pass `FastChrono.starts` makes for the parsers that share it: `startScan`'s positions but
 * for two it derives from others, which spares the regex a branch tried at every letter or space.
 * Groups: 1 the word, when one begins there (spaced words are among the words, so every one after a
 * space is found and the spaces before it are added); a time parser's "T" before "at"/"from" is looked
 * for before each digit, since the time words must reach one.
 */
function sharedScan(starts: Start[]): RegExp {
  const words = starts.flatMap((s) => [...(s.words ?? []).flatMap(wordAlternatives), ...wordAlternatives([s.spaced ?? ''])].filter(Boolean));
  const parts = [String.raw`\b(?=${byFirstLetter(words) || '(?!)'})([a-z]+)`];
  if (starts.some((s) => s.digit || s.time)) parts.push(String.raw`(?<!\d)\d`);
  for (const s of starts) if (s.chars) parts.push(`[${escapeClass(s.chars)}]${s.charFollow ? `(?=${s.charFollow})` : ''}`);
  return new RegExp(parts.join('|'), 'gi');
}

/** Whether a closing word at `at` follows a time unit's last letter and at most five spaces. */
function afterUnit(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const c = text[i]!;
    if (/[srdehkycnomw]/i.test(c)) return true;
    if (!/\s/.test(c)) return false;
  }
  return false;
}

// What a time-unit stretch ("about 1.5 years, 2 months and a few days") is made of.
const UNIT_STRETCH = /[A-Za-z0-9\s,]/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

interface Plan {
  parser: Parser;
  /** Where its matches can begin, or null to run chrono's own scan. */
  start: Start | null;
  pattern: RegExp;
  sticky: RegExp;
  /** For `until` parsers: the words that end a match (sticky), and where the parser's words begin. */
  until?: RegExp;
  local?: RegExp;
}

export class FastChrono {
  private readonly plans: Plan[];
  private readonly refiners: Refiner[];
  private readonly original: Refiner[];
  /** Finds, in one pass, every position where some `until` parser's closing words can begin. */
  private readonly closers: RegExp | null;
  /** Finds, in one pass, every position where some covered parser (but `until` ones) can begin. */
  private readonly scan: RegExp;
  private readonly wordTests: Array<RegExp | null>;
  private readonly wordMasks = new Map<string, number>();
  private readonly digitMask: number;
  private readonly spacedMask: number;
  private readonly spacedTest: RegExp;
  private readonly timeMask: number;
  /** "t" then a time word then a digit (sticky), and the lengths and last letters of the time words. */
  private readonly timeBoundary: RegExp;
  private readonly timeWordLengths: number[];
  private readonly timeWordEnds: string;
  private readonly charMasks = new Map<string, number>();

  constructor(base: chrono.Chrono = chrono.en.casual) {
    const internals = base as unknown as ChronoInternals;
    const probe = new (chrono.ParsingContext as unknown as ContextClass)('', new Date(0), {});
    this.plans = internals.parsers.map((parser) => {
      const pattern = parser.pattern(probe);
      const known = START[parser.constructor.name];
      const start = known && known.hash === patternHash(pattern) ? known : null;
      const plan: Plan = { parser, start, pattern, sticky: new RegExp(pattern.source, pattern.flags + 'y') };
      if (start?.until) {
        plan.until = new RegExp(`(?:${start.until})(?=\\W|$)`, 'iy');
        plan.local = startScan([start]);
      }
      return plan;
    });
    if (this.plans.length > 30) throw new Error('FastChrono: more parsers than mask bits');
    this.original = internals.refiners;
    this.refiners = this.original.map(gateRefiner);
    const shared = (p: Plan) => p.start !== null && !p.until;
    const mask = (has: (s: Start) => unknown) => this.plans.reduce((m, p, k) => (shared(p) && has(p.start!) ? m | (1 << k) : m), 0);
    this.digitMask = mask((s) => s.digit);
    this.spacedMask = mask((s) => s.spaced);
    this.timeMask = mask((s) => s.time);
    for (const p of this.plans.filter(shared)) for (const c of p.start!.chars ?? '') this.charMasks.set(c, mask((s) => s.chars?.includes(c)));
    this.wordTests = this.plans.map((p) => (shared(p) && p.start!.words ? new RegExp(`^(?:${unique(p.start!.words.map(([prefix]) => prefix))})`, 'i') : null));
    const sharing = this.plans.filter(shared).map((p) => p.start!);
    this.scan = sharedScan(sharing);
    this.spacedTest = new RegExp(`^(?:${unique(sharing.map((s) => s.spaced)) || '(?!)'})`, 'i');
    const timeWords = unique(sharing.filter((s) => s.time).flatMap((s) => s.words ?? []).map(([prefix]) => prefix)).split('|').filter(Boolean);
    // The derivation in `starts` reads the time words as plain words ending before the digit.
    if (timeWords.some((w) => !/^[a-z]+$/.test(w))) throw new Error('FastChrono: time words must be plain words');
    this.timeBoundary = new RegExp(`t(?=${wordsSource(sharing, (s) => Boolean(s.time)) || '(?!)'})`, 'iy');
    this.timeWordLengths = [...new Set(timeWords.map((w) => w.length))];
    this.timeWordEnds = timeWords.map((w) => w.at(-1)!).join('');
    const closing = unique(this.plans.map((p) => p.until && p.start!.until));
    this.closers = closing ? new RegExp(`(?:${closing})(?=\\W|$)`, 'gi') : null;
  }

  /** Refiners run only on the results they can change (see `gateRefiner`). */
  gated(): string[] {
    return this.refiners.flatMap((r, k) => (r !== this.original[k] ? [this.original[k]!.constructor.name] : []));
  }

  /** For tests: each parser's `Start` (null if uncovered) and the positions `starts` gives it in this text. */
  startsIn(text: string): Array<{ parser: string; start: Start | null; shared: boolean; positions: number[] }> {
    const starts = this.starts(text);
    return this.plans.map((p, k) => ({ parser: p.parser.constructor.name, start: p.start, shared: p.start !== null && !p.until, positions: starts[k]! }));
  }

  /** Parsers whose pattern is not the one `START` was written for (they run chrono's own scan). */
  uncovered(): string[] {
    return this.plans.filter((p) => !p.start).map((p) => p.parser.constructor.name);
  }

  parse(text: string, ref?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new (chrono.ParsingContext as unknown as ContextClass)(text, ref, option);
    const starts = this.starts(text);
    const closers = this.closers ? this.closings(text) : [];
    let results: ParsedResult[] = [];
    this.plans.forEach((plan, k) => {
      if (!plan.start) results = results.concat((chrono.Chrono as unknown as ChronoStatic).executeParser(context, plan.parser));
      else results = results.concat(this.execute(context, plan, plan.until ? this.untilStarts(text, plan, closers) : starts[k]!));
    });
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }

  /** Which covered parsers can begin with this word (a run of letters at a word boundary); SPACED if a spaced word. */
  private wordMask(word: string): number {
    const key = word.toLowerCase();
    let m = this.wordMasks.get(key);
    if (m === undefined) {
      m = this.wordTests.reduce((acc, re, k) => (re?.test(key) ? acc | (1 << k) : acc), this.spacedTest.test(key) ? SPACED : 0);
      this.wordMasks.set(key, m);
    }
    return m;
  }

  /** For each parser, the ascending positions where its words can begin (just after its boundary). */
  private starts(text: string): number[][] {
    const out: number[][] = this.plans.map(() => []);
    // Positions derived from a later hit (spaces before a word, a "t" before a digit) can come after
    // one already added for the same parser; each list is kept ascending and without repeats.
    const add = (mask: number, q: number) => {
      for (let k = 0; mask; k++, mask >>>= 1) {
        if (!(mask & 1)) continue;
        const list = out[k]!;
        let i = list.length;
        while (i > 0 && list[i - 1]! > q) i--;
        if (i === list.length) list.push(q);
        else if (list[i - 1] !== q) list.splice(i, 0, q);
      }
    };
    const scan = this.scan;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      const q = m.index;
      if (m[1] !== undefined) {
        const mask = this.wordMask(m[1]);
        // A spaced word: the one to three spaces before it (startScan's `\s(?=\s{0,2}(?:...))`).
        if (mask & SPACED) {
          let i = q;
          while (i > q - 3 && i > 0 && WHITESPACE.test(text[i - 1]!)) i--;
          for (; i < q; i++) add(this.spacedMask, i);
        }
        add(mask & ~SPACED, q);
      } else if (isDigit(text[q])) {
        // "Tat 5": the "t" boundary before a time word and the spaces before this digit
        // (startScan's `(t)(?=(?:at|from)\s*\d)`, at the time word).
        let j = q;
        while (j > 0 && WHITESPACE.test(text[j - 1]!)) j--;
        if (j > 0 && this.timeWordEnds.includes(text[j - 1]!.toLowerCase())) {
          for (const n of this.timeWordLengths) {
            this.timeBoundary.lastIndex = j - n - 1;
            if (j - n - 1 >= 0 && this.timeBoundary.test(text)) add(this.timeMask, j - n);
          }
        }
        add(this.digitMask, q);
      } else add(this.charMasks.get(text[q]!)!, q);
      // Step by one: another parser's words may begin inside this match.
      scan.lastIndex = q + 1;
    }
    return out;
  }

  /**
   * Every position where some `until` parser's closing word matches. The parsers share this one
   * pass over the text; each then keeps the positions where its own words match.
   */
  private closings(text: string): number[] {
    const out: number[] = [];
    const closers = this.closers!;
    closers.lastIndex = 0;
    for (let m = closers.exec(text); m; m = closers.exec(text)) {
      out.push(m.index);
      closers.lastIndex = m.index + 1;
    }
    return out;
  }

  /** An `until` parser's start positions: only in the stretch before each of its closing words. */
  private untilStarts(text: string, plan: Plan, closings: number[]): number[] {
    const out: number[] = [];
    const until = plan.until!;
    const local = plan.local!;
    for (const end of closings) {
      until.lastIndex = end;
      const m = until.exec(text);
      if (!m) continue;
      // The closing word must follow a time unit ("days ago"): "about" does not end in "... out".
      if (!afterUnit(text, end)) continue;
      let begin = end;
      for (let c = text[begin - 1]; c !== undefined && (UNIT_STRETCH.test(c) || (c === '.' && isDigit(text[begin - 2]) && isDigit(text[begin]))); c = text[begin - 1]) begin--;
      // Scanned alone, the stretch can only gain start positions (a `\b` at its first letter).
      const piece = text.slice(begin, end + m[0].length);
      local.lastIndex = 0;
      for (let s = local.exec(piece); s && s.index < end - begin; s = local.exec(piece)) {
        out.push(begin + s.index);
        local.lastIndex = s.index + 1;
      }
    }
    // Stretches before two closing words can overlap.
    out.sort((a, b) => a - b);
    return out.filter((q, i) => q !== out[i - 1]);
  }

  /** chrono's `executeParser`, finding each next match through the parser's start positions. */
  private execute(context: { text: string; createParsingResult(index: number, text: string, start?: unknown): ParsedResult }, plan: Plan, starts: number[]): ParsedResult[] {
    const { parser } = plan;
    const zeroWidth = Boolean(plan.start?.time);
    const text = context.text;
    // chrono asks for the pattern on every parse; a parser may build it from the context.
    const pattern = parser.pattern(context);
    if (pattern !== plan.pattern) return (chrono.Chrono as unknown as ChronoStatic).executeParser(context, parser);
    const sticky = plan.sticky;
    let i = 0;
    // The leftmost match of the pattern in text.substring(from), with its index in the whole text.
    const next = (from: number): RegExpExecArray | null => {
      sticky.lastIndex = 0;
      const here = sticky.exec(from ? text.substring(from) : text);
      if (here) {
        here.index += from;
        return here;
      }
      while (i > 0 && starts[i - 1]! > from) i--;
      while (i < starts.length && starts[i]! <= from) i++;
      let tried = from;
      for (; i < starts.length; i++) {
        const q = starts[i]!;
        // The boundary character before the words, then (time parser) the zero-width boundary at them.
        for (let s = Math.max(q - 1, tried + 1); s <= (zeroWidth ? q : q - 1); s++) {
          sticky.lastIndex = s;
          const m = sticky.exec(text);
          if (m) return m;
          tried = s;
        }
      }
      return null;
    };
    const results: ParsedResult[] = [];
    let match = next(0);
    while (match) {
      const result = parser.extract(context, match);
      if (!result) {
        match = next(match.index + 1);
        continue;
      }
      let parsed: ParsedResult;
      if (result instanceof chrono.ParsingResult) parsed = result as unknown as ParsedResult;
      else if (result instanceof chrono.ParsingComponents) {
        parsed = context.createParsingResult(match.index, match[0]);
        (parsed as unknown as { start: unknown }).start = result;
      } else parsed = context.createParsingResult(match.index, match[0], result);
      results.push(parsed);
      match = next(parsed.index + parsed.text.length);
    }
    return results;
  }
}
