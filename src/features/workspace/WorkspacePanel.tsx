// The workspace at a glance: its articles (delete with undo, re-run), deleted events to restore,
// an event to add from a selected sentence, the filters, exports (Dateline JSON, GeoJSON, CSV)
// and import. Titles, URLs and messages are untrusted: rendered as text, only http(s) as links.
import { useEffect, useId, useRef, useState } from 'react';
import { EVENT_TYPE_LABELS } from '../../core/index.ts';
import type { EventType } from '../../core/index.ts';
import { LINK_REL, safeHref } from '../../shared/ui/safe-href.ts';
import { AddEventForm } from './AddEventForm.tsx';
import { downloadParts } from '../../shared/ui/download.ts';
import { buildExport } from './export.ts';
import type { ExportKind } from './export.ts';
import type { EventFilters } from './filter-events.ts';
import { useTextSelection } from './text-selection.ts';
import type { DuplicateChoice, ImportResult, WorkspaceApi, WorkspaceArticle } from '../../shared/model/workspace.ts';
import '../../shared/ui/panel-buttons.css';
import './WorkspacePanel.css';

export interface WorkspacePanelProps {
  workspace: WorkspaceApi;
  /** Without onFiltersChange the panel shows no filters (when the dashboard has its own). */
  filters?: EventFilters;
  onFiltersChange?(filters: EventFilters): void;
  /** The article shown in the article panel, if any. */
  selectedArticle?: string;
  onSelectArticle?(id: string): void;
  /**
   * Where the selected article's text is rendered (its text nodes spell the article text); a
   * selection there offers "add an event" for the selected article. Empty string: no offer.
   */
  articleTextSelector?: string;
}

const TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];
/** Import reads the whole file into memory; past this it is surely not a workspace we wrote. */
const MAX_IMPORT_BYTES = 200_000_000;

export function articleName(a: WorkspaceArticle): string {
  if (a.title?.trim()) return a.title.trim();
  const first = a.text.trim().split('\n', 1)[0] ?? '';
  return first.length > 80 ? `${first.slice(0, 77)}…` : first || '(untitled)';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const toggle = <T,>(list: readonly T[] | undefined, item: T): T[] =>
  list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];

