// One batch input item turned into an article: a JSONL line ({id?, text, published?, title?, url?,
// source?}) or a text/HTML file, decoded by the CLI's own input checks, with its publication date
// and outlet settled. Runs on the worker threads, so the main thread only moves bytes.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { checkPublished, InvalidDateError } from '../../core/index.ts';
import { parseJsonLine } from '../corpus-file.ts';
import { CliError, EXIT } from '../errors.ts';
import { decodeInput, decodeText } from '../input.ts';

/** What the main thread hands a worker: the raw item and where it came from. */
export interface BatchItem {
  /** Position in the whole input, from 0: the output order. */
  seq: number;
  /** "dir/a.txt", "feed.jsonl:12", "stdin:3": where a person finds the item. */
  label: string;
  kind: 'line' | 'file';
  /** A JSONL line, or a file's bytes. */
  payload: string | Uint8Array;
}

export interface BatchDefaults {
  /** --published: the date for articles that give none. */
  published?: string;
  /** --source: the outlet for articles with neither a source field nor a URL. */
  source?: string;
}

export interface BatchArticle {
  id: string;
  label: string;
  text: string;
  published: string;
  title?: string;
  url?: string;
  sourceId: string;
  sourceKind: 'host' | 'name' | 'unknown';
  warnings: string[];
}

/** An item that could not become an article; it is reported and the batch goes on. */
export class ArticleError extends Error {
  readonly id: string;
  constructor(id: string, message: string) {
    super(message);
    this.name = 'ArticleError';
    this.id = id;
  }
}

export const UNKNOWN_SOURCE = '(unknown)';

const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d\d-[01]\d-[0-3]\d)(?![0-9])/;

function optionalString(value: unknown, field: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && field === 'id') return String(value);
  throw new CliError(EXIT.input, `${where}: "${field}" must be a string.`);
}

/** The outlet of an article: its own source field, else its URL's host, else --source. */
export function sourceOf(source: string | undefined, url: string | undefined, fallback: string | undefined): Pick<BatchArticle, 'sourceId' | 'sourceKind'> {
  if (source) return { sourceId: source.trim(), sourceKind: 'name' };
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      if (host) return { sourceId: host, sourceKind: 'host' };
    } catch {
      // Not a URL a browser would open: fall through to --source rather than inventing an outlet.
    }
  }
  if (fallback) return { sourceId: fallback, sourceKind: 'name' };
  return { sourceId: UNKNOWN_SOURCE, sourceKind: 'unknown' };
}

function settlePublished(id: string, own: string | undefined, fromName: string | undefined, defaults: BatchDefaults): string {
  const raw = own ?? fromName ?? defaults.published;
  if (raw === undefined) throw new ArticleError(id, 'no publication date: give "published" (YYYY-MM-DD) in the input, a date in the file name, or --published.');
  try {
    return checkPublished(raw);
  } catch (err) {
    if (err instanceof InvalidDateError) throw new ArticleError(id, `bad publication date: ${err.message}`);
    throw err;
  }
}

/** Turns an item into an article, or throws ArticleError (bad line, bad date, binary text ...). */
export function readArticle(item: BatchItem, defaults: BatchDefaults): BatchArticle {
  if (item.kind === 'file') {
    const id = item.label;
    let decoded;
    try {
      decoded = decodeInput(item.payload as Uint8Array, item.label);
    } catch (err) {
      throw new ArticleError(id, (err as Error).message);
    }
    const fromName = DATE_IN_NAME.exec(path.basename(item.label))?.[1];
    return { id, label: item.label, text: decoded.text, published: settlePublished(id, undefined, fromName, defaults), ...sourceOf(undefined, undefined, defaults.source), warnings: decoded.warnings };
  }
  let value: unknown;
  try {
    value = parseJsonLine(item.payload as string, item.label);
  } catch (err) {
    throw new ArticleError(item.label, (err as Error).message);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ArticleError(item.label, `${item.label}: expected an object {"text", "published"?, "id"?, "title"?, "url"?}.`);
  const doc = value as Record<string, unknown>;
  try {
    const url = optionalString(doc.url ?? doc.sourceUrl, 'url', item.label);
    const id = optionalString(doc.id, 'id', item.label) ?? url ?? item.label;
    if (typeof doc.text !== 'string') throw new ArticleError(id, `${item.label}: "text" must be a string (the article).`);
    const decoded = decodeText(doc.text, item.label);
    // "date" is the field the evaluation corpora use, so they run through batch as they are.
    const own = optionalString(doc.published ?? doc.date, 'published', item.label);
    const title = optionalString(doc.title, 'title', item.label);
    return {
      id,
      label: item.label,
      text: decoded.text,
      published: settlePublished(id, own, undefined, defaults),
      ...(title ? { title } : {}),
      ...(url ? { url } : {}),
      ...sourceOf(optionalString(doc.source, 'source', item.label), url, defaults.source),
      warnings: decoded.warnings,
    };
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(optionalIdOf(doc) ?? item.label, (err as Error).message);
  }
}

function optionalIdOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : undefined;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The article's database key: the same source, id, date and text give the same key in any run. */
export function articleUid(a: Pick<BatchArticle, 'sourceId' | 'id' | 'published' | 'text'>): string {
  return sha1(`${a.sourceId}\u0000${a.id}\u0000${a.published}\u0000${a.text}`).slice(0, 16);
}

/** The id an item would have, for a failure reported before (or instead of) reading it fully. */
export function idOfItem(item: Pick<BatchItem, 'kind' | 'label' | 'payload'>): string {
  if (item.kind !== 'line' || typeof item.payload !== 'string') return item.label;
  try {
    const doc = JSON.parse(item.payload) as Record<string, unknown> | null;
    return (doc && (optionalIdOf(doc) ?? (typeof doc.url === 'string' ? doc.url : undefined))) || item.label;
  } catch {
    return item.label;
  }
}
