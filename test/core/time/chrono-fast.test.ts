// FastChrono must give chrono-node's own results: its start-position pre-filter may only skip
// positions where no parser can match, for every kind of date expression chrono reads.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { FastChrono, afterOfOrThe, startScan } from '../../../src/core/time/chrono-fast.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';

const fast = new FastChrono();
const ref = { instant: new Date(Date.UTC(2020, 4, 6, 12)), timezone: 'UTC' };
const option = { forwardDate: false };
const brief = (rs: ParsedResult[]) => rs.map((r) => ({
  index: r.index,
  text: r.text,
  start: [(r.start as unknown as { knownValues: object }).knownValues, (r.start as unknown as { impliedValues: object }).impliedValues],
  end: r.end ? [(r.end as unknown as { knownValues: object }).knownValues, (r.end as unknown as { impliedValues: object }).impliedValues] : null,
  tags: [...r.tags()].sort(),
}));
const same = (text: string) => expect(brief(fast.parse(text, ref, option)), text).toEqual(brief(chrono.en.casual.parse(text, ref, option)));

// One or more expressions of every kind each configured parser and refiner reads, at the start of
// the text, after a word, after punctuation and inside brackets.
const EXPRESSIONS = [
  '2020-05-06', '2020/05/06', '2020.5.6', '2020 May 6', '2020-05-06T14:30:00Z', '2020-05-06T14:30+02:00',
  '5/6/2020', '05/06', '5-6-20', '6.5.2020', '5/2020', '12/2019',
  'within 3 days', 'in two weeks', 'for about an hour', 'in a couple of months', 'within ~5 minutes', 'in 1.5 years',
  '6 May', '6th of May 2020', 'the twenty-first of June', 'on 3 to 4 March', 'first of April', '21st-23rd Aug 2019',
  'May 6', 'Sept. 11, 2001', 'March 3rd to 5th', 'Jan 5 - 7', 'December 25th 2019', 'Feb-28', 'Wednesday, May 6, 2020',
  'Monday', 'on Tuesday', 'last Friday', 'next weekend', 'this Sat.', '(Thurs.)', ', Sunday,', 'Monday of next week', 'weekday',
  '3pm', '3 p.m.', 'at 14:30', 'from 9 to 5', '7:35 p.m. Sunday', '10 o\'clock', '8 in the morning', 'T10:00', 'at 5 at night',
  '3 days ago', 'two weeks before', 'a few hours earlier', 'about 10 years ago', 'a couple of days ago', 'half an hour ago',
  '3 days later', 'two weeks after', 'an hour from now', 'five years henceforth', 'several months out', '1.5 years later',
  '2019 March', '2020 of May', '1990 AD Jan',
  'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'last night', 'lastnight', 'tmr',
  'this morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
  'end of the month', 'last day of month', 'the end of the month',
  'in March', 'March', 'in May 2019', 'March, 2020', 'Sept 2019', 'in June-2020',
  'this week', 'last month', 'next year', 'past quarter', 'after this week', 'last 3 days', 'next 2 weeks', '+2 days', '- 3 hours', 'past few months',
  'Monday to Friday', 'March 3 until March 5', 'May 6 at 3pm', '3pm on Monday', 'Monday, 5 p.m. EST', 'Tuesday 10:00 GMT+2', 'May 6th, 2020',
  'end of this week', 'the last day of next month', 'at the end of March', 'END OF  the\tlast year', 'end of\nMay 2019', 'End of the month',
  ',on Monday', '(this Friday)', '（Tue）', '(next week)', ',\tlast Sunday', '-2 weeks', '+ a couple of days', '-about 3 hours',
  'the second', 'may', 'in may', 'Saturday night into Sunday', 'the night of March 3', '5 days after May 6, 2020',
];
const CONTEXTS = (e: string) => [e, `it was ${e}.`, `Said (${e}) and`, `x,${e};`, `"${e}"`, `Tat${e}`, `  ${e}  `, `on ${e} and ${e} again`];

