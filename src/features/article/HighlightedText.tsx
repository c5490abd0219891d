// Renders text with highlights as React elements and text nodes only: article text is untrusted
// and is never parsed as HTML.
import { memo, type KeyboardEvent } from 'react';
import { splitSpans, type Mark, type Piece } from './split-spans.ts';
import './HighlightedText.css';

export interface HighlightedTextProps {
  text: string;
  marks: readonly Mark[];
  from?: number;
  to?: number;
  /** Called with the top mark of a clicked highlight; omit to make highlights inert. */
  onActivate?(mark: Mark): void;
  /** Keys of events to draw as selected. */
  selectedRef?: string | null;
}

const ACTIVE_KINDS = new Set(['trigger', 'literal', 'dateline', 'metonymy', 'demonym']);

function classOf(p: Piece, selectedRef: string | null | undefined): string {
  const cls = ['hl'];
  for (const m of p.marks) cls.push(`hl--${m.kind}`);
  if (selectedRef && p.marks.some((m) => m.kind === 'trigger' && m.ref === selectedRef)) cls.push('is-selected');
  return cls.join(' ');
}

export const HighlightedText = memo(function HighlightedText({ text, marks, from, to, onActivate, selectedRef }: HighlightedTextProps) {
  const pieces = splitSpans(text, marks, from ?? 0, to ?? text.length);
  return (
    <>
      {pieces.map((p) => {
        if (p.marks.length === 0) return p.text;
        const top = p.marks[0]!;
        const active = onActivate && ACTIVE_KINDS.has(top.kind);
        const activate = () => onActivate?.(top);
        return (
          <mark
            key={p.start}
            className={classOf(p, selectedRef)}
            data-start={p.start}
            {...(active
              ? {
                  role: 'button',
                  tabIndex: 0,
                  onClick: activate,
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      activate();
                    }
                  },
                }
              : {})}
          >
            {p.text}
          </mark>
        );
      })}
    </>
  );
});
