// The full article with places, dates and event triggers highlighted by role; clicking a
// highlight selects its event (or looks at the place), and "show in article" scrolls here.
import { useEffect, useMemo, useRef } from 'react';
import type { Analysis } from '../../core/index.ts';
import { articleMarks, type ArticleEventRef } from './article-marks.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { Mark } from './split-spans.ts';

export interface ArticlePanelProps {
  article: { id: string; title?: string; text: string; published: string; sourceUrl?: string } | null;
  analysis: Analysis | null;
  events: readonly ArticleEventRef[];
  selectedKey: string | null;
  onSelectEvent(key: string): void;
  onSelectMention(index: number): void;
  /** Bumped to scroll the selected event's sentence into view. */
  scrollNonce: number;
}

const KEY = [
  ['trigger', 'Event'],
  ['literal', 'Place'],
  ['dateline', 'Dateline'],
  ['metonymy', 'Place as government'],
  ['demonym', 'Nationality'],
  ['date', 'Date'],
] as const;

function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function ArticlePanel({ article, analysis, events, selectedKey, onSelectEvent, onSelectMention, scrollNonce }: ArticlePanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const marks = useMemo(() => articleMarks(analysis, events, selectedKey), [analysis, events, selectedKey]);
  const onActivate = useMemo(
    () => (m: Mark) => {
      if (m.kind === 'trigger' && m.ref) onSelectEvent(m.ref);
      else if (m.ref) onSelectMention(Number(m.ref));
    },
    [onSelectEvent, onSelectMention],
  );

  useEffect(() => {
    if (scrollNonce === 0) return;
    const el = body.current?.querySelector('.hl--focus');
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.add('flash');
      const t = setTimeout(() => el.classList.remove('flash'), 1600);
      return () => clearTimeout(t);
    }
  }, [scrollNonce]);

  if (!article) {
    return (
      <section className="article-panel" aria-label="Article">
        <p className="muted">No article yet. Paste one above or load the sample.</p>
      </section>
    );
  }
  const href = safeHref(article.sourceUrl);
  return (
    <section className="article-panel" aria-label="Article">
      <header className="article-panel__head">
        <h2 className="article-panel__title">{article.title || 'Untitled article'}</h2>
        <p className="article-panel__meta">
          Published {article.published}
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                source
              </a>
            </>
          )}
        </p>
        <ul className="article-panel__key" aria-label="Highlight key">
          {KEY.map(([k, label]) => (
            <li key={k}>
              <mark className={`hl hl--${k}`}>{label}</mark>
            </li>
          ))}
        </ul>
      </header>
      <div className="article-panel__text" ref={body}>
        <HighlightedText text={article.text} marks={marks} onActivate={onActivate} selectedRef={selectedKey} />
      </div>
    </section>
  );
}
