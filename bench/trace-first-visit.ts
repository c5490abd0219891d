// One first visit of the built app in Chromium, recorded with the DevTools trace (CDP Tracing) and
// summarised: every network request of the page and its worker (start, response, finish), the
// app's own performance marks (src/shared/ui/perf-marks.ts) on the same clock, and the longest
// tasks of each thread with what ran in them. Prints a breakdown; asserts nothing.
// Run with `node bin/ts-run.mjs bench/trace-first-visit.ts [--dist DIR] [--out trace.json]`.
import { preview } from 'vite';
import { writeFileSync } from 'node:fs';
import { freePort, launchBrowser } from '../test/e2e/harness.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; [k: string]: unknown };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'loading',
  'toplevel',
];

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function traceOnce(url: string): Promise<TraceEvent[]> {
  const s = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  try {
    const cdp = await s.context.newCDPSession(s.page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    // As in bench/browser.ts: a fresh browser first starts its own UI (a "WebUI Top Renderer"
    // process evaluating its modules), which a user's running browser has long done.
    await s.page.goto('about:blank');
    await s.page.waitForTimeout(1500);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
    await s.page.goto(url);
    await s.page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    // The frame that paints the marker.
    await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await s.page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await s.close();
  }
}

function summarise(events: TraceEvent[]): void {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame && String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').startsWith('http'));
  const t0 = nav?.ts ?? events.reduce((m, e) => (e.ts > 0 && e.ts < m ? e.ts : m), Infinity);
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  const thread = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
  // Only the app's renderer (the process that navigated to it): the browser's own UI renderers
  // have threads of the same names.
  const pagePid = nav?.pid;

  console.log('-- requests (ms from navigation: sent / response / finished, bytes)');
  const reqs = new Map<string, { url: string; send: number; resp?: number; fin?: number; len?: number }>();
  for (const e of events) {
    const d = e.args?.data as Record<string, unknown> | undefined;
    if (!d) continue;
    const id = String(d.requestId ?? '');
    if (e.name === 'ResourceSendRequest') reqs.set(id, { url: String(d.url), send: e.ts });
    else if (e.name === 'ResourceReceiveResponse' && reqs.has(id)) reqs.get(id)!.resp = e.ts;
    else if (e.name === 'ResourceFinish' && reqs.has(id)) {
      const r = reqs.get(id)!;
      r.fin = e.ts;
      r.len = Number(d.encodedDataLength ?? 0);
    }
  }
  for (const r of [...reqs.values()].filter((r) => r.url.startsWith('http')).sort((a, b) => a.send - b.send)) {
    console.log(`${ms(r.send)} ${r.resp ? ms(r.resp) : '    ?'} ${r.fin ? ms(r.fin) : '    ?'}  ${String(r.len ?? '?').padStart(9)}  ${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
  }

  console.log('-- marks and measures (performance.mark / measure in the app and worker)');
  for (const e of events.filter((e) => e.cat.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')).sort((a, b) => a.ts - b.ts)) {
    if (!e.name.startsWith('dl:')) continue;
    console.log(`${ms(e.ts)}  ${thread(e).padEnd(22)} ${e.name}`);
  }
  const begins = new Map<string, TraceEvent>();
  for (const e of events.filter((e) => e.cat.includes('blink.user_timing') && (e.ph === 'b' || e.ph === 'e')).sort((a, b) => a.ts - b.ts)) {
    if (!e.name.startsWith('dl:')) continue;
    const key = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === 'b') begins.set(key, e);
    else if (begins.has(key)) {
      const b = begins.get(key)!;
      console.log(`${ms(b.ts)}-${ms(e.ts)} ${((e.ts - b.ts) / 1000).toFixed(0).padStart(5)} ms  ${thread(e).padEnd(22)} ${e.name}`);
    }
  }

  console.log('-- tasks over 30 ms per thread (start, duration, what ran inside)');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 30_000 && e.ts >= t0);
  const inner = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 5_000 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
  for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
    const name = thread(t);
    if (!/CrRendererMain|DedicatedWorker|Worker/.test(name) || (pagePid !== undefined && t.pid !== pagePid)) continue;
    const kids = inner
      .filter((k) => k.pid === t.pid && k.tid === t.tid && k.ts >= t.ts && k.ts + (k.dur ?? 0) <= t.ts + (t.dur ?? 0))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map((k) => {
        const d = k.args?.data as Record<string, unknown> | undefined;
        const what = d?.url ? String(d.url).replace(/^.*\//, '') : d?.functionName ? String(d.functionName) : '';
        return `${k.name}${what ? `(${what})` : ''} ${((k.dur ?? 0) / 1000).toFixed(0)}`;
      });
    console.log(`${ms(t.ts)} ${((t.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${name.padEnd(22)} ${kids.join(', ')}`);
  }
  const paints = events.filter((e) => e.name === 'firstContentfulPaint' || e.name === 'firstMeaningfulPaint' || e.name === 'largestContentfulPaint::Candidate');
  for (const p of paints) console.log(`${ms(p.ts)}  ${p.name}`);
}

const dist = arg('--dist') ?? 'dist';
const port = await freePort();
const server = await preview({ build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
try {
  const events = await traceOnce(`http://127.0.0.1:${port}/`);
  const out = arg('--out');
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
  summarise(events);
} finally {
  await server.close();
}
