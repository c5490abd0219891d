// Play/pause for the time window: slides the window forward at a chosen speed and stops at the
// end. If the window covers everything when play starts, it first narrows to a tenth.
import { useCallback, useEffect, useRef, useState } from 'react';

interface Days {
  start: number;
  end: number;
}

export interface Playback {
  playing: boolean;
  speed: number;
  toggle(): void;
  setSpeed(s: number): void;
}

const TICK_MS = 400;

/** The window one playback step later, or null when it has reached the end. */
export function nextPlaybackWindow(w: Days, min: number, max: number, speed: number): Days | null {
  if (w.end >= max) return null;
  const span = max - min + 1;
  const step = Math.max(1, Math.round(span / 120)) * speed;
  const shift = Math.min(step, max - w.end);
  return { start: w.start + shift, end: w.end + shift };
}

export function usePlayback({ window, min, max, onWindow }: { window: Days; min: number; max: number; onWindow(w: Days): void }): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const state = useRef({ window, min, max, onWindow, speed });
  state.current = { window, min, max, onWindow, speed };

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = state.current;
      const next = nextPlaybackWindow(s.window, s.min, s.max, s.speed);
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
    if (s.window.end >= s.max) {
      // Restart from the beginning with the same width, or a tenth of the span if it was everything.
      const w = width >= s.max - s.min ? Math.max(0, Math.floor((s.max - s.min) / 10)) : width;
      s.onWindow({ start: s.min, end: s.min + w });
    }
    setPlaying(true);
  }, [playing]);

  return { playing, speed, toggle, setSpeed };
}
