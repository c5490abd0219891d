// The dashboard in Chromium, on the built app: the first visit (navigation -> first marker, and when
// the gazetteer request starts), then generated workspaces of 10,000 and 100,000 events imported
// through the real Import button, with the time for one move of the time window to reach a painted
// frame, and the longest tasks while panning and zooming. Also the size of every JS file shipped.
// Expects dist/ built; prints numbers, asserts nothing.
// Run alone with `node bin/ts-run.mjs bench/browser.ts [--sizes 10000,100000] [--visits 3] [--dist DIR]`, or as part of `npm run bench`.
import { preview } from 'vite';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { DatelineEvent, EventType, Mention, Place } from '../src/core/index.ts';
import type { WorkspaceArticle } from '../src/shared/model/workspace.ts';
import { serializeWorkspace } from '../src/features/workspace/workspace-file.ts';
import { freePort, launchBrowser, saveScreenshot } from '../test/e2e/harness.ts';
import { mulberry32 } from '../src/core/index.ts';

const TYPES: EventType[] = ['air_strike', 'drone_strike', 'missile_attack', 'shelling', 'raid', 'bombing', 'armed_clash', 'killing', 'withdrawal'];
const CITIES: Place[] = [
  { name: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'city', country: 'SY' },
  { name: 'Homs', lat: 34.73, lon: 36.72, precision: 'city', country: 'SY' },
  { name: 'Kharkiv', lat: 49.99, lon: 36.23, precision: 'city', country: 'UA' },
  { name: 'Gaza', lat: 31.5, lon: 34.47, precision: 'city', country: 'PS' },
  { name: 'Mosul', lat: 36.34, lon: 43.13, precision: 'city', country: 'IQ' },
  { name: "Sana'a", lat: 15.35, lon: 44.21, precision: 'city', country: 'YE' },
  { name: 'Khartoum', lat: 15.5, lon: 32.56, precision: 'city', country: 'SD' },
];
const COUNTRIES: Place[] = [
  { name: 'Syria', lat: 35, lon: 38, precision: 'country', country: 'SY' },
  { name: 'Ukraine', lat: 49, lon: 32, precision: 'country', country: 'UA' },
];

