// What one analysed article becomes in each batch output: a JSONL line, GeoJSON features, CSV rows
// and the database rows of docs/BATCH.md. Built on the worker that analysed the article, so the
// main thread only writes finished text in input order.
import { createHash } from 'node:crypto';
import type { Analysis, DatelineEvent } from '../../core/index.ts';
import { CSV_COLUMNS, csvCell, eventFeature, eventRow } from '../../core/index.ts';
import type { BatchArticle, BatchItem } from './article.ts';
import { articleUid, sha1, UNKNOWN_SOURCE } from './article.ts';
import type { TableName } from './schema.ts';

export const STREAM_FORMATS = ['events', 'analyses', 'geojson', 'geojsonseq', 'csv'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];

/** The batch CSV: the ACLED-like columns of `dateline analyze --format csv`, then which article. */
export const BATCH_CSV_COLUMNS = [...CSV_COLUMNS, 'article_id', 'published'] as const;

export interface RecordOptions {
  stream?: StreamFormat;
  /** Build the database rows (--duckdb, --parquet). */
  db: boolean;
  /** Keep the article text in the articles table (--with-text). */
  withText: boolean;
  batchId: string;
}

export type DbRows = Partial<Record<TableName, string>>;

/** Everything the main thread needs about one article, all of it structured-clone friendly. */
export interface ArticleResult {
  seq: number;
  id: string;
  /** The article's database key (for a failure, one derived from where it came from). */
  uid: string;
  label: string;
  ok: boolean;
  error?: string;
  events: number;
  mentions: number;
  /** The stream format's text for this article; for geojson, features joined by ",\n" (no outer separator). */
  stream: string;
  /** GeoJSON features in `stream`, so the writer knows where commas go. */
  streamItems: number;
  /** NDJSON text per table. */
  db?: DbRows;
}

type Row = Record<string, unknown>;

const ndjson = (rows: Row[]) => (rows.length ? rows.map((r) => JSON.stringify(r)).join('\n') + '\n' : '');

function articleRef(a: BatchArticle, uid: string): Row {
  return { id: a.id, uid, source: a.sourceId, ...(a.url ? { url: a.url } : {}), ...(a.title ? { title: a.title } : {}), published: a.published };
}

export function eventUid(uid: string, event: Pick<DatelineEvent, 'id'>): string {
  return `${uid}:${event.id}`;
}

function csvLines(a: BatchArticle, analysis: Analysis): string {
  const source = a.url ?? a.title ?? a.id;
  return analysis.events
    .map((e) => {
      const row: Record<string, unknown> = { ...eventRow(e, source), article_id: a.id, published: a.published };
      return BATCH_CSV_COLUMNS.map((col) => csvCell(row[col] as Parameters<typeof csvCell>[0])).join(',') + '\r\n';
    })
    .join('');
}

function streamText(format: StreamFormat, a: BatchArticle, uid: string, analysis: Analysis): { stream: string; streamItems: number } {
  switch (format) {
    case 'analyses':
      return { stream: JSON.stringify({ ...articleRef(a, uid), label: a.label, analysis }) + '\n', streamItems: 1 };
    case 'events':
      return { stream: analysis.events.map((e) => JSON.stringify({ article: articleRef(a, uid), ...e }) + '\n').join(''), streamItems: analysis.events.length };
    case 'csv':
      return { stream: csvLines(a, analysis), streamItems: analysis.events.length };
    case 'geojson':
    case 'geojsonseq': {
      const features = analysis.events.map((e) => {
        const id = eventUid(uid, e);
        const f = eventFeature(e, { article: a.id, articleUid: uid, eventUid: id, source: a.sourceId, url: a.url ?? null, title: a.title ?? null, published: a.published });
        return JSON.stringify({ ...f, id });
      });
      // RFC 8142: each text is preceded by an RS (0x1E) and ends with a line feed.
      const stream = format === 'geojson' ? features.join(',\n') : features.map((f) => `\u001e${f}\n`).join('');
      return { stream, streamItems: features.length };
    }
  }
}

