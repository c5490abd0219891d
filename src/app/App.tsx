// The dashboard layout: input and article on the left, the map in the centre with the excerpt
// popup, the workspace and event list on the right and the timeline below. State lives here
// (workspace, window, selection, filters); every view derives from it.
import { memo, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { EventType } from '../core/index.ts';
import { ArticlePanel } from '../features/article/ArticlePanel.tsx';
import { ExcerptCard } from '../features/article/ExcerptCard.tsx';
import { EventList } from '../features/events/EventList.tsx';
import { ArticleInput } from '../features/input/ArticleInput.tsx';
import { EventMap } from '../features/map/EventMap.tsx';
import type { MapPlace } from '../features/map/map-types.ts';
import { Timeline } from '../features/timeline/Timeline.tsx';
import { CorrectionEditor } from '../features/workspace/CorrectionEditor.tsx';
import { placeChoices } from '../features/workspace/event-helpers.ts';
import type { EventFilters } from '../features/workspace/filter-events.ts';
import { useWorkspace as useStoredWorkspace } from '../features/workspace/use-workspace.ts';
import { articleName, WorkspacePanel } from '../features/workspace/WorkspacePanel.tsx';
import type { WorkspaceApi } from '../shared/model/workspace.ts';
import { eventName } from '../shared/ui/describe-event.ts';
import { eventExcerpts, eventMarks, eventRows } from './event-details.ts';
import { useAnalyzer } from './use-analyzer.ts';
import { readUrlView, useUrlView } from './use-url-view.ts';
import { useDashboardData } from './use-dashboard-data.ts';
import { useWorkspaceLifecycle } from './use-workspace-lifecycle.ts';
import { initialView, viewReducer } from './view-state.ts';
import './styles.css';

const defaultWorkspace = () => useStoredWorkspace();
// Re-rendered only when the workspace or its filters change, not on every move of the window.
const StableWorkspacePanel = memo(WorkspacePanel);

export function App({ useWorkspace = defaultWorkspace }: { useWorkspace?: () => WorkspaceApi } = {}) {
  const ws = useWorkspace();
  const analyzer = useAnalyzer(ws);
  const urlView = useMemo(readUrlView, []);
  const [view, dispatch] = useReducer(viewReducer, urlView, initialView);
  const { all, domain, window, visible, allFiltered, places, datelines, hidden, typeCounts } = useDashboardData(ws, view);
  const analysedIds = useWorkspaceLifecycle(ws, dispatch);
  // Transient pointing (list -> map), not view state: it is not in the URL.
  const [hovered, setHovered] = useState<string | null>(null);

  const setMapView = useUrlView({
    ...(view.window ? { window: view.window } : {}),
    ...(view.selected ? { selected: view.selected } : {}),
    filters: view.filters,
  });

  const selected = view.selected ? (ws.events.find((e) => e.key === view.selected) ?? null) : null;
  const shownArticle = ws.articles.find((a) => a.id === (selected?.articleId ?? view.articleId)) ?? ws.articles.at(-1) ?? null;
  const shownArticleEvents = useMemo(() => ws.events.filter((e) => e.articleId === shownArticle?.id), [ws.events, shownArticle?.id]);

  // Handlers read the latest state through a ref so their identity never changes: a moved time
  // window must not re-render the article text or every list item.
  const latest = useRef({ events: ws.events, window: view.window, shownArticle, shownArticleEvents });
  latest.current = { events: ws.events, window: view.window, shownArticle, shownArticleEvents };
  const select = useCallback((key: string | null) => {
    const { events, window: w } = latest.current;
    const e = key ? events.find((x) => x.key === key) : undefined;
    // Selecting an event outside the window (from the article or list) widens the window to show it.
    let nextWindow: typeof w | undefined;
    if (e?.date && w && (e.date.end < w.start || e.date.start > w.end)) {
      nextWindow = { start: e.date.start < w.start ? e.date.start : w.start, end: e.date.end > w.end ? e.date.end : w.end };
    }
    dispatch({ type: 'select', key, ...(e ? { articleId: e.articleId } : {}), ...(nextWindow ? { window: nextWindow } : {}) });
  }, []);
  const onSelectMention = useCallback(
    (index: number) => {
      const { shownArticle: article, shownArticleEvents: articleEvents } = latest.current;
      const m = article?.analysis?.mentions[index];
      if (!m) return;
      const e = articleEvents.find((x) => x.placeSpan && x.placeSpan.start < m.end && x.placeSpan.end > m.start);
      if (e) select(e.key);
      else if (m.place) dispatch({ type: 'focus', lat: m.place.lat, lon: m.place.lon, zoom: m.place.precision === 'country' ? 4 : 7 });
    },
    [select],
  );
  const onFocusPlace = useCallback((p: MapPlace) => dispatch({ type: 'focus', lat: p.place.lat, lon: p.place.lon, zoom: 6 }), []);
  const onToggleType = useCallback((t: EventType) => dispatch({ type: 'toggle-type', eventType: t }), []);
  const onWindow = useCallback((w: { start: string; end: string }) => dispatch({ type: 'window', window: w }), []);
  const onFilters = useCallback((f: EventFilters) => dispatch({ type: 'filters', filters: f }), []);
  const closeExcerpt = useCallback(() => select(null), [select]);
  const onSelectArticle = useCallback((id: string) => dispatch({ type: 'show-article', articleId: id }), []);

  const selectedArticle = selected ? ws.articles.find((a) => a.id === selected.articleId) : undefined;
  const busy = analyzer.articleId !== null;
  const notices = [...(analyzer.error ? [analyzer.error] : []), ...(shownArticle?.error ? [shownArticle.error] : []), ...(shownArticle?.analysis?.warnings ?? [])];

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          Dateline <span className="brand__tag">what a report says happened, where and when</span>
        </h1>
        <p className="topbar__status" role="status" aria-live="polite">
          {busy ? (
            <>
              <span className="spinner-text">{analyzer.message}</span>{' '}
              <button type="button" className="btn btn--small btn--dark" onClick={analyzer.cancel}>
                Cancel
              </button>
            </>
          ) : analyzer.error ? (
            <span className="error-text">{analyzer.error}</span>
          ) : (
            <span className="muted">
              {ws.articles.length} article{ws.articles.length === 1 ? '' : 's'} · {ws.events.length} event{ws.events.length === 1 ? '' : 's'}
              {analyzer.lastMs !== null && ` · analysed in ${analyzer.lastMs} ms`} · offline, nothing leaves this browser
            </span>
          )}
        </p>
      </header>
      <aside className="left">
        <div className="input-pane">
          <ArticleInput onSubmit={(input) => ws.addArticle(input)} busy={busy} notices={notices} />
        </div>
        <ArticlePanel
          article={shownArticle}
          analysis={shownArticle?.analysis ?? null}
          events={shownArticleEvents}
          selectedKey={view.selected}
          onSelectEvent={select}
          onSelectMention={onSelectMention}
          scrollNonce={view.scrollNonce}
        />
      </aside>
      <main className="center">
        <EventMap
          events={allFiltered}
          window={window}
          places={places}
          datelines={datelines}
          selectedKey={view.selected}
          hoveredKey={hovered}
          onSelect={select}
          fitKey={analysedIds}
          focus={view.focus}
          onFocusPlace={onFocusPlace}
          typeCounts={typeCounts}
          hiddenTypes={hidden}
          onToggleType={onToggleType}
          placeLabels={analyzer.labels}
          {...(urlView.map ? { initialView: urlView.map } : {})}
          onViewChange={setMapView}
        />
        {selected && selectedArticle && (
          <ExcerptCard
            title={eventName(selected)}
            type={selected.type}
            text={selectedArticle.text}
            excerpts={eventExcerpts(selected)}
            marks={eventMarks(selected)}
            rows={eventRows(selected, selectedArticle.analysis)}
            onClose={closeExcerpt}
            onShowInArticle={() => dispatch({ type: 'scroll-to-selected' })}
            otherSources={selected.sources
              .filter((src) => src.articleId !== selected.articleId)
              .map((src) => ({ key: `${src.articleId}:${src.eventId}`, title: articleName(ws.articles.find((a) => a.id === src.articleId) ?? { id: src.articleId, text: '(removed article)', published: '', addedAt: '', analysis: null }), excerpt: src.excerpt.text }))}
          >
            <details className="excerpt-card__correct">
              <summary>Correct this event</summary>
              <CorrectionEditor
                event={selected}
                alternatives={placeChoices(selected, selectedArticle.analysis)}
                corrections={ws.corrections.filter((c) => c.articleId === selected.articleId && c.eventId === selected.id)}
                linkCandidates={ws.events.filter((e) => e.articleId !== selected.articleId && e.type === selected.type).slice(0, 50)}
                onCorrect={ws.correct}
                onRevert={ws.revertCorrection}
              />
            </details>
          </ExcerptCard>
        )}
      </main>
      <aside className="right">
        <details className="workspace-drawer">
          <summary>
            Workspace <span className="muted">({ws.articles.length} article{ws.articles.length === 1 ? '' : 's'})</span>
          </summary>
          <StableWorkspacePanel
            workspace={ws}
            filters={view.filters}
            onFiltersChange={onFilters}
            {...(shownArticle ? { selectedArticle: shownArticle.id } : {})}
            onSelectArticle={onSelectArticle}
          />
        </details>
        <EventList dated={visible.inWindow} undated={visible.undated} selectedKey={view.selected} onSelect={select} onHover={setHovered} />
      </aside>
      <footer className="bottom">
        <Timeline
          events={all.dated}
          domain={domain}
          window={window}
          onWindow={onWindow}
          visibleCount={visible.inWindow.length}
          undatedCount={visible.undated.length}
          selectedDate={selected?.date ?? null}
        />
      </footer>
    </div>
  );
}
