// The worker threads of a batch: a piscina pool of N threads, each with its own engine (loaded once
// per thread by worker.ts), and a per-article time limit. A task that runs past the limit is
// abandoned (piscina ends its thread and starts a fresh one) and reported as that article's failure.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { BatchItem } from './article.ts';
import { idOfItem } from './article.ts';
import type { ArticleResult, RecordOptions } from './records.ts';
import { failedResult } from './records.ts';
import type { BatchWorkerData } from './worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const TASKS_PER_THREAD = 2;

export interface PoolOptions {
  workers: number;
  /** Seconds one article may take; 0 = no limit. */
  timeoutS: number;
  data: BatchWorkerData;
}

export class BatchPool {
  private readonly pool: Piscina;
  private readonly records: RecordOptions;
  /** Failures of the pool itself (a thread that died), as opposed to an article's own. */
  poolErrors = 0;

  constructor(private readonly options: PoolOptions) {
    this.records = options.data.records;
    this.pool = new Piscina({
      filename: ENTRY.href,
      minThreads: options.workers,
      maxThreads: options.workers,
      // Each thread holds its next task while it runs one, so it never waits for a round trip to
      // the main thread between articles (on a busy machine that wait cost as much as the work).
      // The time limit still counts from when a task starts (see run).
      concurrentTasksPerWorker: TASKS_PER_THREAD,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      workerData: options.data,
    });
  }

  /** Tasks out at once: the runner never hands over more, so nothing queues in piscina. */
  get capacity(): number {
    return this.options.workers * TASKS_PER_THREAD;
  }

  async run(item: BatchItem): Promise<ArticleResult> {
    const limit = this.options.timeoutS;
    if (!(limit > 0)) return this.guarded(item, this.pool.run({ item }));
    // The clock starts when a thread takes the task up (it says so on this port), not when it is
    // queued: a thread that is still loading its engine must not eat into the article's time.
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: ReturnType<typeof setTimeout> | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), limit * 1000);
    });
    try {
      // The item is copied, not transferred: its bytes still key a timed-out article's failure row.
      return await this.guarded(item, this.pool.run({ item, started: port2 }, { signal: abort.signal, transferList: [port2] }), () => abort.signal.aborted);
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  private async guarded(item: BatchItem, task: Promise<unknown>, timedOut = () => false): Promise<ArticleResult> {
    try {
      return (await task) as ArticleResult;
    } catch (err) {
      if (timedOut()) return failedResult(item, idOfItem(item), `timed out after ${this.options.timeoutS} s (see --timeout)`, this.records);
      this.poolErrors++;
      return failedResult(item, idOfItem(item), `worker failed: ${(err as Error).message}`, this.records);
    }
  }

  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}
