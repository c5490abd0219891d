// `dateline batch INPUT...`: analyses many articles on every core (one engine per worker thread) and
// writes their events in input order, as JSONL, GeoJSON, CSV, into a DuckDB database and/or to
// GeoParquet; resumable after an interruption (see BATCH_HELP and docs/BATCH.md).
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SCHEMA_VERSION } from '../../core/index.ts';
import { oneOf, parseCommand, publishedOption, stringOption } from '../args.ts';
import type { ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { gazetteerPath, REPO_ROOT, TAGGER_MODEL } from '../engine.ts';
import { CliError, EXIT } from '../errors.ts';
import { BATCH_HELP } from '../help.ts';
import type { Checkpoint } from '../batch/checkpoint.ts';
import { CHECKPOINT_VERSION, readCheckpoint, removeCheckpoint, writeCheckpoint } from '../batch/checkpoint.ts';
import { DuckDbSink, ParquetSink } from '../batch/duckdb.ts';
import type { BatchInfo } from '../batch/duckdb.ts';
import { countItems, pendingItems, resolveInputs } from '../batch/inputs.ts';
import { BatchPool } from '../batch/pool.ts';
import { Progress } from '../batch/progress.ts';
import type { RecordOptions, StreamFormat } from '../batch/records.ts';
import { STREAM_FORMATS } from '../batch/records.ts';
import type { ResultSink } from '../batch/runner.ts';
import { runBatch } from '../batch/runner.ts';
import { StreamSink } from '../batch/stream-sink.ts';

export const BATCH_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  duckdb: { type: 'string' },
  parquet: { type: 'string' },
  'with-text': { type: 'boolean' },
  workers: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  published: { type: 'string' },
  source: { type: 'string' },
  resume: { type: 'boolean' },
  force: { type: 'boolean' },
  checkpoint: { type: 'string' },
  'checkpoint-every': { type: 'string' },
  gazetteer: { type: 'string' },
  tagger: { type: 'boolean' },
  'no-tagger': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export const DEFAULT_BATCH_TIMEOUT_S = 60;

function numberOption(parsed: ParsedArgs, name: string, fallback: number, { integer = false, min = 0 } = {}): number {
  const value = stringOption(parsed, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new CliError(EXIT.usage, `batch: --${name} takes ${integer ? 'a whole number' : 'a number'}${min > 0 ? ` of at least ${min}` : ''} (got "${value}").`);
  }
  return n;
}

const nonEmptyFile = (file: string) => existsSync(file) && statSync(file).size > 0;

function newBatchId(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

export async function batchCommand(args: string[], { io }: CliContext): Promise<number> {
  const parsed = parseCommand('batch', args, BATCH_OPTIONS);
  if (parsed.values.help) {
    io.stdout(BATCH_HELP);
    return EXIT.ok;
  }
  const inputs = parsed.positionals;
  if (!inputs.length) throw new CliError(EXIT.usage, 'batch: give the articles: folders, files (.txt, .html, .json, .jsonl), globs, or - for JSONL on stdin.');
  if (inputs.filter((i) => i === '-').length > 1) throw new CliError(EXIT.usage, 'batch: stdin (-) can be read only once.');

  const published = publishedOption('batch', stringOption(parsed, 'published'), false);
  const out = stringOption(parsed, 'out');
  const duckdb = stringOption(parsed, 'duckdb');
  const parquet = stringOption(parsed, 'parquet');
  const formatGiven = stringOption(parsed, 'format');
  // With only a database or Parquet asked for, nothing floods the terminal.
  const streamFormat: StreamFormat | undefined = formatGiven !== undefined || out !== undefined || (!duckdb && !parquet) ? oneOf('batch', 'format', formatGiven, STREAM_FORMATS, 'events') : undefined;
  const workers = numberOption(parsed, 'workers', availableParallelism(), { integer: true, min: 1 });
  const timeoutS = numberOption(parsed, 'timeout', DEFAULT_BATCH_TIMEOUT_S);
  const flushEveryMs = numberOption(parsed, 'checkpoint-every', 2) * 1000 || 2000;
  const resume = !!parsed.values.resume;
  const force = !!parsed.values.force;
  if (resume && force) throw new CliError(EXIT.usage, 'batch: --resume continues a run and --force starts it over; give one of them.');
  const files = [out, duckdb, parquet].filter((f): f is string => f !== undefined);
  if (new Set(files).size !== files.length) throw new CliError(EXIT.usage, 'batch: --out, --duckdb and --parquet must be different files.');
  const checkpointPath = stringOption(parsed, 'checkpoint') ?? (files.length ? `${files[0]}.checkpoint.json` : undefined);
  if (resume && !checkpointPath) throw new CliError(EXIT.usage, 'batch: --resume needs a file to continue (--out, --duckdb or --parquet): standard output cannot be resumed.');

  // Settle resume or start-over before any work, so nothing is overwritten by mistake.
  let cp: Checkpoint | undefined = checkpointPath ? readCheckpoint(checkpointPath) : undefined;
  if (resume && cp) {
    const same = (cp.stream?.path ?? null) === (out ?? null) && (cp.stream?.format ?? null) === (out ? streamFormat : null) && (cp.duckdb ?? null) === (duckdb ?? null) && (cp.parquet ?? null) === (parquet ?? null);
    if (!same) throw new CliError(EXIT.usage, `batch: --resume: ${checkpointPath} is of a run with other outputs (${[cp.stream && `--out ${cp.stream.path} --format ${cp.stream.format}`, cp.duckdb && `--duckdb ${cp.duckdb}`, cp.parquet && `--parquet ${cp.parquet}`].filter(Boolean).join(' ')}); give the same ones.`);
    if (cp.stream && (!existsSync(cp.stream.path) || statSync(cp.stream.path).size < cp.stream.bytes)) throw new CliError(EXIT.input, `batch: --resume: ${cp.stream.path} is gone or shorter than the checkpoint says; pass --force to start over.`);
    if (cp.parquet && !existsSync(ParquetSink.partialPath(cp.parquet))) throw new CliError(EXIT.input, `batch: --resume: ${ParquetSink.partialPath(cp.parquet)} (the Parquet run's working database) is gone; pass --force to start over.`);
  } else if (resume) {
    if ((out && nonEmptyFile(out)) || (parquet && existsSync(parquet))) {
      throw new CliError(EXIT.input, `batch: --resume: there is no checkpoint at ${checkpointPath}: the run that wrote ${out ?? parquet} finished (or was not resumable); pass --force to start over.`);
    }
  } else if (!force) {
    if (cp) throw new CliError(EXIT.usage, `batch: an interrupted run left ${checkpointPath} (${cp.done} articles done): pass --resume to continue it, or --force to start over.`);
    for (const f of [out, parquet]) if (f && existsSync(f)) throw new CliError(EXIT.usage, `batch: ${f} exists: pass --force to overwrite it (or --resume to continue an interrupted run).`);
  }
  if (force && checkpointPath) {
    removeCheckpoint(checkpointPath);
    cp = undefined;
  }

  const tagger = !parsed.values['no-tagger'];
  const gazetteer = gazetteerPath(stringOption(parsed, 'gazetteer'));
  if (!existsSync(gazetteer)) throw new CliError(EXIT.input, `the gazetteer ${gazetteer} is missing; build it with \`npm run data\` (in ${REPO_ROOT}).`);
  if (tagger && !existsSync(TAGGER_MODEL)) throw new CliError(EXIT.input, `the tagger model ${TAGGER_MODEL} is missing; pass --no-tagger for rules alone.`);

  const sources = await resolveInputs(inputs);
  const startedAt = new Date();
  const batchId = cp?.batchId ?? newBatchId(startedAt);
  const records: RecordOptions = { ...(streamFormat ? { stream: streamFormat } : {}), db: !!(duckdb || parquet), withText: !!parsed.values['with-text'], batchId };
  const info: BatchInfo = { batchId, startedAt: cp?.startedAt ?? startedAt.toISOString(), inputs, workers, tagger, engineSchema: SCHEMA_VERSION };

  const sinks: (ResultSink & { close?(): void })[] = [];
  let stream: StreamSink | undefined;
  let db: DuckDbSink | undefined;
  let pq: ParquetSink | undefined;
  let pool: BatchPool | undefined;
  const onSigint = () => stop.abort();
  const stop = new AbortController();
  try {
    if (streamFormat) {
      stream = new StreamSink(streamFormat, out, io.stdout, cp?.stream ? { bytes: cp.stream.bytes, items: cp.stream.items } : undefined);
      sinks.push(stream);
    }
    if (duckdb) sinks.push((db = await DuckDbSink.open(duckdb, info)));
    if (parquet) sinks.push((pq = await ParquetSink.open(parquet, info, !!cp)));

    const showProgress = io.stderrIsTTY === true && !parsed.values['no-progress'] && !parsed.values.quiet;
    const progress = new Progress(io.stderr, showProgress, undefined, cp?.done ?? 0);
    if (showProgress) void countItems(sources).then((n) => progress.setTotal(n), () => undefined);

    pool = new BatchPool({ workers, timeoutS, data: { engine: { tagger }, defaults: { ...(published ? { published } : {}), ...(parsed.values.source ? { source: stringOption(parsed, 'source')! } : {}) }, records, gazetteerPath: gazetteer } });
    process.once('SIGINT', onSigint);
    const t0 = performance.now();
    const result = await runBatch({
      pool,
      items: pendingItems(sources, io),
      sinks,
      records,
      ...(cp ? { resume: cp } : {}),
      ...(checkpointPath
        ? {
            checkpoint: (s) =>
              writeCheckpoint(checkpointPath, {
                version: CHECKPOINT_VERSION,
                batchId,
                startedAt: info.startedAt,
                ...s,
                ...(stream && out ? { stream: { path: out, format: stream.format, ...stream.flushed } } : {}),
                ...(duckdb ? { duckdb } : {}),
                ...(parquet ? { parquet } : {}),
              }),
          }
        : {}),
      flushEveryMs,
      progress,
      onFailure: (r) => {
        progress.clear();
        io.stderr(`dateline batch: ${r.label}${r.id !== r.label ? ` (${r.id})` : ''}: ${r.error}\n`);
      },
      stop: stop.signal,
    });
    const seconds = (performance.now() - t0) / 1000;
    progress.clear();
    if (result.interrupted) {
      stream?.abandon();
      db?.close();
      pq?.close();
      io.stderr(`dateline batch: interrupted after ${result.done} articles; ${checkpointPath ? 'run the same command with --resume to continue.' : 'standard output cannot be resumed.'}\n`);
      return 130;
    }
    stream?.finish();
    const stats = { articles: result.done, failed: result.failed };
    await db?.finish(stats);
    await pq?.finish(stats);
    if (checkpointPath) removeCheckpoint(checkpointPath);
    if (!parsed.values.quiet) {
      const rate = seconds > 0 ? result.analysed / seconds : 0;
      const resumed = cp ? ` (${result.analysed} in this run, resumed after ${cp.done})` : '';
      io.stderr(`dateline batch: ${result.done} articles${resumed}, ${result.events} events, ${result.failed} failed, ${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s on ${workers} worker${workers === 1 ? '' : 's'}\n`);
    }
    return result.failed ? EXIT.failed : EXIT.ok;
  } catch (err) {
    stream?.abandon();
    db?.close();
    pq?.close();
    throw err;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await pool?.destroy();
  }
}