function isoDay(day: number): string {
  return new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A workspace of `total` events over `articles` articles, two years, seeded (the same every run). */
export function syntheticWorkspace(total = 10_000, articles = 20): string {
  const rand = mulberry32(42);
  const perArticle = Math.ceil(total / articles);
  const out: WorkspaceArticle[] = [];
  for (let a = 0; a < articles; a++) {
    let text = '';
    const events: DatelineEvent[] = [];
    const mentions: Mention[] = [];
    for (let i = 0; i < perArticle && a * perArticle + i < total; i++) {
      const type = TYPES[Math.floor(rand() * TYPES.length)]!;
      const coarse = rand() < 0.1;
      const base = coarse ? COUNTRIES[Math.floor(rand() * COUNTRIES.length)]! : CITIES[Math.floor(rand() * CITIES.length)]!;
      // Each town its own name: same-named towns of one country are one place to the cross-article
      // grouping, and would merge into far fewer incidents (and markers) than the events generated.
      const name = coarse ? base.name : `${base.name} ${a * perArticle + i}`;
      const place: Place = coarse ? base : { ...base, name, lat: base.lat + (rand() - 0.5) * 1.5, lon: base.lon + (rand() - 0.5) * 1.5 };
      const day = Math.floor(rand() * 730);
      const sentence = `Reports said a ${type.replace('_', ' ')} hit ${name} on day ${day}. `;
      const s0 = text.length;
      text += sentence;
      const trigger = { start: s0 + 16, end: s0 + 16 + type.length, text: sentence.slice(16, 16 + type.length) };
      const pStart = s0 + sentence.indexOf(name);
      const placeSpan = { start: pStart, end: pStart + name.length, text: name };
      const excerpt = { start: s0, end: s0 + sentence.length - 1, text: sentence.slice(0, -1) };
      const dStart = s0 + sentence.indexOf('on day');
      const undated = rand() < 0.03;
      const week = !undated && rand() < 0.15;
      events.push({
        id: `e${i}`,
        type,
        trigger,
        date: undated
          ? null
          : { start: isoDay(day), end: isoDay(day + (week ? 6 : 0)), precision: week ? 'week' : 'day', text: `on day ${day}`, basis: 'explicit', span: { start: dStart, end: dStart + 6 } },
        place,
        placeSpan,
        actors: {},
        fatalities: rand() < 0.3 ? { min: 1, max: Math.ceil(rand() * 20) } : null,
        excerpt,
        excerpts: [excerpt],
        confidence: 0.5 + rand() / 2,
      });
      mentions.push({ ...placeSpan, role: 'literal', place, score: 0.9, reason: 'synthetic', alternatives: [] });
    }
    out.push({
      id: `bench-${a}`,
      title: `Synthetic report ${a + 1}`,
      text,
      published: isoDay(730),
      addedAt: '2024-01-01T00:00:00.000Z',
      analysis: { schemaVersion: 1, article: { published: isoDay(730), length: text.length }, sections: [], mentions, dates: [], events, warnings: [] },
    });
  }
  return serializeWorkspace(out, [], '2024-01-01T00:00:00.000Z');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

/** True when dist/ holds React's development build (vite build run under NODE_ENV=test, e.g. from vitest). */
function isDevelopmentBuild(): boolean {
  try {
    return readdirSync('dist/assets').some((f) => /^index-.*\.js$/.test(f) && readFileSync(path.join('dist/assets', f), 'utf8').includes('jsxDEV'));
  } catch {
    return false;
  }
}

/** Every JS file in dist/assets, raw / gzip -9 / brotli, and the total of what the app loads as code. */
export function jsSizeTable(dir = 'dist/assets'): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let gz = 0;
  let br = 0;
  let raw = 0;
  for (const f of files.sort()) {
    const buf = readFileSync(path.join(dir, f));
    const g = gzipSync(buf, { level: 9 }).length;
    const b = brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += buf.length;
    gz += g;
    br += b;
    console.log(`js         ${f.padEnd(40)} ${(buf.length / 1024).toFixed(1).padStart(8)} KB  gzip ${(g / 1024).toFixed(1).padStart(6)} KB  br ${(b / 1024).toFixed(1).padStart(6)} KB`);
  }
  console.log(`js         total ${files.length} files: ${(raw / 1024).toFixed(1)} KB, gzip -9 ${(gz / 1024).toFixed(1)} KB, brotli ${(br / 1024).toFixed(1)} KB`);
  const data = path.join(path.dirname(dir), 'data');
  try {
    for (const f of readdirSync(data, { recursive: true }) as string[]) {
      const full = path.join(data, f);
      if (statSync(full).isFile()) console.log(`data       ${f.padEnd(40)} ${(statSync(full).size / 1024).toFixed(1).padStart(8)} KB`);
    }
  } catch {
    // no data dir: nothing to list
  }
}

/**
 * True in the page once the status line counts at least n articles, settled (the counts show only
 * when no analysis runs), and, with markers, the map shows some. Articles, not events: the
 * cross-article grouping merges some generated country-level events into one incident (same type,
 * place and day), so the event count ends a little under the number generated.
 */
function countReached({ n, markers }: { n: number; markers: boolean }): boolean {
  const count = Number(/(\d[\d,]*) articles? · \d/.exec(document.querySelector('.topbar__status')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  return count >= n && (!markers || document.querySelector('.ev-marker, .ev-cluster') !== null);
}

/** The event count the status line shows. */
async function eventCount(page: Page): Promise<number> {
  return Number(/(\d[\d,]*) events?/.exec((await page.locator('.topbar__status').textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);
}

async function firstVisit(url: string): Promise<{ ms: number; gazStart: number | null; gazEnd: number | null; analysis: string | null; marks: string[] }> {
  const s = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  try {
    // The gazetteer is fetched by the worker, whose requests the page's resource timing does not
    // list: they are timed from here, relative to the navigation.
    let gazStart: number | null = null;
    let gazEnd: number | null = null;
    // A fresh browser spends its first second or so starting its own UI (chrome:// pages seen in a
    // trace); a user's browser is already running, so the visit starts once that has settled.
    await s.page.goto('about:blank');
    await s.page.waitForTimeout(1500);
    const t0 = Date.now();
    s.context.on('request', (r) => {
      if (/data\/gazetteer/.test(r.url()) && gazStart === null) gazStart = Date.now() - t0;
    });
    s.context.on('requestfinished', (r) => {
      if (/data\/gazetteer/.test(r.url()) && gazEnd === null) gazEnd = Date.now() - t0;
    });
    await s.page.goto(url);
    await s.page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    const ms = Date.now() - t0;
    const analysis = /analysed in (\d+) ms/.exec((await s.page.locator('.topbar__status').textContent()) ?? '')?.[1] ?? null;
    // The page's own marks (src/shared/perf-marks.ts), from navigation; the worker's are in a trace
    // (bench/trace-first-visit.ts).
    await s.page.waitForTimeout(300);
    const marks = (await s.page.evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dl:')).map((m) => m.name.slice(3) + ' ' + Math.round(m.startTime))`)) as string[];
    return { ms, gazStart, gazEnd, analysis, marks };
  } finally {
    await s.close();
  }
}

/** Presses PageUp/PageDown on the start handle; each move is timed to the next painted frame. */
async function windowMoves(page: Page, n: number): Promise<{ work: number[]; paint: number[] }> {
  return (await page.evaluate(`(async () => {
    const slider = document.querySelector('[role="slider"][aria-label="Timeline start"]');
    const work = [], paint = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(performance.now()); ch.port2.postMessage(0); }));
    for (let i = 0; i < ${n}; i++) {
      await frame();
      const t = performance.now();
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: i < ${n / 2} ? 'PageUp' : 'PageDown', bubbles: true }));
      work.push(performance.now() - t);
      // The frame that follows the change: a rAF callback runs before that frame's paint, and a
      // message posted from it arrives once the frame has been handed to the compositor.
      const painted = await frame();
      paint.push(painted - t);
    }
    return { work, paint };
  })()`)) as { work: number[]; paint: number[] };
}

/** Zooms in and out with the zoom buttons and pans by dragging, collecting long tasks meanwhile. */
async function panZoom(page: Page): Promise<{ tasks: number[]; steps: number }> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
  })()`);
  const settle = () => page.evaluate(`new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 400))`);
  const box = (await page.locator('.event-map__leaflet').boundingBox())!;
  const cx = box.x + box.width * 0.45;
  const cy = box.y + box.height * 0.45;
  let steps = 0;
  for (let i = 0; i < 3; i++) {
    await page.locator('.leaflet-control-zoom-in').click();
    await settle();
    steps++;
  }
  for (const [dx, dy] of [[220, 0], [-160, 140], [0, -180]] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 8 });
    await page.mouse.up();
    await settle();
    steps++;
  }
  for (let i = 0; i < 3; i++) {
    await page.locator('.leaflet-control-zoom-out').click();
    await settle();
    steps++;
  }
  const tasks = (await page.evaluate('window.__longTasks')) as number[];
  return { tasks, steps };
}

async function workspaceAtScale(url: string, total: number): Promise<void> {
  const articles = Math.max(20, Math.ceil(total / 1000));
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-'));
  const file = path.join(dir, `workspace-${total}.json`);
  writeFileSync(file, syntheticWorkspace(total, articles));
  const mb = (statSync(file).size / 1e6).toFixed(1);
  const s = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  const { page } = s;
  try {
    await page.goto(url);
    await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    await page.locator('.workspace-drawer > summary').click();
    let t0 = Date.now();
    await page.getByLabel('Import workspace file').setInputFiles(file);
    await page.waitForFunction(countReached, { n: articles + 1, markers: false }, { timeout: 600_000, polling: 250 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const importMs = Date.now() - t0;

    t0 = Date.now();
    await page.reload();
    await page.waitForFunction(countReached, { n: articles + 1, markers: true }, { timeout: 600_000, polling: 250 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const reloadMs = Date.now() - t0;
    const domMarkers = await page.locator('.ev-marker, .ev-cluster').count();
    const shown = await eventCount(page);
    // Let start-up work (the basemap, store reads) finish: the moves measure the steady state.
    await page.waitForTimeout(2_000);
    const moves = await windowMoves(page, 30);
    const visible = (await page.locator('.timeline__count').textContent())?.trim();
    const shot = await saveScreenshot(page, `bench-${total}-events`);
    const pz = await panZoom(page);
    const label = `${(total / 1000).toFixed(0)}k`;
    console.log(`browser    ${label}: ${total} events generated in ${articles} articles (file ${mb} MB), ${shown} after grouping, with the sample's; ${domMarkers} markers/clusters in the page at the fitted view`);
    console.log(`browser    ${label}: import -> drawn ${importMs} ms; reload from IndexedDB -> drawn ${reloadMs} ms`);
    console.log(`browser    ${label}: time-window move (${moves.paint.length} key presses): to painted frame ${fmt(moves.paint)}; synchronous work ${fmt(moves.work)}`);
    const over200 = pz.tasks.filter((t) => t > 200).length;
    console.log(`browser    ${label}: pan/zoom (${pz.steps} steps): ${pz.tasks.length} long tasks, longest ${pz.tasks.length ? Math.max(...pz.tasks).toFixed(0) : 0} ms, ${over200} over 200 ms`);
    console.log(`browser    ${label}: after moves: ${visible} (screenshot: ${path.relative(process.cwd(), shot)})`);
    if (s.errors.length) console.log(`browser    ${label}: page errors: ${s.errors.slice(0, 3).join(' | ')}`);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBrowserBench(opts: { sizes?: number[]; visits?: number; dist?: string } = {}): Promise<void> {
  const dist = opts.dist ?? 'dist';
  if (isDevelopmentBuild()) console.log('browser    WARNING: dist/ holds a development React build (built under NODE_ENV=test?); these numbers are pessimistic');
  jsSizeTable(path.join(dist, 'assets'));
  const port = await freePort();
  // --dist serves another build (an older one kept for a before/after) the same way.
  const server = await preview({ build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
  const url = `http://127.0.0.1:${port}/`;
  try {
    // First visit, fresh profile each time: the worker fetches and loads the gazetteer and the
    // tagger model, analyses the sample article and the map draws it.
    const visits = [];
    for (let i = 0; i < (opts.visits ?? 3); i++) visits.push(await firstVisit(url));
    const ms = visits.map((v) => v.ms);
    const g = visits.map((v) => (v.gazStart === null ? 'not seen by the page' : `${v.gazStart.toFixed(0)}-${v.gazEnd!.toFixed(0)} ms`));
    for (const v of visits) console.log(`browser    first visit marks (ms): ${v.marks.join(', ')}`);
    console.log(`browser    first visit -> first marker (${visits.length} fresh profiles): ${ms.join(', ')} ms (best ${Math.min(...ms)} ms); gazetteer request ${g.join(', ')}; the sample's analysis ${visits.map((v) => v.analysis ?? '?').join(', ')} ms`);
    for (const n of opts.sizes ?? [10_000, 100_000]) await workspaceAtScale(url, n);
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = arg('--sizes')?.split(',').map(Number).filter((n) => n > 0);
  const visits = arg('--visits');
  const dist = arg('--dist');
  await runBrowserBench({ ...(sizes ? { sizes } : {}), ...(visits ? { visits: Number(visits) } : {}), ...(dist ? { dist } : {}) });
}
