// An event type's shape and colour as an inline SVG, for the legend, the list and the popup.
import type { EventType } from '../../core/index.ts';
import { EVENT_STYLES } from './event-style.ts';
import './TypeGlyph.css';

export function TypeGlyph({ type, size = 16 }: { type: EventType; size?: number }) {
  const s = EVENT_STYLES[type];
  return (
    <svg className="type-glyph" viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={s.path} fill={s.color} stroke={type === 'other' ? '#3a3a00' : '#fff'} strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
