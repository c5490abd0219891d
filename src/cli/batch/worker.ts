// The batch worker thread (run by piscina through worker-entry.mjs): one engine per thread, loaded
// once when the thread starts, then one task per article. A failure of one article is returned as
// a result, never thrown, so the pool keeps the thread and the batch goes on.
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

export default analyseItem;
