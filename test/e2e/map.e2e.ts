// The map as a reader sees it, in Chromium on the built app: shapes across the antimeridian drawn
// whole and in place, country- and region-level events shown as areas with their marker at the
// area's label point, basemap names at every zoom that never cover a marker, no serious
// accessibility violation on the map, and the markers one Tab stop with arrow keys inside.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DatelineEvent, EventType, Place } from '../../src/core/index.ts';
import { countryPoint } from '../../src/shared/geo/display-point.ts';
import type { WorkspaceArticle } from '../../src/shared/model/workspace.ts';
import { serializeWorkspace } from '../../src/features/workspace/workspace-file.ts';
import { axeViolations, seriousOrWorse } from './axe.ts';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

let s: BrowserSession;
let page: Page;
let dir: string;

const PLACES: Record<string, Place> = {
  russia: { name: 'Russia', lat: 60, lon: 100, precision: 'country', country: 'RU', featureCode: 'PCLI' },
  fiji: { name: 'Fiji', lat: -18, lon: 178, precision: 'country', country: 'FJ', featureCode: 'PCLI' },
  provideniya: { name: 'Provideniya', lat: 64.42, lon: -173.23, precision: 'city', country: 'RU', featureCode: 'PPL' },
  donetsk: { name: 'Donetsk Oblast', lat: 48.145, lon: 37.793, precision: 'region', country: 'UA', featureCode: 'ADM1', geonameId: 709716 },
};

/** One article with one event per place, in words of our own. */
function workspaceFile(): string {
  let text = '';
  const events: DatelineEvent[] = [];
  const types: EventType[] = ['air_strike', 'shelling', 'drone_strike', 'shelling'];
  Object.values(PLACES).forEach((place, i) => {
    const sentence = `Officials said a strike hit ${place.name} on Tuesday. `;
    const s0 = text.length;
    text += sentence;
    const span = (word: string) => {
      const start = s0 + sentence.indexOf(word);
      return { start, end: start + word.length, text: word };
    };
    const excerpt = { start: s0, end: s0 + sentence.length - 1, text: sentence.trimEnd() };
    const day = `2022-03-0${i + 1}`;
    events.push({
      id: `e${i}`,
      type: types[i]!,
      trigger: span('strike'),
      date: { start: day, end: day, precision: 'day', text: 'on Tuesday', basis: 'explicit', span: span('on Tuesday') },
      place,
      placeSpan: span(place.name),
      actors: {},
      fatalities: null,
      excerpt,
      excerpts: [excerpt],
      confidence: 0.9,
    });
  });
  const article: WorkspaceArticle = {
    id: 'antimeridian',
    title: 'Across the antimeridian',
    text,
    published: '2022-03-08',
    addedAt: '2024-01-01T00:00:00.000Z',
    analysis: { schemaVersion: 1, article: { published: '2022-03-08', length: text.length }, sections: [], mentions: [], dates: [], events, warnings: [] },
  };
  return serializeWorkspace([article], [], '2024-01-01T00:00:00.000Z');
}

/** Container pixel of a point when the map is centred on (lat0, lon0) at `zoom` (Web Mercator). */
async function projector(lat0: number, lon0: number, zoom: number) {
  const box = (await page.locator('.event-map__leaflet').boundingBox())!;
  const scale = 256 * 2 ** zoom;
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  };
  return {
    box,
    at: (lat: number, lon: number) => ({ x: box.x + box.width / 2 + ((lon - lon0) / 360) * scale, y: box.y + box.height / 2 + (y(lat) - y(lat0)) * scale }),
  };
}

