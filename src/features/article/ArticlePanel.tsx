// The full article with places, dates and event triggers highlighted by role; clicking a
// highlight selects its event (or looks at the place), and "show in article" scrolls here.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../core/index.ts';
import { articleMarks, type ArticleEventRef } from './article-marks.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { Mark } from './split-spans.ts';
import './ArticlePanel.css';

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

/** Characters rendered at first: a 5 MB paste must not build millions of nodes at once. */
const FIRST_CHARS = 150_000;

/** Where to stop rendering: at a line break (or space) at or after `limit`, so no word is cut. */
export function renderCut(text: string, limit: number): number {
  if (limit >= text.length) return text.length;
  const nl = text.indexOf('\n', limit);
  if (nl >= 0 && nl - limit < 5_000) return nl;
  const sp = text.indexOf(' ', limit);
  return sp >= 0 && sp - limit < 200 ? sp : limit;
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
  const [limit, setLimit] = useState({ id: article?.id, chars: FIRST_CHARS });
  if (limit.id !== article?.id) setLimit({ id: article?.id, chars: FIRST_CHARS });
  // The selected event's sentences are always rendered, however far into a long text they are.
  const focusEnd = marks.reduce((m, k) => (k.kind === 'focus' && k.end > m ? k.end : m), 0);
  const cut = article ? renderCut(article.text, Math.max(limit.chars, focusEnd + 2_000)) : 0;
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
        <HighlightedText text={article.text} marks={marks} to={cut} onActivate={onActivate} selectedRef={selectedKey} />
        {cut < article.text.length && (
          <p className="article-panel__more">
            <button type="button" className="btn btn--small" onClick={() => setLimit({ id: article.id, chars: cut + FIRST_CHARS * 4 })}>
              Show more of the article
            </button>{' '}
            <span className="muted">
              {Math.round((cut / article.text.length) * 100)}% of {article.text.length.toLocaleString('en')} characters shown
            </span>
          </p>
        )}
      </div>
    </section>
  );
}
