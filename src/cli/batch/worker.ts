// The batch worker thread (run by piscina through worker-entry.mjs): one engine per thread, loaded
// once when the thread starts, then one task per article. A failure of one article is returned as
// a result, never thrown, so the pool keeps the thread and the batch goes on.
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { loadEngine } from '../engine.ts';
import type { EngineOptions } from '../engine.ts';
import type { BatchDefaults, BatchItem } from './article.ts';
import { ArticleError, readArticle } from './article.ts';
import type { ArticleResult, RecordOptions } from './records.ts';
import { failedResult, okResult } from './records.ts';

export interface BatchWorkerData {
  gazetteerPath?: string;
  engine: EngineOptions;
  defaults: BatchDefaults;
  records: RecordOptions;
}

const config = workerData as BatchWorkerData;
// Loaded before the thread reports ready: a missing gazetteer fails the pool, not every article.
const { engine } = await loadEngine(config.gazetteerPath, config.engine);
// The first analyses in a fresh thread run cold (100-200 ms for a sentence, against a few ms once
// warm); a throwaway one here keeps that out of the first real article's time limit.
engine.analyze('Shelling hit the town of Springfield on Monday night, killing two people, officials said on Tuesday.', { published: '2020-01-08' });

export interface BatchTask {
  item: BatchItem;
  /** Told when the task starts, so the main thread's time limit counts from then. */
  started?: MessagePort;
}

export function analyseItem(item: BatchItem): ArticleResult {
  let id = item.label;
  try {
    const article = readArticle(item, config.defaults);
    id = article.id;
    const analysis = engine.analyze(article.text, { published: article.published, ...(article.title ? { title: article.title } : {}), ...(article.url ? { sourceUrl: article.url } : {}) });
    return okResult(item, article, analysis, config.records);
  } catch (err) {
    if (err instanceof ArticleError) return failedResult(item, err.id, err.message, config.records);
    return failedResult(item, id, `analysis failed: ${(err as Error).message}`, config.records);
  }
}

export default function runTask({ item, started }: BatchTask): ArticleResult {
  if (started) {
    started.postMessage(0);
    started.close();
  }
  return analyseItem(item);
}
