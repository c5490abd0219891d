// The event list, in step with the map and the timeline: events in the time window by date,
// then the undated ones (listed apart, never hidden). Long lists render in pages.
import { memo, useEffect, useRef, useState } from 'react';
import { EVENT_TYPE_LABELS } from '../../core/index.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { dateText, fatalitiesText, placeText } from '../../shared/ui/describe-event.ts';
import { TypeGlyph } from '../../shared/ui/TypeGlyph.tsx';
import './EventList.css';

export interface EventListProps {
  dated: readonly WorkspaceEvent[];
  undated: readonly WorkspaceEvent[];
  selectedKey: string | null;
  onSelect(key: string): void;
  /** Pointing at (or focusing) an item points out its marker on the map. */
  onHover?(key: string | null): void;
}

const PAGE = 300;

const Item = memo(function Item({ e, selected, onSelect, onHover }: { e: WorkspaceEvent; selected: boolean; onSelect(key: string): void; onHover?(key: string | null): void }) {
  const f = fatalitiesText(e.fatalities);
  const imprecise = e.place && (e.place.precision === 'country' || e.place.precision === 'region');
  // One incident several articles report is one item; it says how many.
  const articles = e.sources.length > 1 ? new Set(e.sources.map((s) => s.articleId)).size : 1;
  return (
    <li className={`event-item${selected ? ' is-selected' : ''}`} data-key={e.key}>
      <button
        type="button"
        className="event-item__btn"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(e.key)}
        onMouseEnter={() => onHover?.(e.key)}
        onMouseLeave={() => onHover?.(null)}
        onFocus={() => onHover?.(e.key)}
        onBlur={() => onHover?.(null)}
      >
        <TypeGlyph type={e.type} />
        <span className="event-item__type">{EVENT_TYPE_LABELS[e.type]}</span>
        <span className="event-item__sep">, </span>
        <span className="event-item__place">
          {placeText(e.place)}
          {imprecise && <span className="event-item__prec"> ({e.place!.precision}-level)</span>}
        </span>
        <span className="event-item__sep">, </span>
        <span className="event-item__date">{dateText(e.date)}</span>
        {f && <span className="event-item__dead"> · {f} killed</span>}
        {articles > 1 && <span className="event-item__sources"> · {articles} articles</span>}
        {e.corrected.length > 0 && <span className="event-item__corrected"> · corrected</span>}
      </button>
    </li>
  );
});

export function EventList({ dated, undated, selectedKey, onSelect, onHover }: EventListProps) {
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const all = dated.length + undated.length;
  const shownDated = dated.slice(0, limit);
  const shownUndated = undated.slice(0, Math.max(0, limit - dated.length));

  useEffect(() => {
    if (!selectedKey) return;
    const items = list.current?.querySelectorAll<HTMLElement>('li[data-key]') ?? [];
    for (const el of items) if (el.dataset.key === selectedKey) el.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey]);

  return (
    <section className="event-list" aria-labelledby="event-list-title" tabIndex={-1}>
      <h2 id="event-list-title" className="panel-title">
        Events <span className="muted">({all})</span>
      </h2>
      {all === 0 ? (
        <p className="muted">No events in the time window.</p>
      ) : (
        <ul aria-label="Events" ref={list}>
          {shownDated.map((e) => (
            <Item key={e.key} e={e} selected={e.key === selectedKey} onSelect={onSelect} onHover={onHover} />
          ))}
          {shownUndated.length > 0 && (
            <li className="event-list__group" role="presentation" aria-hidden="true">
              Undated
            </li>
          )}
          {shownUndated.map((e) => (
            <Item key={e.key} e={e} selected={e.key === selectedKey} onSelect={onSelect} onHover={onHover} />
          ))}
        </ul>
      )}
      {all > limit && (
        <button type="button" className="btn btn--small btn--quiet" onClick={() => setLimit((l) => l + PAGE * 4)}>
          Show more ({all - limit} not listed)
        </button>
      )}
    </section>
  );
}
