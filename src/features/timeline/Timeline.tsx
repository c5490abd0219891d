// The timeline: a histogram of the events dated to a day over a time axis, with their ticks, and
// a row of bars below for the events dated only to a week, a month or a range (one bar across
// the whole range, never a made-up day); a brushable window with keyboard sliders that moves or
// grows (cumulative), and play/pause with speed that skips empty stretches.
import { useEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc } from 'd3-scale';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { DateValue, DatelineEvent } from '../../core/index.ts';
import { clampDay, dayToDate, dayToIso, isoToDay } from './days.ts';
import { histogram } from './histogram.ts';
import { TimelineHandle } from './TimelineHandle.tsx';
import { useElementWidth } from './use-element-width.ts';
import { usePlayback, type EventDays } from './use-playback.ts';
import { packSpans } from './spans.ts';
import './Timeline.css';

export interface TimeWindowDays {
  start: number;
  end: number;
}

export interface TimelineProps {
  /** Dated events passing the filters, inside the window or not. */
  events: readonly Pick<DatelineEvent, 'date' | 'id'>[];
  /** First and last day the axis shows (YYYY-MM-DD). */
  domain: { start: string; end: string };
  window: { start: string; end: string };
  onWindow(w: { start: string; end: string }): void;
  visibleCount: number;
  undatedCount: number;
  /** The selected event's date, drawn in the accent colour so the timeline shows where it sits. */
  selectedDate?: DateValue | null;
  /** 'cumulative': the window's start stays at the first date and only its end moves. */
  mode?: 'moving' | 'cumulative';
  onMode?(mode: 'moving' | 'cumulative'): void;
}

const MARGIN = { left: 16, right: 16 };
const HIST_H = 50;
/** The ticks of day-dated events sit just under the histogram. */
const TICK_Y = HIST_H + 3;
/** The spans row: up to SPAN_LANES stacked lanes of bars. */
const SPANS_Y = HIST_H + 16;
const SPAN_LANES = 3;
const SPAN_LANE_H = 6;
const LANE_H = 16 + SPAN_LANES * SPAN_LANE_H;
const AXIS_H = 20;
const TRACK_H = HIST_H + LANE_H;

/** Dated to one day (or part of one): a tick and a histogram count. Anything longer is a span. */
export function isDayPrecise(d: DateValue): boolean {
  return d.precision === 'day' || d.precision === 'part-of-day' || d.start === d.end;
}