function dbRows(a: BatchArticle, uid: string, analysis: Analysis, item: BatchItem, opts: RecordOptions): DbRows {
  const base = { source_id: a.sourceId, published: a.published };
  const events: Row[] = [];
  const excerpts: Row[] = [];
  analysis.events.forEach((e, ord) => {
    const id = eventUid(uid, e);
    const acled = eventRow(e, '');
    const p = e.place;
    events.push({
      event_uid: id,
      article_uid: uid,
      event_id: e.id,
      event_ord: ord,
      ...base,
      type: e.type,
      acled_event_type: acled.event_type,
      acled_sub_event_type: acled.sub_event_type,
      date_start: e.date?.start ?? null,
      date_end: e.date?.end ?? null,
      date_precision: e.date?.precision ?? null,
      date_text: e.date?.text ?? null,
      date_basis: e.date?.basis ?? null,
      place_name: p?.name ?? null,
      place_text: e.placeSpan?.text ?? null,
      precision: p?.precision ?? null,
      country: p?.country ?? null,
      admin1: p?.admin1 ?? null,
      geoname_id: p?.geonameId ?? null,
      lat: p && Number.isFinite(p.lat) ? p.lat : null,
      lon: p && Number.isFinite(p.lon) ? p.lon : null,
      attacker: e.actors.attacker ?? null,
      target: e.actors.target ?? null,
      claim: e.actors.claim ?? null,
      fatalities_min: e.fatalities?.min ?? null,
      fatalities_max: e.fatalities?.max ?? null,
      injured_min: e.injured?.min ?? null,
      injured_max: e.injured?.max ?? null,
      trigger_text: e.trigger.text,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      excerpt_text: e.excerpt.text,
      excerpt_start: e.excerpt.start,
      excerpt_end: e.excerpt.end,
      excerpt_count: e.excerpts.length,
      confidence: e.confidence,
    });
    e.excerpts.forEach((x, i) => excerpts.push({ event_uid: id, article_uid: uid, excerpt_ord: i, start_offset: x.start, end_offset: x.end, text: x.text }));
  });
  const mentions = analysis.mentions.map((m, ord) => ({
    article_uid: uid,
    mention_ord: ord,
    ...base,
    start_offset: m.start,
    end_offset: m.end,
    text: m.text,
    role: m.role,
    place_name: m.place?.name ?? null,
    precision: m.place?.precision ?? null,
    country: m.place?.country ?? null,
    admin1: m.place?.admin1 ?? null,
    geoname_id: m.place?.geonameId ?? null,
    lat: m.place?.lat ?? null,
    lon: m.place?.lon ?? null,
    score: m.score,
    proposed_by: m.source ?? null,
    reason: m.reason,
  }));
  const article: Row = {
    article_uid: uid,
    input_id: a.id,
    source_id: a.sourceId,
    url: a.url ?? null,
    title: a.title ?? null,
    published: a.published,
    status: 'ok',
    error: null,
    text_length: a.text.length,
    text_sha1: sha1(a.text),
    text: opts.withText ? a.text : null,
    mention_count: analysis.mentions.length,
    event_count: analysis.events.length,
    warnings: analysis.warnings,
    batch_id: opts.batchId,
    input_seq: item.seq,
  };
  return {
    articles: ndjson([article]),
    sources: ndjson([{ source_id: a.sourceId, kind: a.sourceKind, first_batch: opts.batchId }]),
    mentions: ndjson(mentions),
    events: ndjson(events),
    event_excerpts: ndjson(excerpts),
  };
}

export function okResult(item: BatchItem, a: BatchArticle, analysis: Analysis, opts: RecordOptions): ArticleResult {
  const uid = articleUid(a);
  analysis.warnings = a.warnings.concat(analysis.warnings);
  return {
    seq: item.seq,
    id: a.id,
    uid,
    label: item.label,
    ok: true,
    events: analysis.events.length,
    mentions: analysis.mentions.length,
    ...(opts.stream ? streamText(opts.stream, a, uid, analysis) : { stream: '', streamItems: 0 }),
    ...(opts.db ? { db: dbRows(a, uid, analysis, item, opts) } : {}),
  };
}

/**
 * A failed article: reported, written as a failure line in the analyses stream and as a "failed"
 * row in the database (keyed by where it came from, so a later successful retry is a new row).
 */
export function failedResult(item: BatchItem, id: string, message: string, opts: RecordOptions): ArticleResult {
  const uid = createHash('sha1').update(`failed\u0000${item.label}\u0000`).update(item.payload).digest('hex').slice(0, 16);
  const stream = opts.stream === 'analyses' ? JSON.stringify({ id, label: item.label, error: message }) + '\n' : '';
  return {
    seq: item.seq,
    id,
    uid,
    label: item.label,
    ok: false,
    error: message,
    events: 0,
    mentions: 0,
    stream,
    streamItems: stream ? 1 : 0,
    ...(opts.db
      ? {
          db: {
            articles: ndjson([
              { article_uid: uid, input_id: id, source_id: UNKNOWN_SOURCE, url: null, title: null, published: null, status: 'failed', error: message, text_length: null, text_sha1: null, text: null, mention_count: 0, event_count: 0, warnings: [], batch_id: opts.batchId, input_seq: item.seq },
            ]),
            sources: ndjson([{ source_id: UNKNOWN_SOURCE, kind: 'unknown', first_batch: opts.batchId }]),
          },
        }
      : {}),
  };
}
