// The batch loop: feeds input items to the worker pool, never more at once than it can take,
// puts results back in input order, hands them to the outputs, and every few seconds makes the
// outputs durable and writes the checkpoint that a resumed run starts from.
import { CliError, EXIT } from '../errors.ts';
import type { BatchItem } from './article.ts';
import type { Checkpoint } from './checkpoint.ts';
import { itemKey } from './checkpoint.ts';
import type { PendingItem } from './inputs.ts';
import type { Progress } from './progress.ts';
import type { ArticleResult, RecordOptions } from './records.ts';
import { failedResult } from './records.ts';

/** Where results go, in input order. */
export interface ResultSink {
  write(result: ArticleResult): void;
  /**
   * Makes everything written so far durable (a database commit, an fsync). What "so far" means is
   * settled synchronously, when flush is called; later writes go to the next flush.
   */
  flush(): Promise<void>;
}

export interface Analyser {
  /** Tasks it takes at once. */
  readonly capacity: number;
  readonly poolErrors: number;
  run(item: BatchItem): Promise<ArticleResult>;
}

export interface RunState {
  done: number;
  failed: number;
  events: number;
  lastKey: string;
}

export interface RunnerOptions {
  pool: Analyser;
  items: AsyncIterable<PendingItem>;
  sinks: ResultSink[];
  records: RecordOptions;
  /** Where a resumed run starts: the checkpoint's done, failed, events and lastKey. */
  resume?: Pick<Checkpoint, 'done' | 'failed' | 'events' | 'lastKey'>;
  /** Called after each flush with what is now durable; writes the checkpoint. */
  checkpoint?: (state: RunState) => void;
  flushEveryMs: number;
  progress: Progress;
  /** An article failed: tell the person (stderr). */
  onFailure: (result: ArticleResult) => void;
  /** Stops reading input; what is done is flushed and checkpointed (Ctrl-C). */
  stop?: AbortSignal;
}

export interface RunResult extends RunState {
  /** Items analysed by this run (not those a resume skipped). */
  analysed: number;
  interrupted: boolean;
}

/** More finished results than this waiting behind a slow article pause the input. */
const MAX_WAITING = 2000;

async function loadItem(p: PendingItem): Promise<BatchItem> {
  const payload = typeof p.payload === 'string' ? p.payload : await p.payload();
  return { seq: p.seq, label: p.label, kind: p.kind, payload };
}

export async function runBatch(o: RunnerOptions): Promise<RunResult> {
  const skip = o.resume?.done ?? 0;
  const state: RunState = { done: skip, failed: o.resume?.failed ?? 0, events: o.resume?.events ?? 0, lastKey: o.resume?.lastKey ?? '' };
  const ready = new Map<number, { result: ArticleResult; key: string }>();
  let running = 0;
  let analysed = 0;
  let successes = 0;
  let dirty = false;
  let fatal: unknown;
  let wakers: (() => void)[] = [];
  const wake = () => {
    const w = wakers;
    wakers = [];
    for (const f of w) f();
  };
  const waitForSlot = () => new Promise<void>((resolve) => wakers.push(resolve));

  const drain = () => {
    while (ready.has(state.done)) {
      const { result, key } = ready.get(state.done)!;
      ready.delete(state.done);
      for (const s of o.sinks) s.write(result);
      if (result.ok) state.events += result.events;
      else {
        state.failed++;
        o.onFailure(result);
      }
      state.lastKey = key;
      state.done++;
      dirty = true;
    }
    o.progress.update(state);
  };

  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    writing = writing.then(async () => {
      if (!dirty || fatal) return;
      dirty = false;
      const snapshot = { ...state };
      try {
        // Every sink takes what it holds now, synchronously, before any of them awaits: results
        // drained while a commit runs belong to the next flush, and the checkpoint to this one.
        await Promise.all(o.sinks.map((s) => s.flush()));
        o.checkpoint?.(snapshot);
      } catch (err) {
        fatal = err;
        wake();
      }
    });
    return writing;
  };
  const timer = setInterval(() => void flush(), o.flushEveryMs);
  timer.unref?.();

  const finished = (key: string) => (result: ArticleResult) => {
    running--;
    analysed++;
    if (result.ok) successes++;
    ready.set(result.seq, { result, key });
    if (successes === 0 && o.pool.poolErrors >= 3 && !fatal) {
      fatal = new CliError(EXIT.failed, `the worker threads fail (${result.error}); nothing was analysed.`);
    }
    drain();
    wake();
  };

  let seen = 0;
  try {
    for await (const p of o.items) {
      if (fatal || o.stop?.aborted) break;
      seen++;
      const key = itemKey(p.label, typeof p.payload === 'string' ? p.payload : undefined);
      if (p.seq < skip) {
        if (p.seq === skip - 1 && state.lastKey && key !== state.lastKey) {
          throw new CliError(EXIT.input, `--resume: item ${skip} of the input (${p.label}) is not the one the checkpoint ended on; resume with the same inputs in the same order, or pass --force to start over.`);
        }
        continue;
      }
      let item: BatchItem | undefined;
      let failure: ArticleResult | undefined;
      try {
        if (p.error !== undefined) failure = failedResult({ seq: p.seq, label: p.label, kind: p.kind, payload: '' }, p.label, p.error, o.records);
        else item = await loadItem(p);
      } catch (err) {
        failure = failedResult({ seq: p.seq, label: p.label, kind: p.kind, payload: '' }, p.label, `cannot read: ${(err as Error).message}`, o.records);
      }
      if (failure) {
        analysed++;
        ready.set(p.seq, { result: failure, key });
        drain();
        continue;
      }
      while ((running >= o.pool.capacity || ready.size > MAX_WAITING) && !fatal && !o.stop?.aborted) await waitForSlot();
      if (fatal || o.stop?.aborted) break;
      running++;
      void o.pool.run(item!).then(finished(key));
    }
    if (!fatal && !o.stop?.aborted && seen < skip) {
      throw new CliError(EXIT.input, `--resume: the checkpoint says ${skip} items were done, but the input has only ${seen}; resume with the same inputs, or pass --force to start over.`);
    }
    while (running > 0) await waitForSlot();
  } finally {
    clearInterval(timer);
  }
  drain();
  await flush();
  if (fatal) throw fatal;
  o.progress.update(state, true);
  return { ...state, analysed, interrupted: o.stop?.aborted === true };
}
