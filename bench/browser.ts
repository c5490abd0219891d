// The dashboard under load: a generated workspace of 10,000 events imported through the real
// Import button, then the time to render it (import, and again after a reload from IndexedDB) and
// the time for one move of the time window to reach the map. Expects dist/ built; prints numbers.
// Run alone with `node bin/ts-run.mjs bench/browser.ts`, or as part of `npm run bench`.
import { preview } from 'vite';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatelineEvent, EventType, Mention, Place } from '../src/core/index.ts';
import type { WorkspaceArticle } from '../src/shared/model/workspace.ts';
import { serializeWorkspace } from '../src/features/workspace/workspace-file.ts';
import { freePort, launchBrowser, saveScreenshot } from '../test/e2e/harness.ts';
import { mulberry32 } from '../src/core/index.ts';

const TOTAL_EVENTS = 10_000;
const ARTICLES = 20;
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

export function syntheticWorkspace(total = TOTAL_EVENTS, articles = ARTICLES): string {
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
      const place: Place = coarse ? base : { ...base, lat: base.lat + (rand() - 0.5) * 1.5, lon: base.lon + (rand() - 0.5) * 1.5 };
      const day = Math.floor(rand() * 730);
      const sentence = `Reports said a ${type.replace('_', ' ')} hit ${base.name} on day ${day}. `;
      const s0 = text.length;
      text += sentence;
      const trigger = { start: s0 + 16, end: s0 + 16 + type.length, text: sentence.slice(16, 16 + type.length) };
      const pStart = s0 + sentence.indexOf(base.name);
      const placeSpan = { start: pStart, end: pStart + base.name.length, text: base.name };
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

/** True when dist/ holds React's development build (vite build run under NODE_ENV=test, e.g. from vitest). */
function isDevelopmentBuild(): boolean {
  try {
    return readdirSync('dist/assets').some((f) => /^index-.*\.js$/.test(f) && readFileSync(path.join('dist/assets', f), 'utf8').includes('jsxDEV'));
  } catch {
    return false;
  }
}

export async function runBrowserBench(): Promise<void> {
  if (isDevelopmentBuild()) console.log('browser    WARNING: dist/ holds a development React build (built under NODE_ENV=test?); these numbers are pessimistic');
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-'));
  const file = path.join(dir, 'workspace-10k.json');
  writeFileSync(file, syntheticWorkspace());
  const port = await freePort();
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
  const s = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  const { page } = s;
  const eventCount = async () => Number(/([\d,]+) events?/.exec((await page.locator('.topbar__status').textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  try {
    // First visit: the worker fetches and loads the gazetteer and the tagger model, analyses the
    // sample article and the map draws it. The status line says how long the analysis itself took.
    let t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    const firstVisitMs = Date.now() - t0;
    const sampleMs = /analysed in (\d+) ms/.exec((await page.locator('.topbar__status').textContent()) ?? '')?.[1];
    console.log(`browser    first visit -> sample drawn (engine fetched and loaded in the worker, gazetteer + tagger): ${firstVisitMs} ms; the sample's analysis itself: ${sampleMs ?? '?'} ms`);
    await page.locator('.workspace-drawer > summary').click();

    t0 = Date.now();
    await page.getByLabel('Import workspace file').setInputFiles(file);
    await page.waitForFunction((n) => /(\d[\d,]*) events?/.test(document.querySelector('.topbar__status')?.textContent ?? '') && Number(/(\d[\d,]*) events?/.exec(document.querySelector('.topbar__status')!.textContent!)![1]!.replace(/,/g, '')) >= n, TOTAL_EVENTS, { timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const importMs = Date.now() - t0;
    const total = await eventCount();

    t0 = Date.now();
    await page.reload();
    await page.waitForFunction((n) => Number(/(\d[\d,]*) events?/.exec(document.querySelector('.topbar__status')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0) >= n && document.querySelector('.ev-marker, .ev-cluster') !== null, TOTAL_EVENTS, { timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const reloadMs = Date.now() - t0;
    const domMarkers = await page.locator('.ev-marker, .ev-cluster').count();
    // Let start-up work (the basemap chunk, store reads) finish: the moves measure the steady state.
    await page.waitForTimeout(1_500);

    // One window move = key press on the slider -> React commit -> map layer rebuilt -> painted.
    // Passed as source text: tsx's name-keeping helpers do not exist inside the page. "work" is the
    // key press until React has committed and the map layers have been rebuilt (a macrotask later);
    // "paint" waits two animation frames more, which on a loaded machine is mostly waiting for CPU.
    const moves = (await page.evaluate(`(async () => {
      const slider = document.querySelector('[role="slider"][aria-label="Timeline start"]');
      const work = [], paint = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: i < 15 ? 'PageUp' : 'PageDown', bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        work.push(performance.now() - t);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        paint.push(performance.now() - t);
      }
      return { work, paint };
    })()`)) as { work: number[]; paint: number[] };
    const visible = (await page.locator('.timeline__count').textContent())?.trim();
    const shot = await saveScreenshot(page, 'bench-10k-events');
    console.log(`browser    ${total} events in ${ARTICLES + 1} articles; ${domMarkers} markers/clusters in the page at the fitted view`);
    console.log(`browser    import 10k-event workspace -> drawn: ${importMs} ms; reload from IndexedDB -> drawn: ${reloadMs} ms`);
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms`;
    console.log(`browser    time-window move (${moves.work.length} key presses): work ${fmt(moves.work)}; to paint ${fmt(moves.paint)}; first move ${moves.paint[0]!.toFixed(1)} ms`);
    console.log(`browser    after moves: ${visible} (screenshot: ${path.relative(process.cwd(), shot)})`);
    if (s.errors.length) console.log(`browser    page errors: ${s.errors.slice(0, 3).join(' | ')}`);
  } finally {
    await s.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runBrowserBench();
