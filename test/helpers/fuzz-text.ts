// Generated hostile article texts for fuzzing the engine (test/core/fuzz.test.ts runs a seeded
// sample, `npm run fuzz` the full 100,000), and the checks every analysis of them must pass: no
// throw, spans that hold their words, and the app's own import validator accepting the result.
import type { Analysis } from '../../src/core/index.ts';
import { FILE_FORMAT, FILE_VERSION, parseWorkspaceFile } from '../../src/features/workspace/validate-file.ts';

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const PLACES = ['Damascus', 'Aleppo', 'Idlib', 'Gaza', 'Rafah', 'Kyiv', 'Kharkiv', 'Ukraine', 'Syria', 'Iran', 'Paris, Texas', 'Springfield', 'TEL AVIV', 'Beirut', 'the West Bank', 'Deir ez-Zor', 'al-Mayadin', 'Zürich', 'São Paulo', 'Île-de-France'];
const WORDS = ['Israeli jets struck', 'a drone strike hit', 'shelling killed', 'troops withdrew from', 'militants raided', 'a missile attack on', 'gunmen killed', 'clashes near', 'officials said', 'according to', 'the ministry', 'at least', 'people', 'wounded', 'and', 'in', 'on', 'near', 'the', 'was', 'will', 'threatened to strike'];
const FURNITURE = [
  'Share this article', 'Advertisement', 'ADVERTISEMENT', 'Read more', 'Cookie settings', 'Accept all cookies', 'Sign up for our newsletter',
  'Image caption, Rescuers search the rubble', 'Image source, Reuters', 'Photo: AFP/Getty Images', '(AP Photo/Jane Doe)', 'REUTERS/John Smith',
  'Updated 10:32 GMT', 'Published 3 hours ago', 'By Jane Doe', 'Home | World | Middle East | Live', '© 2024 News Corp. All rights reserved.',
  'Related:', 'Watch: ', 'LIVE', '•', '▶', 'Most read', '1/12', 'Skip to content', 'Menu', 'Comments (245)',
];
const RTL = ['دمشق', 'غزة', 'القدس', 'قصف جوي على حلب', 'ירושלים', 'תל אביב', '\u200f', '\u200e', '\u202b', '\u202e', '\u2067', '\u2069', '\u061c'];
const SYMBOLS = ['🇺🇦', '🇵🇸', '🇮🇱', '🔥', '❤️', '🙏🏽', '👨‍👩‍👧', '\ufe0f', '\u200d', '\u200b', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u3000', '…', '—', '–', '“', '”', '’', '#', '@', '&amp;', '<b>', '</p>', '\t', '\r\n', '\f', '\u0000', '\u0007', '\u001b[31m', '\u2028', '\u2029'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\udc00\ud800'];
const MONTHS = ['January', 'Feb.', 'March', 'Apr', 'May', 'June', 'Jul.', 'August', 'Sept.', 'October', 'Nov', 'December'];
const NUMBERS = ['1e308', '-0', 'NaN', 'Infinity', '99999999999999999999', '10^100', '1,000,000,000,000', '0.0000001', '3.14159', '007', '٣٤', '१२', '１２３'];
const BREAKS = ['. ', '. ', '! ', '? ', '\n', '\n\n', '; ', ', ', ' - ', ' '];

/** A date from the year 1 to 9999 written in one of the ways articles (and nonsense) write them. */
function dateWords(random: Random): string {
  const y = int(random, 1, 9999);
  const m = int(random, 1, 12);
  const d = int(random, 1, 31);
  const yy = String(y).padStart(4, '0');
  switch (int(random, 0, 12)) {
    case 0: return `on ${d} ${pick(random, MONTHS)} ${y}`;
    case 1: return `${pick(random, MONTHS)} ${d}, ${y}`;
    case 2: return `in ${y}`;
    case 3: return `${yy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    case 4: return `${m}/${d}/${y}`;
    case 5: return `${int(random, 1, 100000)} ${pick(random, ['years', 'months', 'weeks', 'days'])} ${pick(random, ['ago', 'later', 'earlier', 'from now'])}`;
    case 6: return `in ${int(random, 1, 9999)} ${pick(random, ['BC', 'AD', 'BCE', 'CE'])}`;
    case 7: return pick(random, ['on Monday night', 'yesterday', 'last week', 'the next day', 'overnight', 'the night of May 3-4', 'between March 1 and 3', 'this weekend', 'tomorrow', 'last month']);
    case 8: return `the ${d}th of ${pick(random, MONTHS)}`;
    case 9: return `${pick(random, MONTHS)} ${y}`;
    case 10: return `Feb. 28 (YPA) - `;
    case 11: return `in the year ${int(random, 1, 99999)}`;
    default: return `${d} ${pick(random, MONTHS)}`;
  }
}

function piece(random: Random): string {
  const r = random();
  if (r < 0.2) return pick(random, PLACES);
  if (r < 0.42) return pick(random, WORDS);
  if (r < 0.52) return dateWords(random);
  if (r < 0.6) return pick(random, FURNITURE);
  if (r < 0.68) return pick(random, RTL);
  if (r < 0.78) return pick(random, SYMBOLS);
  if (r < 0.82) return pick(random, SURROGATES);
  if (r < 0.87) return pick(random, NUMBERS);
  if (r < 0.9) return String.fromCharCode(int(random, 0, 0xffff));
  if (r < 0.93) return `${pick(random, PLACES).toUpperCase()}${pick(random, [' (Reuters) - ', ' — ', ', Syria (AP) — ', ': '])}`;
  return pick(random, BREAKS);
}

export interface FuzzCase {
  text: string;
  published: string;
}

export interface FuzzOptions {
  /** Longest text of the ordinary kind, in pieces. */
  maxPieces?: number;
  /** Share of cases that are one long line with no sentence breaks (a live blog, a list). */
  longShare?: number;
  /** Characters in a long case. */
  longChars?: number;
}

/** One generated case: a text and a publication date from the year 1 to 9999. */
export function fuzzCase(random: Random, { maxPieces = 60, longShare = 0.01, longChars = 20_000 }: FuzzOptions = {}): FuzzCase {
  const y = int(random, 1, 9999);
  const published = `${String(y).padStart(4, '0')}-${String(int(random, 1, 12)).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`;
  const parts: string[] = [];
  if (random() < longShare) {
    // No sentence breaks at all: a run of updates or a list pasted as one line.
    let n = 0;
    while (n < longChars) {
      const p = piece(random).replace(/[.!?\n\r\u2028\u2029]/g, ',');
      parts.push(p, ' ');
      n += p.length + 1;
    }
  } else {
    const count = int(random, 0, maxPieces);
    for (let i = 0; i < count; i++) parts.push(piece(random), random() < 0.7 ? ' ' : '');
  }
  return { text: parts.join(''), published };
}

/** What is wrong with an analysis of `text` (empty when nothing is): spans, words and the app's import validator. */
export function analysisProblems(text: string, published: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const holds = (what: string, s: { start: number; end: number; text?: string }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) problems.push(`${what}: span ${s.start}-${s.end} outside the text`);
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) problems.push(`${what}: span ${s.start}-${s.end} does not hold ${JSON.stringify(s.text)}`);
  };
  analysis.mentions.forEach((m, i) => holds(`mentions[${i}]`, m));
  analysis.dates.forEach((d, i) => holds(`dates[${i}].span`, { ...d.span, text: d.text }));
  analysis.events.forEach((e, i) => {
    holds(`events[${i}].trigger`, e.trigger);
    holds(`events[${i}].excerpt`, e.excerpt);
    if (e.placeSpan) holds(`events[${i}].placeSpan`, e.placeSpan);
  });
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: '2024-01-01T00:00:00.000Z',
    articles: [{ id: 'a1', text, published, addedAt: '2024-01-01T00:00:00.000Z', analysis }],
    corrections: [],
  };
  const parsed = parseWorkspaceFile(JSON.stringify(file));
  if (!parsed.ok) problems.push(`import validator: ${parsed.error}`);
  else for (const line of [...parsed.skipped, ...parsed.damaged]) problems.push(`import validator: ${line}`);
  return problems;
}
