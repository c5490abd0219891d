// The timeline: a histogram of events over a time axis, day-precise events as ticks and coarser
// dates as bars, a brushable window with two keyboard sliders, and play/pause with speed.
import { useEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc } from 'd3-scale';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { DateValue, DatelineEvent } from '../../core/index.ts';
import { clampDay, dayToDate, dayToIso, isoToDay } from './days.ts';
import { histogram } from './histogram.ts';
import { TimelineHandle } from './TimelineHandle.tsx';
import { useElementWidth } from './use-element-width.ts';
import { usePlayback } from './use-playback.ts';
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
}

const MARGIN = { left: 16, right: 16 };
const HIST_H = 56;
const LANE_H = 26;
const AXIS_H = 20;
const TRACK_H = HIST_H + LANE_H;

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
  const win: TimeWindowDays = { start: clampDay(isoToDay(props.window.start), d0, d1), end: clampDay(isoToDay(props.window.end), d0, d1) };
  const x = useMemo(() => scaleUtc().domain([dayToDate(d0), dayToDate(d1 + 1)]).range([0, innerW]), [d0, d1, innerW]);
  const xDay = (day: number) => x(dayToDate(day));
  // Fractional day at a pixel, so rounding snaps to the nearest day boundary.
  const boundaryAt = (px: number) => Math.round(x.invert(px).getTime() / 86_400_000);

  const onWindowRef = useRef(props.onWindow);
  onWindowRef.current = props.onWindow;
  const winRef = useRef(win);
  winRef.current = win;
  const emit = (w: TimeWindowDays) => onWindowRef.current({ start: dayToIso(w.start), end: dayToIso(w.end) });

  const bins = useMemo(() => histogram(props.events.map((e) => e.date), d0, d1), [props.events, d0, d1]);
  // A reduce, not Math.max(...counts): a span of centuries has more bins than the call stack holds.
  const maxCount = bins.reduce((m, b) => Math.max(m, b.count), 1);
  const marks = useMemo(() => {
    let ticks = '';
    let bars = '';
    for (const e of props.events) {
      if (!e.date) continue;
      const s = isoToDay(e.date.start);
      const en = isoToDay(e.date.end);
      if (e.date.precision === 'day' || e.date.precision === 'part-of-day' || s === en) {
        const px = Math.round(x(dayToDate(s)) + (x(dayToDate(s + 1)) - x(dayToDate(s))) / 2) + 0.5;
        ticks += `M${px} ${HIST_H + 3}V${HIST_H + 12}`;
      } else {
        const a = x(dayToDate(Math.max(s, d0)));
        const b = x(dayToDate(Math.min(en, d1) + 1));
        bars += `M${a} ${HIST_H + 16}H${Math.max(a + 2, b)}V${HIST_H + 22}H${a}Z`;
      }
    }
    return { ticks, bars };
  }, [props.events, x, d0, d1]);

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

  const play = usePlayback({ window: win, min: d0, max: d1, onWindow: emit });
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
        <p className="timeline__count" aria-live="polite">
          <strong>{props.visibleCount}</strong> of {datedTotal} dated event{datedTotal === 1 ? '' : 's'} in {dayToIso(win.start)} – {dayToIso(win.end)}
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
            <path d={marks.ticks} className="timeline__ticks" />
            <path d={marks.bars} className="timeline__bars" />
            {props.selectedDate && (
              <rect
                className="timeline__selected"
                x={xDay(clampDay(isoToDay(props.selectedDate.start), d0, d1)) - 1}
                width={Math.max(3, xDay(clampDay(isoToDay(props.selectedDate.end), d0, d1) + 1) - xDay(clampDay(isoToDay(props.selectedDate.start), d0, d1)))}
                y={1}
                height={HIST_H + 22}
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
          <TimelineHandle label="Timeline start" day={win.start} min={d0} max={win.end} x={xDay(win.start)} onChange={(d) => emit({ start: d, end: win.end })} dayAt={(cx) => dayAtClient(cx)} />
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