async function centre(selector: string) {
  const b = (await page.locator(selector).first().boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function openAt(lat: number, lon: number, zoom: number) {
  await page.goto(`${inject('baseURL')}?map=${lat},${lon},${zoom}`);
  await page.waitForFunction(() => /\d+ events?/.test(document.querySelector('.topbar__status')?.textContent ?? '') && !/Loading|Finding/.test(document.querySelector('.topbar__status')?.textContent ?? ''));
  // The basemap comes when the page is idle, the names once the worker has sent them.
  await page.waitForFunction(() => Number(document.querySelector('canvas.map-labels')?.getAttribute('data-places') ?? 0) > 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(400);
}

beforeAll(async () => {
  s = await launchBrowser();
  page = s.page;
  dir = mkdtempSync(path.join(tmpdir(), 'dateline-map-e2e-'));
  const file = path.join(dir, 'antimeridian.dateline.json');
  writeFileSync(file, workspaceFile());
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 90_000 });
  await page.locator('.workspace-drawer > summary').click();
  await page.getByLabel('Import workspace file').setInputFiles(file);
  await page.waitForFunction(() => /Imported "antimeridian\.dateline\.json"/.test(document.querySelector('.workspace-panel')?.textContent ?? ''), undefined, { timeout: 30_000 });
});

afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the antimeridian', () => {
  test('Russia is drawn whole and in place, not as a band across the world; Chukotka and its towns east of 180°', async () => {
    // Centred on Russia at zoom 2 the whole country is in view (the outline is not clipped).
    const [lat0, lon0, zoom] = [62, 105, 2];
    await openAt(lat0, lon0, zoom);
    const { at } = await projector(lat0, lon0, zoom);
    const outline = page.locator('path[data-area="c:RU"]');
    await expect.poll(() => outline.count()).toBeGreaterThan(0);
    const boxes = (await outline.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as DOMRect[];
    const world = 256 * 2 ** zoom;
    const x180 = at(65, 180).x;
    const main = boxes.find((b) => b.left < x180 && b.right > x180)!;
    expect(main, 'the outline crosses the 180th meridian in one piece').toBeDefined();
    // About Russia's width (170° of longitude, from the Baltic to past 180°), not the world's.
    expect(main.width).toBeLessThan(world * 0.55);
    expect(main.right - x180).toBeGreaterThan((8 / 360) * world);
    expect(x180 - main.left).toBeGreaterThan((140 / 360) * world);
    // A town at -173° is drawn beside Chukotka, east of 180°, not at the far west of the map.
    const town = await centre('.ev-marker[aria-label*="Provideniya"]');
    expect(town.x).toBeGreaterThan(x180);
    expect(Math.abs(town.x - at(64.42, 186.77).x)).toBeLessThan(3);
    await saveScreenshot(page, 'map-antimeridian-chukotka');
  });

  test('Fiji is drawn in one piece across 180°', async () => {
    await openAt(-17.5, 179, 6);
    const outline = page.locator('path[data-area="c:FJ"]');
    await expect.poll(() => outline.count()).toBeGreaterThan(0);
    const widths = (await outline.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) as number[];
    // Fiji spans about 7° of longitude; at zoom 6 that is some 320 pixels, the world 16,384.
    for (const w of widths) expect(w).toBeLessThan(600);
    await saveScreenshot(page, 'map-antimeridian-fiji');
  });
});

describe('country- and region-level events are areas', () => {
  test('a country-level event is the country outlined, its marker at the outline label point, styled and named as area-level', async () => {
    const [lat0, lon0, zoom] = [60, 105, 3];
    await openAt(lat0, lon0, zoom);
    const { at } = await projector(lat0, lon0, zoom);
    const m = page.locator('.ev-marker[data-precision="country"][aria-label*="Russia"]');
    await expect.poll(() => m.count()).toBe(1);
    expect(await m.getAttribute('aria-label')).toMatch(/country-level: somewhere in Russia/);
    expect(await m.locator('.ev-glyph--area').count()).toBe(1);
    const label = countryPoint('RU')!;
    const c = await centre('.ev-marker[data-precision="country"][aria-label*="Russia"]');
    const want = at(label.lat, label.lon);
    expect(Math.hypot(c.x - want.x, c.y - want.y)).toBeLessThan(3);
    // Not the gazetteer's point for Russia.
    const gaz = at(60, 100);
    expect(Math.hypot(c.x - gaz.x, c.y - gaz.y)).toBeGreaterThan(20);
    // A city pin looks different: no dashed ring.
    const city = page.locator('.ev-marker[data-precision="city"]').first();
    if (await city.count()) expect(await city.locator('.ev-glyph--area').count()).toBe(0);
    // The list says so too.
    const item = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'Russia' });
    expect(await item.first().textContent()).toContain('country-level');
    // And the legend explains the marker.
    expect(await page.locator('.map-legend').textContent()).toMatch(/Country- or region-level: somewhere in the dashed area/);
    await saveScreenshot(page, 'map-country-level-russia');
  });

  test('a region-level event is the region outlined, its marker at the region label point', async () => {
    const [lat0, lon0, zoom] = [48.2, 37.8, 6];
    await openAt(lat0, lon0, zoom);
    const { at } = await projector(lat0, lon0, zoom);
    await expect.poll(() => page.locator('path[data-area="r:709716"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const outline = (await page.locator('path[data-area="r:709716"]').first().boundingBox())!;
    // Donetsk Oblast is about 3° across: an outline, not a 90 km circle.
    expect(outline.width).toBeGreaterThan(80);
    const m = page.locator('.ev-marker[data-precision="region"]');
    expect(await m.getAttribute('aria-label')).toMatch(/region-level: somewhere in Donetsk Oblast/);
    const c = await centre('.ev-marker[data-precision="region"]');
    const want = at(48.145, 37.793);
    expect(Math.hypot(c.x - want.x, c.y - want.y)).toBeLessThan(3);
    await saveScreenshot(page, 'map-region-level-donetsk');
  });
});

