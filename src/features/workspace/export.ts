// Workspace exports: the corrected events of every article as GeoJSON (RFC 7946) and ACLED-like
// CSV, built on the engine's one-article formatters so the CLI and the app write the same
// columns; plus the lossless Dateline JSON file. Pure: the caller downloads the parts as a Blob.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CSV_COLUMNS, csvCell, eventRow } from '../../core/index.ts';
import type { CsvRow } from '../../core/index.ts';
import { eventFeature, featureCollection, groupMentions, placeFeature } from '../../core/index.ts';
import { displayPoint } from '../../shared/geo/display-point.ts';
import type { Correction, WorkspaceArticle, WorkspaceEvent } from '../../shared/model/workspace.ts';

import { jsonParts } from './json-parts.ts';
import { serializeWorkspaceParts } from './workspace-file.ts';

export { serializeWorkspace, serializeWorkspaceParts } from './workspace-file.ts';
export { parseWorkspaceFile } from './validate-file.ts';

/** How an article is named in a "source" cell: its URL, else its title, else its id. */
export function sourceName(article: WorkspaceArticle | undefined, fallback: string): string {
  return article?.sourceUrl || article?.title || fallback;
}

function articleIndex(articles: readonly WorkspaceArticle[]): Map<string, WorkspaceArticle> {
  return new Map(articles.map((a) => [a.id, a]));
}

/** Events (corrections applied, linked reports merged) and each article's places as one collection. */
export function workspaceGeoJSON(
  articles: readonly WorkspaceArticle[],
  events: readonly WorkspaceEvent[],
): FeatureCollection<Point | null> {
  const byId = articleIndex(articles);
  const features: Feature<Point | null>[] = events.map((ev) => {
    // The geometry is the gazetteer's point for the place named; the map may draw the marker
    // elsewhere (a country-level event at its outline's label point), and says where.
    const shown = ev.place ? displayPoint(ev.place) : null;
    const f = eventFeature(ev, {
      id: ev.key,
      geometrySource: ev.place ? 'gazetteer' : null,
      displayPoint: shown ? [Math.round(shown.lon * 1e4) / 1e4, Math.round(shown.lat * 1e4) / 1e4] : null,
      displayPointSource: shown?.source ?? null,
      article: ev.articleId,
      source: sourceName(byId.get(ev.articleId), ev.articleId),
      corrected: [...ev.corrected],
      // Why several articles' reports are this one incident (null for one report).
      mergeReason: ev.mergeReason ?? null,
      sources: ev.sources.map((s) => ({
        article: s.articleId,
        event: s.eventId,
        source: sourceName(byId.get(s.articleId), s.articleId),
        excerpt: s.excerpt.text,
      })),
    });
    return { ...f, id: ev.key };
  });
  for (const a of articles) {
    for (const g of groupMentions(a.analysis?.mentions ?? [])) {
      features.push(placeFeature(g, { article: a.id, source: sourceName(a, a.id) }));
    }
  }
  return featureCollection(features);
}

/** Columns after the engine's: what the user changed, and every article that reports the event. */
const EXTRA_COLUMNS = ['article_id', 'corrected', 'sources'] as const;

/** The engine's CSV columns for every corrected event, plus the workspace's own three. */
export function workspaceCSV(articles: readonly WorkspaceArticle[], events: readonly WorkspaceEvent[]): string {
  return workspaceCSVLines(articles, events).join('');
}

/** The same CSV, one string a line (each with its CRLF), for a Blob of any size. */
export function workspaceCSVLines(articles: readonly WorkspaceArticle[], events: readonly WorkspaceEvent[]): string[] {
  const byId = articleIndex(articles);
  const header = [...CSV_COLUMNS, ...EXTRA_COLUMNS].join(',');
  const lines = events.map((ev) => {
    const row: CsvRow = { ...eventRow(ev, sourceName(byId.get(ev.articleId), ev.articleId)), event_id: ev.key };
    const extra = [
      ev.articleId,
      ev.corrected.join(' '),
      ev.sources.map((s) => sourceName(byId.get(s.articleId), s.articleId)).join(' | '),
    ];
    return `${[...CSV_COLUMNS.map((c) => csvCell(row[c])), ...extra.map((x) => csvCell(x))].join(',')}\r\n`;
  });
  return [`${header}\r\n`, ...lines];
}

export type ExportKind = 'json' | 'geojson' | 'csv';

export interface ExportFile {
  name: string;
  mime: string;
  /** The file's text in parts, for a Blob: an export may be longer than any one string can be. */
  parts: string[];
}

/** The file for one kind of export, named with the day so repeated exports do not overwrite each other. */
export function buildExport(
  kind: ExportKind,
  ws: { articles: readonly WorkspaceArticle[]; corrections: readonly Correction[]; events: readonly WorkspaceEvent[] },
  day: string,
  exportedAt = new Date().toISOString(),
): ExportFile {
  const base = `dateline-workspace-${day}`;
  if (kind === 'json') return { name: `${base}.dateline.json`, mime: 'application/json', parts: serializeWorkspaceParts(ws.articles, ws.corrections, exportedAt) };
  if (kind === 'geojson') return { name: `${base}.geojson`, mime: 'application/geo+json', parts: jsonParts(workspaceGeoJSON(ws.articles, ws.events), 1) };
  return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', parts: workspaceCSVLines(ws.articles, ws.events) };
}
