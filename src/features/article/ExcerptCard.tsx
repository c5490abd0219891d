// The excerpt popup for a selected event: its sentences with the trigger, place and date words
// highlighted, then what was understood (date and basis, place and reason, casualties, actors).
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
  /** The same event as other articles report it (linked), each with its own words. */
  otherSources?: readonly { key: string; title: string; excerpt: string }[];
  /** Room for the correction editor. */
  children?: ReactNode;
}

export function ExcerptCard({ title, type, text, excerpts, marks, rows, onClose, onShowInArticle, otherSources = [], children }: ExcerptCardProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && ref.current?.contains(document.activeElement)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <section className="excerpt-card" role="dialog" aria-label={`Excerpt: ${title}`} ref={ref}>
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
      {otherSources.map((o) => (
        <figure key={o.key} className="excerpt-card__other">
          <blockquote className="excerpt-card__quote">{o.excerpt}</blockquote>
          <figcaption>Also reported by {o.title}</figcaption>
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