describe('basemap names', () => {
  const labelsAndMarkers = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('canvas.map-labels') as HTMLCanvasElement;
      const map = document.querySelector('.event-map__leaflet')!.getBoundingClientRect();
      const boxes = JSON.parse(canvas.dataset.boxes ?? '[]') as number[][];
      const markers = [...document.querySelectorAll('.ev-marker, .ev-cluster, .place-marker, .dateline-marker')].map((e) => {
        const r = e.getBoundingClientRect();
        return [r.left - map.left, r.top - map.top, r.right - map.left, r.bottom - map.top];
      });
      return { names: (canvas.dataset.labels ?? '').split('|').filter(Boolean), boxes, markers };
    });
  const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

  test('at city zoom the towns around Aleppo are named', async () => {
    await openAt(36.2, 37.15, 10);
    const { names } = await labelsAndMarkers();
    expect(names).toContain('Aleppo');
    expect(names.length).toBeGreaterThan(8);
    await saveScreenshot(page, 'map-labels-zoom10-aleppo');
  });

  test('at the country view the big cities and region names, at the world view countries and capitals', async () => {
    await openAt(35, 38, 6);
    const six = await labelsAndMarkers();
    expect(six.names).toEqual(expect.arrayContaining(['Aleppo', 'Damascus']));
    await saveScreenshot(page, 'map-labels-zoom6-syria');
    await openAt(30, 40, 3);
    const three = await labelsAndMarkers();
    // Syria itself is under its events' markers at this zoom (names never cover a marker), and so
    // may Iraq be, beside the country-level markers and the dateline badge; the other neighbours
    // and their capitals are named.
    expect(three.names).toEqual(expect.arrayContaining(['TURKEY', 'IRAN', 'SAUDI ARABIA', 'Cairo', 'Moscow']));
    expect(three.names).not.toContain('SYRIA');
    // No town of a few thousand people at the world view.
    expect(three.names).not.toContain('Provideniya');
    await saveScreenshot(page, 'map-labels-zoom3');
  });

  test('no name covers a marker, at several zooms', async () => {
    for (const [lat, lon, zoom] of [
      [34, 37, 5],
      [35, 38.3, 7],
      [33.5, 36.3, 9],
    ] as const) {
      await openAt(lat, lon, zoom);
      const { boxes, markers } = await labelsAndMarkers();
      expect(markers.length, `markers at zoom ${zoom}`).toBeGreaterThan(0);
      for (const b of boxes) for (const m of markers) expect(overlap(b, m), `label ${b} over marker ${m} at zoom ${zoom}`).toBe(false);
    }
  });
});

