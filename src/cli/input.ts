// Turns the bytes of a file or stdin into article text, refusing binary data with a clear reason
// and reducing HTML to its text without ever interpreting it (the CLI renders nothing).
import { CliError, EXIT } from './errors.ts';
import { looksLikeHtml, htmlToText } from './html-text.ts';

/** Larger inputs are refused up front rather than left to exhaust memory mid-analysis. */
export const MAX_INPUT_BYTES = 32_000_000;

/** Share of control characters (other than tab, newlines, form feed) above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;

export interface DecodedInput {
  text: string;
  warnings: string[];
}

export function decodeInput(bytes: Uint8Array, label: string): DecodedInput {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new CliError(EXIT.input, `${label}: ${(bytes.length / 1e6).toFixed(1)} MB is more than the ${MAX_INPUT_BYTES / 1e6} MB this command accepts; split the text into articles.`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeStrict(bytes.subarray(2), 'utf-16le', label);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeStrict(bytes.subarray(2), 'utf-16be', label);
  } else {
    if (bytes.includes(0)) throw new CliError(EXIT.input, `${label}: looks like a binary file (it contains NUL bytes); give plain UTF-8 text.`);
    text = decodeStrict(bytes, 'utf-8', label);
  }
  return decodeText(text, label);
}

/**
 * The checks that do not depend on the bytes, for text that arrives already decoded (a JSONL
 * "text" field): a byte-order mark is dropped, binary-looking text refused, HTML reduced to its text.
 */
export function decodeText(text: string, label: string): DecodedInput {
  const warnings: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const controls = countControls(text);
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new CliError(EXIT.input, `${label}: looks like a binary file (${controls} control characters in ${text.length}); give plain UTF-8 text.`);
  }
  if (looksLikeHtml(text) || /\.x?html?$/i.test(label)) {
    text = htmlToText(text);
    warnings.push(`${label} looks like HTML: analysed its text content only; offsets refer to that extracted text.`);
  }
  return { text, warnings };
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(
      EXIT.input,
      `${label}: is not valid ${encoding.toUpperCase()} text (a binary file, or another encoding such as Latin-1; convert it with e.g. \`iconv -f latin1 -t utf-8\`).`,
    );
  }
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}
