// Splits an article into its parts (headline, photo captions, the dateline opener, body) and into
// sentence spans. Both drive later stages: a dateline is where the reporter sat, a caption has its own date.
import type { Section, Span } from '../types.ts';

/**
 * Paragraphs: runs of text separated by blank lines, trimmed. Text pasted from a web page often has
 * one paragraph per line and no blank lines at all; then each line that is not hard-wrapped copy is one.
 */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const blank = /\n[ \t\r\f\v\u00a0]*\n/;
  const perLine = !blank.test(text) && text.includes('\n') && !isHardWrapped(text);
  const re = perLine ? /\r?\n/g : /\n[ \t\r\f\v\u00a0]*\n/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    // One paragraph per line, except where a line plainly runs on ("killing two and\nwounding five").
    if (m && perLine && runsOn(text, from, m.index)) continue;
    const to = m ? m.index : text.length;
    const span = trimSpan(text, from, to);
    if (span) out.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function runsOn(text: string, lineStart: number, nl: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl).trimEnd();
  const next = /\S/.exec(text.slice(nl + 1, nl + 40))?.[0] ?? '';
  if (nl <= lineStart || /[.!?…"”’):]$/.test(line)) return false;
  // "By Staff Writer" / "06 March 2019 09:10" / "BAMAKO, Mali (AP) —": furniture and datelines stand alone.
  if (isFurniture(line) || matchDateline(text.slice(nl + 1, nl + 120).trimStart())) return false;
  // ("08:15 Russian forces shelled ..." / "09:02 Explosions reported ...": a live blog's time stamps open items.)
  if (TIME_STAMP.test(text.slice(nl + 1, nl + 12).trimStart())) return false;
  return /[a-z0-9]/.test(next) || /[,;-]$|\b(?:and|or|the|a|an|of|in|on|at|to|for|by|with|from)$/i.test(line);
}

// A line opening on a clock time and a capitalised word: one item of a live blog or a bulletin list.
const TIME_STAMP = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|[AP]M|a\.m\.|p\.m\.))?\s+[\p{Lu}"“]/u;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

const CAPTION_OPENERS = [
  // "A picture taken early on ...", "This handout photo released by ...", "An image grab from ..."
  /^(?:an?|this|the|in this|in a)\s+(?:\w+\s+){0,3}?(?:picture|photo(?:graph)?|image|handout|screen ?grab|video grab|still|satellite image|file (?:picture|photo|image))\b[\s\S]{0,120}?\b(?:taken|shows?|showing|released|obtained|provided|made available|distributed|grab|depicts)\b/i,
  /^\(?\s*(?:photo|photograph|picture|image|caption|pictured|file photo|file picture|file image)\s*(?:credit)?\s*[:\-–—]/i,
  // BBC-style "Image caption, Rescuers search ..." and "Image source, Reuters".
  /^(?:image|photo|video) (?:caption|source)\s*[,:]/i,
  // "Photo caption: ...", "Caption - ..."
  /^(?:(?:photo|image|picture|video)\s+)?caption\s*[:\-–—]/i,
  /^(?:file photo|file picture|file image)\b/i,
];
// A short paragraph whose main verb is "shows"/"is seen" and which credits an agency or photographer.
const CAPTION_SHOWS = /^[^.!?]{3,160}\b(?:shows|is seen|are seen|pictured|looks on|look on)\b/i;
const AGENCY_CREDIT = /\((?:[^()]*\b(?:photo|picture|image|afp|reuters|ap|getty|epa|anadolu|via)\b[^()]*)\)\s*\.?$/i;
// "(Photo by Jane Doe/Reuters)", "(AFP/Getty Images)": a photographer's credit alone marks a caption.
const PHOTO_CREDIT = new RegExp([
  String.raw`\((?:photo|picture|image|file)\b[^()]*\)\s*\.?$`,
  String.raw`\([^()]*\/\s*(?:reuters|afp|ap|getty images|epa|anadolu|sopa images)[^()]*\)\s*\.?$`,
  // "(AP Photo/Fatima Shbair)", "(AFP via Getty Images)"
  String.raw`\((?:AP|AFP|Reuters|EPA|Getty|Anadolu|Xinhua)\b[^()]*(?:Photo|Images?|via)\b[^()]*\)\s*\.?$`,
  // "... today. REUTERS/Mohammed Salem", "Photograph: Mahmud Hams/AFP/Getty Images", "Credit: ..."
  String.raw`\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA)\s*\/\s*[A-Z][\w.' -]{1,40}$`,
  String.raw`\b(?:Photograph|Photo|Picture|Credit|Image)s?:\s+[^.:]{2,80}$`,
].join('|'), 'i');

function isCaption(p: string): boolean {
  if (CAPTION_OPENERS.some((re) => re.test(p))) return true;
  if (p.length > 400) return false;
  return PHOTO_CREDIT.test(p) || (CAPTION_SHOWS.test(p) && AGENCY_CREDIT.test(p));
}

/** A caption's words without its label ("Photo caption:", "Image:") and credit, to know it again. */
function captionWords(p: string): string {
  return p.trim().replace(/^(?:(?:photo|image|picture|video)\s+)?(?:caption|source)?\s*[:\-–—,]\s*/i, '').replace(/^(?:photo|image|picture)\s*:\s*/i, '').replace(/\s*\([^()]*\)\s*\.?$/, '').trim();
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 25 || line.length > 200) return false;
  // Headlines may ask or exclaim ("Is Iran leaving Syria?"), but a full stop ends a sentence.
  if (/[.…]$/.test(line)) return false;
  // "08:15 Russian forces shelled ...": a live blog's first item, not a headline.
  if (TIME_STAMP.test(line)) return false;
  return /[A-Za-z\u00C0-\u024F]/.test(line);
}

const DASH = String.raw`(?:--|[-–—―])`;
const AGENCY = String.raw`\((?:[A-Z][\w.&'’ -]{0,40})\)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DAY_DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
// "TEL AVIV", "ISTANBUL/ANKARA", "WASHINGTON/JERUSALEM"
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’\-]*(?:(?:\s+|\s*/\s*)[A-Z][A-Z.'’\-]*){0,3}`;
const TITLE_PLACE = String.raw`[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}`;
const QUALIFIER = String.raw`(?:,\s*${TITLE_PLACE})?`;
const DATE_PART = String.raw`(?:,\s*${DAY_DATE})?`;
// "TEL AVIV –", "KYIV (Reuters) -", "BEIRUT, Lebanon (AP) —", "SANAA, Yemen, March 3 (Reuters) -"
const DATELINE_CAPS = new RegExp(String.raw`^(${CAPS_PLACE}${QUALIFIER}${DATE_PART}(?:\s*${AGENCY})?)\s*(?:${DASH}|:(?=\s))\s`, 'u');
// "Kyiv, Ukraine (CNN) —": mixed case needs the agency to be trusted.
const DATELINE_TITLE = new RegExp(String.raw`^(${TITLE_PLACE}${QUALIFIER}${DATE_PART}\s*${AGENCY})\s*${DASH}\s`, 'u');
// "Feb. 28 (YPA) -", "(Reuters) -"
const DATELINE_DATE = new RegExp(String.raw`^((?:${DAY_DATE}\s*)?${AGENCY})\s*${DASH}\s`, 'u');

/** The dateline words at the start of a paragraph (without the dash), or null. */
export function matchDateline(p: string): string | null {
  const caps = DATELINE_CAPS.exec(p);
  // An all-caps opener must really be capitals ("TEL AVIV"), not a one-letter word like "A".
  if (caps && /[A-Z]{2,}/.test(caps[1]!.split(/[,(]/)[0]!)) return caps[1]!;
  const title = DATELINE_TITLE.exec(p) ?? DATELINE_DATE.exec(p);
  return title ? title[1]! : null;
}

const BYLINE = /^(?:(?:By|From|Posted|Published|Updated|Last updated)\b[^\n]{0,100}|[^\n.!?]{0,60})$/;

// Page furniture that can open a pasted page: navigation and cookie lines, share buttons, bylines,
// reading times and "Updated:" stamps. Never the headline, never the dateline.
const FURNITURE = new RegExp([
  String.raw`skip to\b.*`,
  String.raw`.*\b(?:uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|reject (?:all )?cookies|manage (?:your )?(?:cookies|consent))\b.*`,
  String.raw`(?:sign in|log in|subscribe(?: now)?|menu|search|share(?: this)?(?: (?:article|story|page))?|advertisement|advert|listen(?: to this article)?|print|email|comments?|close|home|news|world|next|previous)\s*[|•·]?\s*`,
  String.raw`\d+\s+min(?:ute)?s?\s+read\s*`,
  String.raw`by\s+[A-Z][^\n.!?]{0,80}`,
  String.raw`(?:posted|published|updated|last updated|first published|modified)(?:\s+on)?\s*:?\s*[^\n]{0,60}`,
  String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})(?:[\s,|]+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|[A-Z]{2,5}))?)?\s*`,
].map((p) => `(?:${p})`).join('|').replace(/^/, '^(?:') + ')$', 'i');

/** A caption of an archive picture ("FILE PHOTO: ..."): its words tell of some earlier day, not the story's. */
export const FILE_PHOTO = /\b(?:file|archive|archival)\s+(?:photo|picture|image|footage)\b/i;

/** A line of page furniture ("Skip to content", "We use cookies", "By Jane Roe", "Updated 04-10-2023 08:15"). */
export function isFurniture(line: string): boolean {
  return line.length <= 200 && FURNITURE.test(line.trim());
}

/** Skips the furniture lines opening [start, end), pushing them as body; returns where the content begins. */
function skipFurniture(text: string, start: number, end: number, sections: Section[]): number {
  let at = start;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    if (!isFurniture(text.slice(at, lineEnd))) break;
    const span = trimSpan(text, at, lineEnd);
    if (span) pushBody(sections, span.start, span.end);
    const next = trimSpan(text, lineEnd, end);
    if (!next) return end;
    at = next.start;
  }
  return at;
}

/** Headline, captions, the first dateline, and body spans, in text order. */
export function findSections(text: string): Section[] {
  const paragraphs = findParagraphs(text);
  const sections: Section[] = [];
  let datelineSeen = false;
  let bodySeen = false;
  let headlineDone = false;
  const captions = new Set<string>();
  paragraphs.forEach((para, i) => {
    let start = para.start;
    // Before the story begins, page furniture is skipped: the headline and the dateline come after it.
    if (!bodySeen && !datelineSeen) {
      start = skipFurniture(text, start, para.end, sections);
      if (start >= para.end) return;
    }
    if (!headlineDone && !bodySeen && !datelineSeen) {
      headlineDone = true;
      const raw = text.slice(start, para.end);
      const firstLine = raw.split('\n')[0]!.trimEnd();
      const rest = raw.length > firstLine.length || i < paragraphs.length - 1;
      if (rest && isHeadline(firstLine) && !matchDateline(firstLine + ' ')) {
        sections.push({ kind: 'headline', start, end: start + firstLine.length });
        const next = trimSpan(text, start + firstLine.length, para.end);
        if (!next) return;
        start = skipFurniture(text, next.start, para.end, sections);
        if (start >= para.end) return;
      }
    }
    const body = text.slice(start, para.end);
    // A caption, or a caption's words repeated further down the page.
    const words = captionWords(body);
    if (isCaption(body) || (words.length > 15 && captions.has(words))) {
      captions.add(words);
      sections.push({ kind: 'caption', start, end: para.end });
      return;
    }
    if (!datelineSeen && !bodySeen) {
      const dl = matchDateline(body);
      if (dl) {
        datelineSeen = true;
        sections.push({ kind: 'dateline', start, end: start + dl.length });
        const after = /^\s*(?:--|[-–—―:])\s*/.exec(body.slice(dl.length));
        start += dl.length + (after ? after[0].length : 0);
      }
    }
    // A byline or a time stamp ("By Jane Doe", "Updated 10:32 GMT") may come before the dateline.
    if (!BYLINE.test(text.slice(start, para.end))) bodySeen = true;
    if (start < para.end) pushBody(sections, start, para.end);
  });
  return sections;
}

function pushBody(sections: Section[], start: number, end: number) {
  const last = sections[sections.length - 1];
  // Consecutive body paragraphs form one body section.
  if (last && last.kind === 'body') last.end = end;
  else sections.push({ kind: 'body', start, end });
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cpl', 'pvt', 'adm', 'cmdr',
    'rep', 'sen', 'gov', 'pres', 'rev', 'hon', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'approx', 'est', 'inc',
    'corp', 'co', 'ltd', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'al', 'op', 'fig', 'vol',
  ],
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const m = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1]!;
  // Dotted initialisms ("U.S", "U.N", "a.m") and single initials ("J" in "J. Smith").
  if (word.includes('.') || /^[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CANDIDATE = /[\n.!?…]/g;
const CLOSING_RUN = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']']);
const INLINE_SPACE = new Set([' ', '\t', '\r', '\f', '\v', '\u00a0']);

/** Sentence spans (trimmed), never broken by "U.S.", "Dr.", "Feb." or decimals; paragraphs and lines end sentences. */
export function findSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const para of findParagraphs(text)) {
    let start = para.start;
    const wrapped = isHardWrapped(text.slice(para.start, para.end));
    const push = (end: number) => {
      const s = trimSpan(text, start, end);
      if (s) pushBounded(out, text, s);
    };
    for (let i = para.start; i < para.end; i++) {
      // Jump to the next newline or sentence-ending mark: a native scan, not a step per character.
      CANDIDATE.lastIndex = i;
      if (!CANDIDATE.test(text)) break;
      i = CANDIDATE.lastIndex - 1;
      if (i >= para.end) break;
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (lineContinues(text, start, i, para.end, wrapped)) continue;
        push(i);
        start = i + 1;
        continue;
      }
      const ch = text[i]!;
      let j = i + 1;
      while (j < para.end && CLOSING_RUN.has(text[j]!)) j++;
      const run = i;
      // The whole run of closing punctuation is read once ("......" stays linear).
      i = j - 1;
      if (j < para.end && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < para.end && INLINE_SPACE.has(text[k]!)) k++;
      if (k >= para.end || text[k] === '\n') continue;
      const next = text[k]!;
      if (/[a-z,;]/.test(next)) continue;
      if (ch === '.' && j === run + 1 && endsWithAbbreviation(text, run)) continue;
      push(j);
      start = j;
      i = j - 1;
    }
    push(para.end);
  }
  return out;
}

/**
 * The longest sentence span: a live blog, a list or a table pasted without full stops is cut at a
 * clause break, so that no stage's work per sentence grows with the length of the whole text (the
 * event stage compares every trigger with every place in its sentence). News sentences stay far
 * below it: the longest in the evaluation corpora has about 600 characters.
 */
export const MAX_SENTENCE = 1500;

function pushBounded(out: Span[], text: string, s: Span): void {
  let start = s.start;
  while (s.end - start > MAX_SENTENCE) {
    const cut = clauseCut(text, start, start + MAX_SENTENCE);
    const piece = trimSpan(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const last = trimSpan(text, start, s.end);
  if (last) out.push(last);
}

/** Where to cut a run-on text before `limit`: after its last ';', else ',', else space, in the window's second half. */
function clauseCut(text: string, start: number, limit: number): number {
  let comma = -1;
  let space = -1;
  for (let i = limit - 1; i > start + MAX_SENTENCE / 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */) return i + 1;
    if (c === 44 /* , */ && comma < 0) comma = i + 1;
    else if ((c === 32 || c === 9 || c === 10) && space < 0) space = i + 1;
  }
  if (comma > 0) return comma;
  if (space > 0) return space;
  // No break at all: a hard cut, never between the halves of a surrogate pair.
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

// Copy wrapped at a fixed width: several lines of about the same length that mostly run on into a
// lower-case word. Lines that mostly start with a capital are a list of items (bulletins), not wrapping.
function isHardWrapped(para: string): boolean {
  const lines = para.split('\n').map((l) => l.trim());
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1).map((l) => l.length);
  // A loop, not Math.max(...body): a spread of a million lines overflows the call stack.
  let max = 0;
  for (const n of body) if (n > max) max = n;
  const capitalStarts = lines.slice(1).filter((l) => /^[A-Z"“]/.test(l) || TIME_STAMP.test(l)).length / (lines.length - 1);
  return max >= 50 && body.every((n) => n >= 0.7 * max) && capitalStarts < 0.6;
}

// A single newline inside hard-wrapped copy ("killed 14\nIranian militants") does not end a sentence;
// after a title line ("Headline\nBy Jane Doe") it does.
function lineContinues(text: string, lineStart: number, nl: number, paraEnd: number, wrapped: boolean): boolean {
  const lineBegin = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(Math.max(lineBegin, lineStart), nl).trimEnd();
  let k = nl + 1;
  while (k < paraEnd && /[ \t]/.test(text[k]!)) k++;
  const next = text[k] ?? '';
  if (/[.!?…"”’):]$/.test(line)) return false;
  if (TIME_STAMP.test(text.slice(k, k + 12))) return false;
  if (/[a-z0-9]/.test(next)) return true;
  if (/[,;-]$|\b(?:and|or|the|a|an|of|in|on|at|to|for|by|with|from)$/i.test(line)) return true;
  return wrapped;
}

/** Paragraph number of an offset: how many blank-line breaks come before it. */
export function paragraphIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\n/g)) breaks.push(m.index);
  // Binary search: the count of breaks before the offset (called once per sentence, so it must not scan).
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