export function Timeline(props: TimelineProps) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>(800);
  const innerW = Math.max(100, width - MARGIN.left - MARGIN.right);
  const full0 = isoToDay(props.domain.start);
  const full1 = Math.max(full0, isoToDay(props.domain.end));
  // Zooming the axis to the window (UI state only): a few days can then be read among years.
  const [zoom, setZoom] = useState<TimeWindowDays | null>(null);
  const zoomed = zoom !== null && Math.max(full0, zoom.start) <= Math.min(full1, zoom.end);
  const d0 = zoomed ? Math.max(full0, zoom.start) : full0;
  const d1 = zoomed ? Math.min(full1, zoom.end) : full1;
  const rawStart = isoToDay(props.window.start);
  const rawEnd = isoToDay(props.window.end);
  // A window moved outside the zoomed axis (by a selection elsewhere) brings the full axis back.
  useEffect(() => {
    if (zoomed && (rawStart < d0 || rawEnd > d1)) setZoom(null);
  }, [zoomed, rawStart, rawEnd, d0, d1]);
  const cumulative = props.mode === 'cumulative';
  const win: TimeWindowDays = { start: cumulative ? d0 : clampDay(isoToDay(props.window.start), d0, d1), end: clampDay(isoToDay(props.window.end), d0, d1) };
  const x = useMemo(() => scaleUtc().domain([dayToDate(d0), dayToDate(d1 + 1)]).range([0, innerW]), [d0, d1, innerW]);
  const xDay = (day: number) => x(dayToDate(day));
  // Fractional day at a pixel, so rounding snaps to the nearest day boundary.
  const boundaryAt = (px: number) => Math.round(x.invert(px).getTime() / 86_400_000);

  const onWindowRef = useRef(props.onWindow);
  onWindowRef.current = props.onWindow;
  const winRef = useRef(win);
  winRef.current = win;
  const modeRef = useRef(cumulative);
  modeRef.current = cumulative;
  // A cumulative window always starts at the first date of the axis.
  const emit = (w: TimeWindowDays) => onWindowRef.current({ start: dayToIso(modeRef.current ? full0 : w.start), end: dayToIso(w.end) });

  // Only day-dated events are counted by day: a month-dated one counted in thirty daily bins
  // would read as thirty days of events. Spans get their own row.
  const dayDates = useMemo(() => props.events.flatMap((e) => (e.date && isDayPrecise(e.date) ? [e.date] : [])), [props.events]);
  const spanDates = useMemo(() => props.events.flatMap((e) => (e.date && !isDayPrecise(e.date) ? [e.date] : [])), [props.events]);
  const bins = useMemo(() => histogram(dayDates, d0, d1), [dayDates, d0, d1]);
  // A reduce, not Math.max(...counts): a span of centuries has more bins than the call stack holds.
  const maxCount = bins.reduce((m, b) => Math.max(m, b.count), 1);
  const days = useMemo<EventDays>(() => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const e of props.events) {
      if (!e.date) continue;
      starts.push(isoToDay(e.date.start));
      ends.push(isoToDay(e.date.end));
    }
    return { starts: starts.sort((a, b) => a - b), ends: ends.sort((a, b) => a - b) };
  }, [props.events]);
  const ticks = useMemo(() => {
    let d = '';
    for (const date of dayDates) {
      const s = isoToDay(date.start);
      if (s < d0 || s > d1) continue;
      const px = Math.round(x(dayToDate(s)) + (x(dayToDate(s + 1)) - x(dayToDate(s))) / 2) + 0.5;
      d += `M${px} ${TICK_Y}V${TICK_Y + 9}`;
    }
    return d;
  }, [dayDates, x, d0, d1]);
  const spans = useMemo(
    () =>
      packSpans(
        spanDates.map((d) => ({ start: isoToDay(d.start), end: isoToDay(d.end) })).filter((d) => d.end >= d0 && d.start <= d1),
        (day) => x(dayToDate(day)),
        SPAN_LANES,
      ),
    [spanDates, x, d0, d1],
  );
  const bars = useMemo(() => {
    let all = '';
    let inside = '';
    for (const b of spans) {
      const a = x(dayToDate(Math.max(b.start, d0)));
      const c = Math.max(a + 2, x(dayToDate(Math.min(b.end, d1) + 1)));
      const y = SPANS_Y + b.lane * SPAN_LANE_H;
      const path = `M${a} ${y}H${c}V${y + SPAN_LANE_H - 2}H${a}Z`;
      all += path;
      if (b.end >= win.start && b.start <= win.end) inside += path;
    }
    return { all, inside };
  }, [spans, x, d0, d1, win.start, win.end]);

  const brushG = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  /** True while the user drags the brush: the window then follows the brush, not the reverse. */
  const brushing = useRef(false);
  useEffect(() => {
    const g = brushG.current;
    if (!g) return;
    const sel = select<SVGGElement, unknown>(g);
    const b = brushX<unknown>()
      .extent([
        [0, 0],
        [innerW, TRACK_H],
      ])
      .on('start brush end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return; // our own brush.move below
        brushing.current = ev.type !== 'end';
        if (ev.type === 'start') return;
        if (!ev.selection) {
          // A click without a drag keeps the current window (drawn, unless it is everything).
          const w = winRef.current;
          b.move(sel, w.start === d0 && w.end === d1 ? null : [xDay(w.start), xDay(w.end + 1)]);
          return;
        }
        const [a, c] = ev.selection as [number, number];
        const s = clampDay(boundaryAt(a), d0, d1);
        const en = clampDay(Math.max(s, boundaryAt(c) - 1), d0, d1);
        emit({ start: s, end: en });
        if (ev.type === 'end') b.move(sel, [xDay(s), xDay(en + 1)]);
      });
    sel.call(b);
    brush.current = b;
    return () => {
      b.on('start brush end', null);
      sel.on('.brush', null);
    };
    // x is derived from these; rebuilding on each render would drop an ongoing drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [innerW, d0, d1]);

  useEffect(() => {
    const g = brushG.current;
    // A window over the whole span is shown without a brush selection, so a drag anywhere on
    // the axis draws a new window instead of dragging an all-covering one.
    const whole = win.start === d0 && win.end === d1;
    if (g && brush.current && !brushing.current) brush.current.move(select<SVGGElement, unknown>(g), whole ? null : [xDay(win.start), xDay(win.end + 1)]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [win.start, win.end, innerW, d0, d1]);

  const play = usePlayback({ window: win, min: d0, max: d1, onWindow: emit, days, mode: cumulative ? 'cumulative' : 'moving' });
  const axisTicks = x.ticks(Math.max(2, Math.floor(innerW / 110)));
  const fmt = x.tickFormat(Math.max(2, Math.floor(innerW / 110)));
  const datedTotal = props.events.length;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline__bar">
        <button type="button" className="btn btn--small" aria-label={play.playing ? 'Pause' : 'Play'} onClick={play.toggle} disabled={d0 === d1}>
          {play.playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <label className="timeline__speed">
          Speed{' '}
          <select value={play.speed} onChange={(e) => play.setSpeed(Number(e.target.value))}>
            {[1, 2, 4, 8].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn--small btn--quiet"
          onClick={() => {
            setZoom(null);
            emit({ start: full0, end: full1 });
          }}
        >
          Show all dates
        </button>
        {zoomed ? (
          <button type="button" className="btn btn--small btn--quiet" onClick={() => setZoom(null)}>
            Full axis
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--small btn--quiet"
            disabled={win.start === d0 && win.end === d1}
            title="Stretch the axis to the window"
            onClick={() => {
              const pad = Math.max(2, Math.round((win.end - win.start) * 0.15));
              setZoom({ start: win.start - pad, end: win.end + pad });
            }}
          >
            Zoom axis to window
          </button>
        )}
        {props.onMode && (
          <label className="timeline__mode" title="A moving window slides both ends; a cumulative one keeps its start at the first date and moves only its end">
            Window{' '}
            <select
              value={cumulative ? 'cumulative' : 'moving'}
              onChange={(e) => {
                const next = e.target.value === 'cumulative' ? 'cumulative' : 'moving';
                props.onMode?.(next);
                if (next === 'cumulative') onWindowRef.current({ start: dayToIso(full0), end: dayToIso(win.end) });
              }}
            >
              <option value="moving">moving</option>
              <option value="cumulative">cumulative</option>
            </select>
          </label>
        )}
        <p className="timeline__count" aria-live="polite">
          <strong>{props.visibleCount}</strong> of {datedTotal} dated event{datedTotal === 1 ? '' : 's'} in {dayToIso(win.start)} – {dayToIso(win.end)}
          {spanDates.length > 0 && (
            <>
              {' '}
              · <span className="timeline__key timeline__key--span" aria-hidden="true" /> {spanDates.length} dated only to a week, month or range
            </>
          )}
          {props.undatedCount > 0 && <> · {props.undatedCount} undated (listed apart)</>}
        </p>
      </div>
      <div className="timeline__track" ref={wrapRef}>
        <svg width={width} height={TRACK_H + AXIS_H} className="timeline__svg" aria-hidden="true">
          <g transform={`translate(${MARGIN.left},0)`}>
            {bins.map((b) => {
              const a = xDay(b.start);
              const w = Math.max(1, xDay(b.end) - a - 1);
              const h = (b.count / maxCount) * (HIST_H - 6);
              const inside = b.end - 1 >= win.start && b.start <= win.end;
              return b.count > 0 ? <rect key={b.start} x={a} y={HIST_H - h} width={w} height={h} className={inside ? 'hist hist--in' : 'hist'} /> : null;
            })}
            <line x1={0} x2={innerW} y1={HIST_H + 0.5} y2={HIST_H + 0.5} className="timeline__baseline" />
            <path d={ticks} className="timeline__ticks" />
            <path d={bars.all} className="timeline__bars" />
            <path d={bars.inside} className="timeline__bars timeline__bars--in" />
            {props.selectedDate && (
              <rect
                className="timeline__selected"
                x={xDay(clampDay(isoToDay(props.selectedDate.start), d0, d1)) - 1}
                width={Math.max(3, xDay(clampDay(isoToDay(props.selectedDate.end), d0, d1) + 1) - xDay(clampDay(isoToDay(props.selectedDate.start), d0, d1)))}
                y={1}
                height={TRACK_H - 2}
              />
            )}
            <g transform={`translate(0,${TRACK_H})`} className="timeline__axis">
              <line x1={0} x2={innerW} y1={0.5} y2={0.5} />
              {axisTicks.map((t) => (
                <g key={t.getTime()} transform={`translate(${x(t)},0)`}>
                  <line y1={0} y2={5} />
                  <text y={16} textAnchor="middle">
                    {fmt(t)}
                  </text>
                </g>
              ))}
            </g>
            <g ref={brushG} className="timeline__brush" />
          </g>
        </svg>
        <div className="timeline__handles" style={{ left: MARGIN.left, width: innerW }}>
          {!cumulative && (
            <TimelineHandle label="Timeline start" day={win.start} min={d0} max={win.end} x={xDay(win.start)} onChange={(d) => emit({ start: d, end: win.end })} dayAt={(cx) => dayAtClient(cx)} />
          )}
          <TimelineHandle label="Timeline end" day={win.end} min={win.start} max={d1} x={xDay(win.end + 1)} onChange={(d) => emit({ start: win.start, end: d })} dayAt={(cx) => dayAtClient(cx) - 1} />
        </div>
      </div>
    </section>
  );

  function dayAtClient(clientX: number): number {
    const r = wrapRef.current?.getBoundingClientRect();
    return boundaryAt(clientX - (r?.left ?? 0) - MARGIN.left);
  }
}
