// The excerpt popup for a selected event: its sentences with the trigger, place and date words
// highlighted, the other articles that report the same incident (and why it is one), then what was
// understood (date and basis, place and reason, casualties, actors).
// The card holds no state of its own: everything it shows derives from the props of this render.
import { useEffect, useRef, type ReactNode } from 'react';
import type { EventType } from '../../core/index.ts';
import { spanKey, uniqueSpans } from '../../shared/model/spans.ts';
import { TypeGlyph } from '../../shared/ui/TypeGlyph.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import type { Mark } from './split-spans.ts';
import './ExcerptCard.css';

export interface ExcerptRow {
  label: string;
  value: string;
}

export interface ExcerptCardProps {
  title: string;
  /** The event's type, drawn with its legend glyph. */
  type: EventType;
  /** The article's full text; excerpts are spans into it. */
  text: string;
  /** The event's own sentences; a span given twice is shown once. */
  excerpts: readonly { start: number; end: number }[];
  marks: readonly Mark[];
  rows: readonly ExcerptRow[];
  onClose(): void;
  onShowInArticle(): void;
  /** The same event as other articles report it (grouped or linked), each with its own words. */
  otherSources?: readonly { key: string; title: string; excerpt: string }[];
  /** How many articles report it and why they are one incident, when more than one does. */
  merged?: { articles: number; reason: string };
  /** Undoes the merge of one other source (its key) with this event; absent, no button (a saved map). */
  onSeparate?(key: string): void;
  /** Room for the correction editor. */
  children?: ReactNode;
  /** Where focus goes on close when what opened the card is gone (a marker redrawn meanwhile). */
  returnFocusTo?: () => HTMLElement | null;
}

export function ExcerptCard({ title, type, text, excerpts, marks, rows, onClose, onShowInArticle, otherSources = [], merged, onSeparate, children, returnFocusTo }: ExcerptCardProps) {
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const fallback = useRef(returnFocusTo);
  fallback.current = returnFocusTo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && ref.current?.contains(document.activeElement)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  // The dialog takes focus when it opens and whenever it shows another event, remembering what
  // had it (a marker, a list item, a highlight); closing gives focus back there.
  useEffect(() => {
    const card = ref.current;
    if (!card) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !card.contains(active)) opener.current = active;
    card.focus({ preventScroll: true });
  }, [title]);
  useEffect(() => {
    const card = ref.current;
    return () => {
      const active = document.activeElement;
      // Only when focus was in the card (or fell to the page as it closed): a click elsewhere keeps its focus.
      if (active && active !== document.body && !card?.contains(active)) return;
      const back = opener.current?.isConnected ? opener.current : (fallback.current?.() ?? null);
      back?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <section className="excerpt-card" role="dialog" aria-label={`Excerpt: ${title}`} ref={ref} tabIndex={-1}>
      <header className="excerpt-card__head">
        <TypeGlyph type={type} size={20} />
        <h2 className="excerpt-card__title">{title}</h2>
        <button type="button" className="btn btn--icon" aria-label="Close excerpt" onClick={onClose}>
          ×
        </button>
      </header>
      {/* Keys name the span and are unique, so React matches old and new quotes one to one: with a
          key shared by two quotes, a quote of the previous event was left behind on the next card. */}
      {uniqueSpans(excerpts).map((x) => (
        <blockquote key={spanKey(x)} className="excerpt-card__quote">
          <HighlightedText text={text} marks={marks} from={x.start} to={x.end} />
        </blockquote>
      ))}
      {merged && (
        <p className="excerpt-card__merged">
          <strong>{`Reported by ${merged.articles} articles`}</strong>
          {merged.reason && <span>{` · one incident: ${merged.reason}`}</span>}
        </p>
      )}
      {/* Other articles' words are text, never markup: React escapes them. */}
      {otherSources.map((o) => (
        <figure key={o.key} className="excerpt-card__other">
          <blockquote className="excerpt-card__quote">{o.excerpt}</blockquote>
          <figcaption>
            <span>Also reported by {o.title}</span>
            {onSeparate && (
              <button
                type="button"
                className="btn btn--small"
                aria-label={`Not the same incident: ${o.title}`}
                onClick={() => {
                  onSeparate(o.key);
                  // The button goes with the source: focus stays in the card, not on the page.
                  ref.current?.focus({ preventScroll: true });
                }}
              >
                Not the same incident
              </button>
            )}
          </figcaption>
        </figure>
      ))}
      <dl className="excerpt-card__facts">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <div className="excerpt-card__actions">
        <button type="button" className="btn btn--small" onClick={onShowInArticle}>
          Show in article
        </button>
      </div>
      {children}
    </section>
  );
}
