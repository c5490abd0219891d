// The resume record of a batch run: how many input items are fully written to every output, and
// how long each output file was at that moment. Written atomically (temporary file, then rename)
// after each flush; a resumed run truncates the outputs back to it and skips that many items.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from '../errors.ts';
import type { StreamFormat } from './records.ts';

export const CHECKPOINT_VERSION = 1;

export interface StreamPosition {
  /** Bytes of the output file that belong to the items done. */
  bytes: number;
  /** Items written (GeoJSON features, for the commas). */
  items: number;
}

export interface Checkpoint {
  version: number;
  batchId: string;
  startedAt: string;
  /** Items (input order) whose every output is written and committed. */
  done: number;
  /** Fingerprint of item done-1, so a resume on other input is refused rather than mixed. */
  lastKey: string;
  failed: number;
  events: number;
  stream?: { path: string; format: StreamFormat } & StreamPosition;
  duckdb?: string;
  parquet?: string;
}

/** What identifies an item in the input: its place, and for a line the line itself. */
export function itemKey(label: string, line?: string): string {
  return createHash('sha1').update(label).update('\u0000').update(line ?? '').digest('hex');
}

export function readCheckpoint(file: string): Checkpoint | undefined {
  if (!existsSync(file)) return undefined;
  let cp: Checkpoint;
  try {
    cp = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  } catch (err) {
    throw new CliError(EXIT.input, `${file}: the checkpoint is unreadable (${(err as Error).message}); delete it and pass --force to start over.`);
  }
  if (cp.version !== CHECKPOINT_VERSION || typeof cp.done !== 'number' || typeof cp.batchId !== 'string') {
    throw new CliError(EXIT.input, `${file}: not a checkpoint this version of dateline wrote; delete it and pass --force to start over.`);
  }
  return cp;
}

export function writeCheckpoint(file: string, cp: Checkpoint): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(cp, null, 2) + '\n');
  renameSync(tmp, file);
}

export function removeCheckpoint(file: string): void {
  rmSync(file, { force: true });
  rmSync(`${file}.tmp`, { force: true });
}
