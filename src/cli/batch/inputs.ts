// Turns the batch command's inputs (folders, globs, files, "-" for stdin) into one ordered stream of
// items: every line of a JSONL file, every element of a .json file, every text or HTML file. The
// order is fixed (arguments as given, folder and glob entries sorted), so a resumed run sees the
// same items in the same places. Nothing is decoded here: the workers do that.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { parseJsonLine } from '../corpus-file.ts';
import { CliError, EXIT } from '../errors.ts';
import type { CliIO } from '../io.ts';

/** File kinds a folder or glob contributes; anything else in a folder is left alone. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson'];
const LINE_FILES = /\.(jsonl|ndjson)$/i;

/** An item before its bytes are read: a file item is read only when it is not being skipped. */
export interface PendingItem {
  seq: number;
  label: string;
  kind: 'line' | 'file';
  /** The line itself, or a reader for the file. */
  payload: string | (() => Promise<Uint8Array>);
  /** Set when the item cannot even be read (a .json file that does not parse): it fails as it is. */
  error?: string;
}

/** A resolved input: a file of lines (or stdin), a .json file, or one text file. */
type Source = { kind: 'lines'; label: string; path?: string } | { kind: 'json'; path: string } | { kind: 'text'; path: string };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(dir, f).split(path.sep).some((part) => part.startsWith('.')))
    .sort(byCodePoint);
}

function sourceForFile(file: string): Source {
  if (LINE_FILES.test(file)) return { kind: 'lines', label: file, path: file };
  if (/\.json$/i.test(file)) return { kind: 'json', path: file };
  return { kind: 'text', path: file };
}

/** Resolves every input up front, so a mistyped path fails before any work starts. */
export async function resolveInputs(specs: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const spec of specs) {
    if (spec === '-') {
      sources.push({ kind: 'lines', label: 'stdin' });
      continue;
    }
    const info = await stat(spec).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await walk(spec);
      if (!files.length) throw new CliError(EXIT.input, `${spec}: the folder holds no ${ARTICLE_EXTENSIONS.join(' ')} files.`);
      for (const f of files) sources.push(sourceForFile(f));
    } else if (info?.isFile()) {
      sources.push(sourceForFile(spec));
    } else if (isDynamicPattern(spec)) {
      const files = (await glob(spec, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodePoint);
      if (!files.length) throw new CliError(EXIT.input, `${spec}: the pattern matches no file.`);
      for (const f of files) sources.push(sourceForFile(f));
    } else {
      throw new CliError(EXIT.input, `${spec}: no such file or folder.`);
    }
  }
  return sources;
}

function stdinStream(io: CliIO): AsyncIterable<Uint8Array> {
  if (io.stdinStream) return io.stdinStream();
  return (async function* () {
    yield await io.readStdin();
  })();
}

/** Every item of the inputs, in order. */
export async function* pendingItems(sources: readonly Source[], io: CliIO): AsyncGenerator<PendingItem> {
  let seq = 0;
  for (const source of sources) {
    if (source.kind === 'text') {
      const file = source.path;
      yield { seq: seq++, label: file, kind: 'file', payload: () => readFile(file) };
    } else if (source.kind === 'json') {
      let value: unknown;
      try {
        value = parseJsonLine(await readFile(source.path, 'utf8'), source.path);
      } catch (err) {
        // A broken .json file is one bad item, not the end of the batch.
        yield { seq: seq++, label: source.path, kind: 'line', payload: '', error: (err as Error).message };
        continue;
      }
      const items = Array.isArray(value) ? value : [value];
      for (const [i, v] of items.entries()) yield { seq: seq++, label: Array.isArray(value) ? `${source.path}[${i}]` : source.path, kind: 'line', payload: JSON.stringify(v) };
    } else {
      const input = source.path ? createReadStream(source.path) : Readable.from(stdinStream(io));
      const lines = createInterface({ input, crlfDelay: Infinity });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        if (!line.trim()) continue;
        yield { seq: seq++, label: `${source.label}:${lineNo}`, kind: 'line', payload: line };
      }
    }
  }
}

/** About how many items the inputs hold (lines, not blank-skipped; a .json array counts once), when that is cheap to know (no stdin); for the progress line. */
export async function countItems(sources: readonly Source[]): Promise<number | undefined> {
  let n = 0;
  for (const s of sources) {
    if (s.kind === 'text') n++;
    else if (s.kind === 'json') n += 1;
    else if (!s.path) return undefined;
    else {
      for await (const chunk of createReadStream(s.path) as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
      }
    }
  }
  return n;
}
