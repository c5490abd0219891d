// Checks an article's text before analysis: empty, too large, binary, or not in the Latin
// script Dateline reads. Looks at a bounded sample so a multi-megabyte paste stays instant.
import { languageWarning } from './detect-language.ts';
import { MAX_CHARS, tooLargeMessage } from './input-limits.ts';

export interface TextCheck {
  /** Blocks analysis. */
  error?: string;
  /** Analysis goes ahead, but the user should know. */
  warnings: string[];
}

const SAMPLE = 65_536;

/** True when the text is mostly control characters or holds NUL bytes: a binary file, not prose. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, newline, carriage return and form feed are ordinary in text; the replacement
    // character is what a decoder leaves for bytes that are not UTF-8 at all.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / sample.length > 0.05;
}

const SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
];

/** The main non-Latin script when letters outside the Latin script are the majority, else null. */
export function dominantForeignScript(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  let latin = 0;
  const counts = new Map<string, number>();
  let other = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) { latin++; continue; }
    other++;
    const name = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'another';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (other === 0 || other <= latin) return null;
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export function checkText(text: string): TextCheck {
  if (text.length === 0) return { error: 'Paste an article or open a file first: the text is empty.', warnings: [] };
  if (text.length > MAX_CHARS) return { error: tooLargeMessage(text.length), warnings: [] };
  if (text.trim().length === 0) return { error: 'The text holds only spaces and line breaks; there is nothing to analyse.', warnings: [] };
  if (looksBinary(text)) {
    return { error: 'This looks like binary data (for example a PDF, image or Word file), not text. Copy the article text, or save it as .txt or .html.', warnings: [] };
  }
  const warnings: string[] = [];
  const script = dominantForeignScript(text);
  if (script) {
    warnings.push(`This text is mostly in ${script === 'another' ? 'a non-Latin' : script} script. Dateline reads English: it will still try, but expect places and events to be missed.`);
  } else {
    const language = languageWarning(text);
    if (language) warnings.push(language);
  }
  return { warnings };
}