describe('accessibility of the map', () => {
  test('axe finds no serious or critical violation in the map: first view, excerpt open, city zoom', async () => {
    await openAt(34.5, 37.5, 6);
    const first = seriousOrWorse(await axeViolations(page, '.event-map'));
    expect(first, JSON.stringify(first, null, 1)).toEqual([]);
    await page.locator('.ev-marker').first().click();
    await page.getByRole('dialog').waitFor();
    const open = seriousOrWorse(await axeViolations(page, '.center'));
    expect(open, JSON.stringify(open, null, 1)).toEqual([]);
    await openAt(36.2, 37.15, 10);
    const city = seriousOrWorse(await axeViolations(page, '.event-map'));
    expect(city, JSON.stringify(city, null, 1)).toEqual([]);
  });

  test('the markers are one Tab stop; arrows move between them, each announced by name; Enter opens the excerpt', async () => {
    await openAt(34.5, 37.5, 6);
    const inPane = () => page.evaluate(() => document.activeElement?.closest('.leaflet-eventMarkers-pane') !== null && document.activeElement?.hasAttribute('data-rove-id'));
    // From the map itself, the next stop is a marker.
    await page.locator('.event-map__leaflet').focus();
    await page.keyboard.press('Tab');
    expect(await inPane()).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toBeTruthy();
    // Only one marker is in the Tab order.
    expect(await page.locator('.leaflet-eventMarkers-pane [data-rove-id][tabindex="0"]').count()).toBe(1);
    const markers = await page.locator('.leaflet-eventMarkers-pane [data-rove-id]').count();
    expect(markers).toBeGreaterThan(2);
    // The next Tab leaves the markers, whatever their number.
    await page.keyboard.press('Tab');
    expect(await inPane()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(first);
    // Arrows move to other markers; every one has a name.
    const seen = new Set([first]);
    for (const k of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Home']) {
      await page.keyboard.press(k);
      expect(await inPane()).toBe(true);
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(name).toBeTruthy();
      seen.add(name);
    }
    expect(seen.size).toBeGreaterThan(1);
    // Enter on an event marker opens its excerpt.
    await page.locator('.leaflet-eventMarkers-pane .ev-marker').first().focus();
    const name = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.getByRole('dialog').getAttribute('aria-label')) ?? '').toContain(name.split(', ').slice(0, 2).join(', '));
  });

  test('from the top of the page, Tab reaches the markers (counted for the report)', async () => {
    await openAt(34.5, 37.5, 6);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let stops = 0;
    for (; stops < 300; stops++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.leaflet-eventMarkers-pane') !== null)) break;
    }
    console.log(`Tab stops before the first marker from the top of the page: ${stops}`);
    expect(stops).toBeLessThan(300);
  });
});

test('phone: the map with its names and area-level markers at 390 x 844', async () => {
  const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, profileDir: mkdtempSync(path.join(tmpdir(), 'dateline-map-phone-')) });
  try {
    await phone.page.goto(inject('baseURL'));
    await phone.page.locator('.ev-marker').first().waitFor({ timeout: 90_000 });
    await phone.page.waitForFunction(() => Number(document.querySelector('canvas.map-labels')?.getAttribute('data-places') ?? 0) > 0, undefined, { timeout: 60_000 });
    await phone.page.waitForTimeout(500);
    await saveScreenshot(phone.page, 'map-phone');
    expect(phone.errors).toEqual([]);
  } finally {
    await phone.close();
  }
});

test('first visit: the basemap is fetched after the first markers are in the page, and then drawn', async () => {
  const fresh = await launchBrowser({ profileDir: mkdtempSync(path.join(tmpdir(), 'dateline-map-first-')) });
  try {
    // Whether a marker was in the page when each basemap file was asked for.
    const asked: { file: string; markers: boolean }[] = [];
    await fresh.page.route(/\/data\/basemap\/[^/]+\.json$/, async (route) => {
      const markers = await fresh.page.evaluate(() => document.querySelector('.ev-marker') !== null).catch(() => false);
      asked.push({ file: route.request().url().split('/').pop()!, markers });
      await route.continue();
    });
    await fresh.page.goto(inject('baseURL'));
    await fresh.page.locator('.ev-marker').first().waitFor({ timeout: 90_000 });
    await fresh.page.locator('.leaflet-basemap-pane path, .leaflet-basemap-pane canvas').first().waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => asked.map((a) => a.file)).toContain('countries.json');
    expect(asked.filter((a) => !a.markers)).toEqual([]);
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});