export function WorkspacePanel({
  workspace: ws,
  filters = {},
  onFiltersChange,
  selectedArticle,
  onSelectArticle,
  articleTextSelector = '.article-panel__text',
}: WorkspacePanelProps) {
  const id = useId();
  const [selection, clearSelection] = useTextSelection(articleTextSelector || undefined);
  const addTo = ws.articles.find((a) => a.id === selectedArticle);
  // Offsets belong to the article they were selected in.
  useEffect(() => clearSelection(), [selectedArticle, clearSelection]);
  const importInput = useRef<HTMLInputElement>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string; leftOut?: string[] } | null>(null);
  // A file that reuses ids of articles here waits for the user's choice; nothing is changed meanwhile.
  const [pendingImport, setPendingImport] = useState<{ name: string; text: string; count: number; names: string[] } | null>(null);
  const importMessageRef = useRef<HTMLDivElement>(null);
  // The drawer scrolls: an import error below its fold went unseen.
  useEffect(() => {
    if (importMessage) importMessageRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [importMessage]);
  // A deleted event is gone from the map and lists, so this is the one place to bring it back.
  const deleted = ws.corrections.filter((c) => c.kind === 'delete');
  const counts = new Map<string, number>();
  for (const e of ws.events) for (const s of e.sources) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);

  const [exportError, setExportError] = useState<string | null>(null);
  const exportAs = (kind: ExportKind) => {
    // An export that cannot be written (the browser out of memory) says so, never fails silently.
    try {
      const f = buildExport(kind, ws, new Date().toISOString().slice(0, 10));
      downloadParts(f.name, f.parts, f.mime);
      setExportError(null);
    } catch (e) {
      setExportError(`The ${kind === 'json' ? 'Dateline JSON' : kind === 'geojson' ? 'GeoJSON' : 'CSV'} export could not be written (${e instanceof Error ? e.message : 'an unexpected error'}); your workspace is unchanged. Close other tabs to free memory and try again.`);
    }
  };

  const runImport = async (name: string, text: string, choice?: DuplicateChoice) => {
    let r: ImportResult;
    try {
      r = await (choice ? ws.importJSON(text, choice) : ws.importJSON(text));
    } catch (e) {
      r = { ok: false, error: `"${name}" could not be imported (${e instanceof Error ? e.message : 'an unexpected error'}); nothing was changed.` };
    }
    if (r.duplicates) {
      setImportMessage(null);
      setPendingImport({ name, text, ...r.duplicates });
      return;
    }
    setPendingImport(null);
    setImportMessage(
      r.ok
        ? { ok: true, text: `Imported "${name}".${r.note ? ` ${r.note}` : ''}`, ...(r.leftOut ? { leftOut: r.leftOut } : {}) }
        : { ok: false, text: r.error ?? 'The file could not be imported; nothing was changed.' },
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setImportMessage({ ok: false, text: `"${file.name}" is too large to be a Dateline workspace file; nothing was changed.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setImportMessage({ ok: false, text: `"${file.name}" could not be read (${e instanceof Error ? e.message : 'an unexpected error'}); nothing was changed.` });
      return;
    }
    await runImport(file.name, text);
  };

  return (
    <section className="workspace-panel panel-buttons" aria-label="Workspace">
      {!ws.ready && <p role="status">Opening your saved workspace…</p>}
      {ws.storageError && <p role="alert" className="error">{ws.storageError}</p>}
      {addTo && selection && (
        <>
          <h2>Add an event</h2>
          <AddEventForm key={`${selection.start}-${selection.end}`} article={addTo} selection={selection} onCorrect={ws.correct} onDone={clearSelection} />
        </>
      )}
      <h2>Articles</h2>
      {ws.ready && ws.articles.length === 0 && <p className="hint">No articles yet: paste one or load the sample.</p>}
      <ul className="articles">
        {ws.articles.map((a) => {
          const name = articleName(a);
          const href = safeHref(a.sourceUrl);
          const shown = !filters.articles?.length || filters.articles.includes(a.id);
          return (
            <li key={a.id} className={a.id === selectedArticle ? 'selected' : undefined}>
              {onFiltersChange && (
                <input
                  type="checkbox"
                  checked={shown}
                  aria-label={`Show events from "${name}"`}
                  onChange={() => {
                    const all = ws.articles.map((x) => x.id);
                    const current = filters.articles?.length ? filters.articles : all;
                    const next = toggle(current, a.id);
                    onFiltersChange({ ...filters, articles: next.length === all.length ? [] : next });
                  }}
                />
              )}
              {onSelectArticle ? <button type="button" className="link" onClick={() => onSelectArticle(a.id)}>{name}</button> : <span>{name}</span>}
              <span className="meta">
                {` ${a.published} · ${a.analysis ? plural(counts.get(a.id) ?? 0, 'event') : a.error ? 'failed' : 'analysing…'}`}
              </span>
              {href ? (
                <a href={href} target="_blank" rel={LINK_REL}>source</a>
              ) : a.sourceUrl ? (
                <span className="meta" title="Not an http(s) address, so not a link">{a.sourceUrl}</span>
              ) : null}
              {a.error && <p className="error">{a.error}</p>}
              {a.analysis?.warnings.map((w, i) => <p key={i} className="warning">{w}</p>)}
              {(a.analysis || a.error) && (
                // Clearing the analysis queues the article again; corrections are kept and re-applied.
                <button type="button" onClick={() => ws.setAnalysis(a.id, null)} aria-label={`${a.error ? 'Retry the analysis of' : 'Re-run the analysis of'} "${name}"`}>
                  {a.error ? 'Retry' : 'Re-run'}
                </button>
              )}
              <button type="button" onClick={() => ws.removeArticle(a.id)} aria-label={`Delete article "${name}"`}>Delete</button>
            </li>
          );
        })}
      </ul>
      {ws.canUndo && <button type="button" onClick={() => ws.undoRemove()}>Undo delete</button>}
      {deleted.length > 0 && (
        <details className="deleted-events">
          <summary>{`${plural(deleted.length, 'deleted event')}`}</summary>
          <ul>
            {deleted.map((c) => {
              const article = ws.articles.find((a) => a.id === c.articleId);
              const words = c.trigger?.text ?? c.eventId;
              return (
                <li key={c.id}>
                  {`"${words}" in ${article ? articleName(article) : 'a removed article'}`}
                  <button type="button" onClick={() => ws.revertCorrection(c.id)} aria-label={`Restore the deleted event "${words}"`}>Restore</button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {(ws.orphans?.length ?? 0) > 0 && (
        <details className="orphans">
          <summary>{`${plural(ws.orphans!.length, 'correction')} no longer ${ws.orphans!.length === 1 ? 'matches' : 'match'} an event`}</summary>
          <ul>
            {ws.orphans!.map((c) => (
              <li key={c.id}>
                {`${c.kind} on "${c.trigger?.text ?? c.eventId}"`}
                <button type="button" onClick={() => ws.revertCorrection(c.id)}>Discard</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {onFiltersChange && (
        <>
          <h2>Filters</h2>
          <fieldset>
            <legend>Event types</legend>
            {TYPES.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={!filters.types?.length || filters.types.includes(t)}
                  onChange={() => {
                    const current = filters.types?.length ? filters.types : TYPES;
                    const next = toggle(current, t);
                    onFiltersChange({ ...filters, types: next.length === TYPES.length ? [] : next });
                  }}
                />
                {EVENT_TYPE_LABELS[t]}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-conf`}>{`Minimum confidence: ${Math.round((filters.minConfidence ?? 0) * 100)}%`}</label>
          <input
            id={`${id}-conf`}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence ?? 0}
            onChange={(e) => onFiltersChange({ ...filters, minConfidence: Number(e.target.value) })}
          />
        </>
      )}
      <h2>Export and import</h2>
      <div className="row">
        <button type="button" onClick={() => exportAs('json')} disabled={!ws.ready}>Export Dateline JSON</button>
        <button type="button" onClick={() => exportAs('geojson')} disabled={!ws.ready}>Export GeoJSON</button>
        <button type="button" onClick={() => exportAs('csv')} disabled={!ws.ready}>Export CSV</button>
        <button type="button" onClick={() => importInput.current?.click()} disabled={!ws.ready}>Import workspace</button>
        <input
          ref={importInput}
          type="file"
          hidden
          accept=".json,application/json"
          aria-label="Import workspace file"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {exportError && <p role="alert" className="error">{exportError}</p>}
      {pendingImport && (
        <div role="alertdialog" aria-label="Articles already in the workspace" className="import-duplicates">
          <p>
            {`"${pendingImport.name}" holds ${plural(pendingImport.count, 'article')} whose id is already used here by a different article (${pendingImport.names.map((n) => `"${n}"`).join(', ')}${pendingImport.count > pendingImport.names.length ? ', …' : ''}). Nothing has been changed yet.`}
          </p>
          <div className="row">
            <button type="button" onClick={() => void runImport(pendingImport.name, pendingImport.text, 'keep-both')}>Keep both</button>
            <button type="button" onClick={() => void runImport(pendingImport.name, pendingImport.text, 'replace')}>Replace mine with the file’s</button>
            <button type="button" onClick={() => void runImport(pendingImport.name, pendingImport.text, 'skip')}>Skip those articles</button>
            <button type="button" onClick={() => setPendingImport(null)}>Cancel the import</button>
          </div>
        </div>
      )}
      {importMessage && (
        <div role={importMessage.ok && !importMessage.leftOut ? 'status' : 'alert'} className={importMessage.ok ? (importMessage.leftOut ? 'warning' : 'hint') : 'error'} ref={importMessageRef}>
          <p>{importMessage.text}</p>
          {importMessage.leftOut && (
            <details>
              <summary>{`What was left out (${importMessage.leftOut.length})`}</summary>
              <ul>{importMessage.leftOut.slice(0, 50).map((line, i) => <li key={i}>{line}</li>)}</ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
