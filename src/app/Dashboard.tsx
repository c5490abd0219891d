// The dashboard layout shared by the app and the read-only saved map: article on the left, the
// map in the centre with the excerpt, the event list on the right and the timeline below; on a
// phone the same views one at a time behind a tab bar. View state lives here; the app hands in
// what only it has (the article form, the workspace drawer, the correction editor) as slots.
import { memo, useCallback, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { EventType } from '../core/index.ts';
import { ArticlePanel } from '../features/article/ArticlePanel.tsx';
import type { ArticleEventRef } from '../features/article/article-marks.ts';
import { ExcerptCard } from '../features/article/ExcerptCard.tsx';
import { EventList } from '../features/events/EventList.tsx';
import { EventMap } from '../features/map/EventMap.tsx';
import type { MapPlace } from '../features/map/map-types.ts';
import { Timeline } from '../features/timeline/Timeline.tsx';
import type { EventFilters } from '../features/workspace/filter-events.ts';
import type { PlaceLabels } from '../shared/model/place-labels.ts';
import type { EventSource, WorkspaceApi, WorkspaceArticle, WorkspaceEvent } from '../shared/model/workspace.ts';
import { eventName } from '../shared/ui/describe-event.ts';
import { eventExcerpts, eventMarks, eventRows } from './event-details.ts';
import { PhoneTabs, type PhoneView } from './PhoneTabs.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { useMediaQuery } from './use-media-query.ts';
import { readUrlView, useUrlView } from './use-url-view.ts';
import { useDashboardData } from './use-dashboard-data.ts';
import { useLinkedDataCheck } from './use-linked-data-check.ts';
import { useWorkspaceLifecycle } from './use-workspace-lifecycle.ts';
import { initialView, viewReducer, type ViewAction } from './view-state.ts';
import './styles.css';
import './phone.css';

/** The phone layout's breakpoint; the same width is written in phone.css. */
export const PHONE_QUERY = '(max-width: 760px)';

export interface DrawerSlotProps {
  filters: EventFilters;
  onFiltersChange(f: EventFilters): void;
  selectedArticle?: string;
  onSelectArticle(id: string): void;
}

export interface DashboardProps {
  ws: WorkspaceApi;
  /** The top bar's status line. */
  status: ReactNode;
  /** The article form above the article; `show` opens an article in the panel. Absent: read-only. */
  input?: (ctx: { show(articleId: string): void; shown: WorkspaceArticle | null }) => ReactNode;
  /** The workspace drawer's content above the event list. */
  drawer?: (p: DrawerSlotProps) => ReactNode;
  /** What the drawer's summary says. */
  drawerLabel?: ReactNode;
  /** Under an excerpt: the correction editor. */
  correction?: (event: WorkspaceEvent, article: WorkspaceArticle) => ReactNode;
  /** "Not the same incident": parts one of the event's other sources from it. Absent: read-only. */
  separate?: (event: WorkspaceEvent, source: EventSource) => void;
  /** Messages shown across the top of the map (a link naming data this browser does not have). */
  banner?: ReactNode;
  /** Seed the reference article into an empty workspace (the app does; a saved map never). */
  seedSample?: boolean;
  /** Name an article for "also reported by". */
  articleName(a: WorkspaceArticle): string;
  /** True while articles named by a link are still being added: a missing event is not reported yet. */
  loading?: boolean;
  /** The basemap's place names from the worker's gazetteer (the app has them; a saved map has none). */
  placeLabels?: PlaceLabels | null;
}

// Re-rendered only when the workspace or its filters change, not on every move of the window.
const DrawerSlot = memo(function DrawerSlot({ render, ...p }: DrawerSlotProps & { render: (p: DrawerSlotProps) => ReactNode }) {
  return <>{render(p)}</>;
});

export function Dashboard({ ws, status, input, drawer, drawerLabel, correction, separate, banner, seedSample = true, articleName, loading = false, placeLabels }: DashboardProps) {
  const urlView = useMemo(readUrlView, []);
  const [view, dispatch] = useReducer(viewReducer, urlView, initialView);
  const { all, domain, window, visible, allFiltered, places, datelines, hidden, typeCounts } = useDashboardData(ws, view);
  const settled = ws.ready && !loading && !ws.articles.some((a) => a.analysis === null && !a.error);
  const linkProblem = useLinkedDataCheck(ws, urlView, view, settled);
  const seeds = seedSample && !linkProblem.namesData;
  const analysedIds = useWorkspaceLifecycle(ws, dispatch, { seedSample: seeds });
  // Events are on their way: the workspace loads, an article is analysed, or the sample is about to be added.
  const awaitingEvents = !settled || (seeds && ws.articles.length === 0);
  // Transient pointing (list -> map), not view state: it is not in the URL.
  const [hovered, setHovered] = useState<string | null>(null);
  const phone = useMediaQuery(PHONE_QUERY);
  const [phoneView, setPhoneView] = useState<PhoneView>('map');

  const setMapView = useUrlView({
    ...(view.window ? { window: view.window } : {}),
    ...(view.selected ? { selected: view.selected } : {}),
    filters: view.filters,
    ...(view.windowMode === 'cumulative' ? { windowMode: 'cumulative' as const } : {}),
  });

  const selected = view.selected ? (ws.events.find((e) => e.key === view.selected) ?? null) : null;
  // An incident several articles report stays in the article being read, if it is one of them.
  const keepShown = selected && view.articleId && selected.sources.some((s) => s.articleId === view.articleId);
  const shownArticle = ws.articles.find((a) => a.id === (keepShown ? view.articleId : (selected?.articleId ?? view.articleId))) ?? ws.articles.at(-1) ?? null;
  const shownArticleEvents = useMemo(() => ws.events.filter((e) => e.articleId === shownArticle?.id), [ws.events, shownArticle?.id]);
  // The article's words for every event it reports, also those merged into another article's
  // event (the same incident told elsewhere): its trigger still highlights and selects it.
  const shownArticleRefs = useMemo((): ArticleEventRef[] => {
    const id = shownArticle?.id;
    const refs: ArticleEventRef[] = [];
    for (const e of ws.events) {
      if (e.articleId === id) refs.push(e);
      else if (e.sources.length > 1) {
        for (const s of e.sources) if (s.articleId === id && s.trigger) refs.push({ key: e.key, trigger: s.trigger, excerpts: [s.excerpt] });
      }
    }
    return refs;
  }, [ws.events, shownArticle?.id]);

  // Handlers read the latest state through a ref so their identity never changes: a moved time
  // window must not re-render the article text or every list item.
  const latest = useRef({ events: ws.events, window: view.window, mode: view.windowMode, shownArticle, shownArticleEvents, phone });
  latest.current = { events: ws.events, window: view.window, mode: view.windowMode, shownArticle, shownArticleEvents, phone };
  const select = useCallback((key: string | null) => {
    const { events, window: w, phone: onPhone } = latest.current;
    const e = key ? events.find((x) => x.key === key) : undefined;
    // Selecting an event outside the window (from the article or list) widens the window to show it.
    let nextWindow: typeof w | undefined;
    if (e?.date && w && (e.date.end < w.start || e.date.start > w.end)) {
      nextWindow = { start: e.date.start < w.start ? e.date.start : w.start, end: e.date.end > w.end ? e.date.end : w.end };
    }
    const reading = latest.current.shownArticle?.id;
    const articleId = e && reading && e.sources.some((s) => s.articleId === reading) ? reading : e?.articleId;
    dispatch({ type: 'select', key, ...(articleId ? { articleId } : {}), ...(nextWindow ? { window: nextWindow } : {}) } satisfies ViewAction);
    // On a phone the excerpt is a sheet over the map: choosing an event anywhere shows it there.
    if (onPhone && e) setPhoneView('map');
  }, []);
  const onSelectMention = useCallback(
    (index: number) => {
      const { shownArticle: article, shownArticleEvents: articleEvents, phone: onPhone } = latest.current;
      const m = article?.analysis?.mentions[index];
      if (!m) return;
      const e = articleEvents.find((x) => x.placeSpan && x.placeSpan.start < m.end && x.placeSpan.end > m.start);
      if (e) select(e.key);
      else if (m.place) {
        dispatch({ type: 'focus', lat: m.place.lat, lon: m.place.lon, zoom: m.place.precision === 'country' ? 4 : 7 });
        if (onPhone) setPhoneView('map');
      }
    },
    [select],
  );
  const onFocusPlace = useCallback((p: MapPlace) => dispatch({ type: 'focus', lat: p.place.lat, lon: p.place.lon, zoom: 6 }), []);
  const onToggleType = useCallback((t: EventType) => dispatch({ type: 'toggle-type', eventType: t }), []);
  const onWindow = useCallback((w: { start: string; end: string }) => dispatch({ type: 'window', window: w }), []);
  const onWindowMode = useCallback((mode: 'moving' | 'cumulative') => dispatch({ type: 'window-mode', mode }), []);
  const onFilters = useCallback((f: EventFilters) => dispatch({ type: 'filters', filters: f }), []);
  const closeExcerpt = useCallback(() => select(null), [select]);
  const onSelectArticle = useCallback((id: string) => dispatch({ type: 'show-article', articleId: id }), []);
  const showArticle = useCallback((id: string) => {
    dispatch({ type: 'show-article', articleId: id });
    if (latest.current.phone) setPhoneView('article');
  }, []);
  const showInArticle = useCallback(() => {
    dispatch({ type: 'scroll-to-selected' });
    if (latest.current.phone) setPhoneView('article');
  }, []);
  // The marker or list item that opened the excerpt may have been redrawn meanwhile: focus the
  // same event's marker, else its list item.
  const excerptOpener = useCallback((): HTMLElement | null => {
    const key = view.selected;
    if (!key) return null;
    const byKey = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].find((el) => el.dataset.key === key);
    return byKey('.ev-marker[data-key]') ?? byKey('li[data-key]')?.querySelector('button') ?? null;
  }, [view.selected]);

  const selectedArticle = selected ? ws.articles.find((a) => a.id === selected.articleId) : undefined;
  const otherSources = selected ? selected.sources.filter((src) => src.articleId !== selected.articleId) : [];
  const sourceKey = (src: EventSource) => `${src.articleId}:${src.eventId}`;
  const reportedBy = selected ? new Set(selected.sources.map((s) => s.articleId)).size : 0;
  const notices = linkProblem.message ? [linkProblem.message] : [];

  return (
    <div className="app" data-phone-view={phone ? phoneView : undefined}>
      <SkipLinks onTarget={phone ? setPhoneView : undefined} />
      <header className="topbar">
        <h1 className="brand">
          Dateline <span className="brand__tag">what a report says happened, where and when</span>
        </h1>
        <div className="topbar__status" role="status" aria-live="polite">
          {status}
        </div>
        {/* Not only in the workspace drawer, which is closed by default: a failed save must be seen. */}
        {ws.storageError && (
          <p className="topbar__alert" role="alert">
            {ws.storageError}
          </p>
        )}
      </header>
      <aside className="left" aria-label="Articles" inert={phone && phoneView !== 'article'}>
        {input && <div className="input-pane">{input({ show: showArticle, shown: shownArticle })}</div>}
        <ArticlePanel
          article={shownArticle}
          analysis={shownArticle?.analysis ?? null}
          events={shownArticleRefs}
          selectedKey={view.selected}
          onSelectEvent={select}
          onSelectMention={onSelectMention}
          scrollNonce={view.scrollNonce}
        />
      </aside>
      <main className="center" id="map" tabIndex={-1} aria-label="Map" inert={phone && phoneView !== 'map'}>
        {(banner || notices.length > 0) && (
          <div className="map-banner" role="alert">
            {banner}
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
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
          placeLabels={placeLabels ?? null}
          {...(urlView.map ? { initialView: urlView.map } : {})}
          onViewChange={setMapView}
          awaitingEvents={awaitingEvents}
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
            onShowInArticle={showInArticle}
            returnFocusTo={excerptOpener}
            otherSources={otherSources.map((src) => ({
              key: sourceKey(src),
              title: articleName(ws.articles.find((a) => a.id === src.articleId) ?? { id: src.articleId, text: '(removed article)', published: '', addedAt: '', analysis: null }),
              excerpt: src.excerpt.text,
            }))}
            {...(reportedBy > 1 ? { merged: { articles: reportedBy, reason: selected.mergeReason ?? '' } } : {})}
            {...(separate
              ? {
                  onSeparate: (key: string) => {
                    const src = otherSources.find((s) => sourceKey(s) === key);
                    if (src) separate(selected, src);
                  },
                }
              : {})}
          >
            {correction?.(selected, selectedArticle)}
          </ExcerptCard>
        )}
      </main>
      <aside className="right" aria-label="Events" inert={phone && phoneView !== 'events'}>
        {drawer && (
          <details className="workspace-drawer">
            <summary>{drawerLabel ?? 'Workspace'}</summary>
            <DrawerSlot
              render={drawer}
              filters={view.filters}
              onFiltersChange={onFilters}
              {...(shownArticle ? { selectedArticle: shownArticle.id } : {})}
              onSelectArticle={onSelectArticle}
            />
          </details>
        )}
        <EventList dated={visible.inWindow} undated={visible.undated} selectedKey={view.selected} onSelect={select} onHover={setHovered} />
      </aside>
      <footer className="bottom" inert={phone && phoneView !== 'timeline'}>
        <Timeline
          events={all.dated}
          domain={domain}
          window={window}
          onWindow={onWindow}
          mode={view.windowMode}
          onMode={onWindowMode}
          visibleCount={visible.inWindow.length}
          undatedCount={visible.undated.length}
          selectedDate={selected?.date ?? null}
        />
      </footer>
      {phone && <PhoneTabs view={phoneView} onView={setPhoneView} eventCount={visible.inWindow.length + visible.undated.length} />}
    </div>
  );
}
