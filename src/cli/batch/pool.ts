// The worker threads of a batch: a piscina pool of N threads, each with its own engine (loaded once
// per thread by worker.ts), and a per-article time limit. A task that runs past the limit is
// abandoned (piscina ends its thread and starts a fresh one) and reported as that article's failure.
import { Piscina } from 'piscina';
import type { BatchItem } from './article.ts';
import type { ArticleResult, RecordOptions } from './records.ts';
import { failedResult } from './records.ts';
import type { BatchWorkerData } from './worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

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
      // The pool is fed no more tasks than it has threads (see runner.ts), so none waits in a queue
      // and a task's time limit starts when the task does.
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      workerData: options.data,
    });
  }

  get threads(): number {
    return this.options.workers;
  }

  async run(item: BatchItem): Promise<ArticleResult> {
    const limit = this.options.timeoutS;
    const signal = limit > 0 ? AbortSignal.timeout(limit * 1000) : undefined;
    try {
      // Copied, not transferred: the bytes are still needed to key a timed-out article's failure row.
      return (await this.pool.run(item, signal ? { signal } : {})) as ArticleResult;
    } catch (err) {
      if (signal?.aborted) return failedResult(item, item.label, `timed out after ${limit} s (see --timeout)`, this.records);
      this.poolErrors++;
      return failedResult(item, item.label, `worker failed: ${(err as Error).message}`, this.records);
    }
  }

  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}