describe('FastChrono', () => {
  it('covers every parser of the installed chrono-node (an upgrade that changes one fails here)', () => {
    expect(fast.uncovered()).toEqual([]);
  });

  it('gives each parser, in its one shared pass, every position the parser\'s own scan stops at', () => {
    // startScan([start]) is where one parser can begin; the shared pass derives some positions
    // (the spaces before "morning", the "t" before "at 5") instead of scanning for them.
    const own = (text: string, re: RegExp) => {
      const out: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(m[2] !== undefined ? m.index + 1 : m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    const tokens = [
      ...EXPRESSIONS, 'Tat 5', 'tfrom\t9', 'at  7', 'xat 3', 'T', 'tat', 'morning', 'EVENING', 'night', 'noon', ',', '(', '（', '+', '-',
      'on', 'this', 'next', 'Sunday', 'mon', 'week', 'two', 'the', 'in', '3', '12', ' ', '  ', '   ', '\t', '\n', '\u00a0', 'x',
    ];
    const random = mulberry32(5);
    const texts = Array.from({ length: 500 }, () => Array.from({ length: 3 + Math.floor(random() * 10) }, () => tokens[Math.floor(random() * tokens.length)]!).join(['', ' ', '  '][Math.floor(random() * 3)]!));
    texts.push(readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8'));
    const derived = { spaced: 0, time: 0 };
    for (const text of texts) {
      for (const { parser, start, shared, positions } of fast.startsIn(text)) {
        if (!shared) continue;
        expect([...positions].sort((a, b) => a - b), parser).toEqual(positions);
        const have = new Set(positions);
        expect(have.size, parser).toBe(positions.length);
        for (const q of own(text, startScan([start!]))) {
          expect(have.has(q), `${parser} at ${q} in ${JSON.stringify(text)}`).toBe(true);
          if (/\s/.test(text[q]!)) derived.spaced++;
          if (/[tT]/.test(text[q - 1] ?? '') && /[af]/i.test(text[q]!) && start!.time) derived.time++;
        }
      }
    }
    // The strings hold both kinds of derived positions, so their derivation was checked.
    expect(derived.spaced).toBeGreaterThan(10);
    expect(derived.time).toBeGreaterThan(10);
  });

  it('runs ENEndOfPeriodRefiner only after "of" or "the" (its pattern in the installed chrono-node is the one gated)', () => {
    expect(fast.gated()).toEqual(['ENEndOfPeriodRefiner']);
    const source = readFileSync(new URL('../../../node_modules/chrono-node/dist/esm/locales/en/refiners/ENEndOfPeriodRefiner.js', import.meta.url), 'utf8');
    const literal = /const PREFIX_PATTERN = \/(.+)\/(\w*);/.exec(source)!;
    expect(literal[0]).toBe(String.raw`const PREFIX_PATTERN = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;`);
    // Wherever chrono's pattern matches the text before a position, the gate lets the position through.
    const prefix = new RegExp(literal[1]!, literal[2]);
    const tokens = ['end', 'End', 'last', 'LAST', 'day', 'of', 'Of', 'OF', 'the', 'THE', 'often', 'bathe', 'x', '5', ',', '-', 'ofthe'];
    const spaces = ['', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', ' \r\n '];
    const random = mulberry32(3);
    let matched = 0;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 8) }, () => tokens[Math.floor(random() * tokens.length)]! + spaces[Math.floor(random() * spaces.length)]!).join('');
      for (let i = 0; i <= text.length; i++) {
        if (!prefix.test(text.substring(0, i))) continue;
        matched++;
        expect(afterOfOrThe(text, i), JSON.stringify(text.substring(0, i))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect([afterOfOrThe('the end of ', 11), afterOfOrThe('end of', 6), afterOfOrThe('end often ', 10), afterOfOrThe('bathe ', 6)]).toEqual([true, false, false, true]);
  });

  it('finds every kind of date expression chrono finds, in any surroundings', () => {
    for (const e of EXPRESSIONS) for (const text of CONTEXTS(e)) same(text);
  });

  it('gives chrono\'s results on a whole article', () => {
    same(readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8'));
  });

  it('gives chrono\'s results on random strings of date words, digits and punctuation', () => {
    const tokens = [
      ...EXPRESSIONS, 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'and', 'of', 'to', 'T', 't', 'out', 'about', 'ago', 'later',
      'after', 'before', 'couple', 'few', 'day', 'days', 'h', 'm', 's', 'y', 'd', 'them', 'Sun', 'sat', 'mon', 'may', 'march', 'second',
      '1', '12', '2020', '3.5', '05', ':', '.', ',', '-', '–', '/', '(', ')', '+', '~', '\n', '  ', '"', 'am', 'pm', 'a.m.', 'clock',
    ];
    const random = mulberry32(7);
    for (let n = 0; n < 400; n++) {
      const words = Array.from({ length: 4 + Math.floor(random() * 12) }, () => tokens[Math.floor(random() * tokens.length)]!);
      const glue = () => ['', ' ', ' ', ' ', '  ', ', '][Math.floor(random() * 6)]!;
      same(words.reduce((text, w) => text + glue() + w, ''));
    }
  });
});
