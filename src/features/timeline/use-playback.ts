// Play/pause for the time window: moves the window forward at a chosen speed and stops at the
// end. A moving window slides (both ends); a cumulative one grows (its start stays at the first
// date). A step that would change nothing on screen is skipped, so playback jumps over empty
// stretches to the next event instead of crawling through empty years.
import { useCallback, useEffect, useRef, useState } from 'react';

interface Days {
  start: number;
  end: number;
}

/** The events' first and last days (days since epoch), each list sorted ascending. */
export interface EventDays {
  starts: readonly number[];
  ends: readonly number[];
}

export type PlaybackMode = 'moving' | 'cumulative';

export interface Playback {
  playing: boolean;
  speed: number;
  toggle(): void;
  setSpeed(s: number): void;
}

const TICK_MS = 400;

/** The smallest value above x in an ascending list, or Infinity. */
function firstAbove(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}

/**
 * The window one playback step later, or null when it has reached the end. With the events'
 * days, a step in which no event would come into the window (and, for a moving window, none
 * would leave it) becomes a jump to the next such change.
 */
export function nextPlaybackWindow(w: Days, min: number, max: number, speed: number, days?: EventDays, mode: PlaybackMode = 'moving'): Days | null {
  if (w.end >= max) return null;
  const span = max - min + 1;
  const step = Math.max(1, Math.round(span / 120)) * speed;
  let shift = Math.min(step, max - w.end);
  if (days) {
    // An event comes in when the end reaches its first day; it goes out when the start passes its last.
    const enter = firstAbove(days.starts, w.end) - w.end;
    const leave = mode === 'moving' ? firstAbove(days.ends, w.start - 1) + 1 - w.start : Infinity;
    const change = Math.min(enter, leave);
    if (change > shift) shift = Math.min(change, max - w.end);
  }
  return mode === 'cumulative' ? { start: w.start, end: w.end + shift } : { start: w.start + shift, end: w.end + shift };
}

export function usePlayback({ window, min, max, onWindow, days, mode = 'moving' }: { window: Days; min: number; max: number; onWindow(w: Days): void; days?: EventDays; mode?: PlaybackMode }): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const state = useRef({ window, min, max, onWindow, speed, days, mode });
  state.current = { window, min, max, onWindow, speed, days, mode };

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = state.current;
      const next = nextPlaybackWindow(s.window, s.min, s.max, s.speed, s.days, s.mode);
      if (next) s.onWindow(next);
      else setPlaying(false);
    }, TICK_MS);
    return () => clearInterval(id);
  }, [playing]);

  const toggle = useCallback(() => {
    const s = state.current;
    if (playing) {
      setPlaying(false);
      return;
    }
    const width = s.window.end - s.window.start;
    if (s.mode === 'cumulative') {
      // Grow from the first date: at the end (or showing everything), start over from nothing.
      if (s.window.end >= s.max) s.onWindow({ start: s.min, end: s.min });
    } else if (s.window.end >= s.max) {
      // Restart from the beginning with the same width, or a tenth of the span if it was everything.
      const w = width >= s.max - s.min ? Math.max(0, Math.floor((s.max - s.min) / 10)) : width;
      s.onWindow({ start: s.min, end: s.min + w });
    }
    setPlaying(true);
  }, [playing]);

  return { playing, speed, toggle, setSpeed };
}
