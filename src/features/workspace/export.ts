// Workspace exports: the corrected events of every article as GeoJSON (RFC 7946) and ACLED-like
// CSV, built on the engine's one-article formatters so the CLI and the app write the same
// columns; plus the lossless Dateline JSON file. Pure: the caller downloads the strings.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CSV_COLUMNS, csvCell, eventRow } from '../../core/index.ts';
import type { CsvRow } from '../../core/index.ts';
import { eventFeature, featureCollection, groupMentions, placeFeature } from '../../core/index.ts';
import { displayPoint } from '../../shared/geo/display-point.ts';
import type { Correction, WorkspaceArticle, WorkspaceEvent } from '../../shared/model/workspace.ts';

export { serializeWorkspace } from './workspace-file.ts';
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
  const byId = articleIndex(articles);
  const header = [...CSV_COLUMNS, ...EXTRA_COLUMNS].join(',');
  const lines = events.map((ev) => {
    const row: CsvRow = { ...eventRow(ev, sourceName(byId.get(ev.articleId), ev.articleId)), event_id: ev.key };
    const extra = [
      ev.articleId,
      ev.corrected.join(' '),
      ev.sources.map((s) => sourceName(byId.get(s.articleId), s.articleId)).join(' | '),
    ];
    return [...CSV_COLUMNS.map((c) => csvCell(row[c])), ...extra.map((x) => csvCell(x))].join(',');
  });
  return [header, ...lines].join('\r\n') + '\r\n';
}

export type ExportKind = 'json' | 'geojson' | 'csv';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** The file for one kind of export, named with the day so repeated exports do not overwrite each other. */
export function buildExport(
  kind: ExportKind,
  ws: { articles: readonly WorkspaceArticle[]; corrections: readonly Correction[]; events: readonly WorkspaceEvent[]; exportJSON(): string },
  day: string,
): ExportFile {
  const base = `dateline-workspace-${day}`;
  if (kind === 'json') return { name: `${base}.dateline.json`, mime: 'application/json', text: ws.exportJSON() };
  if (kind === 'geojson') {
    return { name: `${base}.geojson`, mime: 'application/geo+json', text: JSON.stringify(workspaceGeoJSON(ws.articles, ws.events), null, 1) };
  }
  return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', text: workspaceCSV(ws.articles, ws.events) };
}
