// One end of the time window as a real slider: focusable, named, arrow keys move a day, Page
// Up/Down a week, Home/End to the limits, and it can be dragged with a pointer.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampDay, dayToIso } from './days.ts';
import './TimelineHandle.css';

export interface TimelineHandleProps {
  label: 'Timeline start' | 'Timeline end';
  day: number;
  min: number;
  max: number;
  /** Horizontal position in pixels within the track. */
  x: number;
  onChange(day: number): void;
  /** Converts a client X coordinate to a day, for dragging. */
  dayAt(clientX: number): number;
}

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

export function TimelineHandle({ label, day, min, max, x, onChange, dayAt }: TimelineHandleProps) {
  const dragging = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    let next: number | null = null;
    if (e.key in KEY_STEPS) next = day + KEY_STEPS[e.key]! * (e.shiftKey && !e.key.startsWith('Page') ? 7 : 1);
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    onChange(clampDay(next, min, max));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    e.preventDefault();
    e.stopPropagation();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) onChange(clampDay(dayAt(e.clientX), min, max));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const iso = dayToIso(day);
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={day}
      aria-valuetext={iso}
      aria-orientation="horizontal"
      className={`timeline-handle timeline-handle--${label === 'Timeline start' ? 'start' : 'end'}`}
      style={{ left: `${x}px` }}
      title={`${label}: ${iso}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span className="timeline-handle__date">{iso}</span>
    </div>
  );
}
