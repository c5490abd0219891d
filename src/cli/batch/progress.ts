// The progress line of a batch on a terminal: articles done (of how many, when known), rate, time
// left, events and failures, redrawn in place on stderr at most a few times a second. Off when
// stderr is not a terminal, so logs and pipes get only the per-article failures and the summary.

export interface ProgressState {
  done: number;
  failed: number;
  events: number;
}

export class Progress {
  private lastDraw = 0;
  private drawn = false;
  private readonly t0: number;

  constructor(
    private readonly write: (chunk: string) => void,
    readonly enabled: boolean,
    private total: number | undefined,
    /** Items skipped by a resume: they count as done but not toward the rate. */
    private readonly skipped = 0,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.t0 = now();
  }

  setTotal(total: number | undefined): void {
    this.total = total;
  }

  update(state: ProgressState, force = false): void {
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < 150) return;
    this.lastDraw = t;
    this.drawn = true;
    this.write(`\r\u001b[K${this.line(state, t)}`);
  }

  line(state: ProgressState, t = this.now()): string {
    const fmt = (n: number) => n.toLocaleString('en');
    const seconds = (t - this.t0) / 1000;
    const rate = seconds > 0 ? (state.done - this.skipped) / seconds : 0;
    const total = this.total !== undefined ? Math.max(this.total, state.done) : undefined;
    const parts = [`dateline batch  ${fmt(state.done)}${total !== undefined ? ` / ${fmt(total)}` : ''} articles`];
    if (total) parts.push(`${Math.floor((100 * state.done) / total)}%`);
    parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
    if (total !== undefined && rate > 0) parts.push(`ETA ${clock((total - state.done) / rate)}`);
    parts.push(`${fmt(state.events)} events`);
    if (state.failed) parts.push(`${fmt(state.failed)} failed`);
    return parts.join('  ');
  }

  /** Clears the line, so the summary and any message start on a clean one. */
  clear(): void {
    if (this.enabled && this.drawn) this.write('\r\u001b[K');
    this.drawn = false;
  }
}

export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
