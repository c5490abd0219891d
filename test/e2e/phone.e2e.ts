// The phone layout at 390×844: map, events, timeline and article one at a time behind a tab bar;
// the excerpt a bottom sheet that is wholly on screen, above the zoom buttons, never cut off; the
// article reachable. And at 1400×900 nothing of that shows: the four panes as before.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { describeViolations, runAxe, severe } from './axe.ts';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const W = 390;
const H = 844;
let s: BrowserSession;
let page: Page;

const tab = (name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}`) });
const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

beforeAll(async () => {
  s = await launchBrowser({ viewport: { width: W, height: H } });
  page = s.page;
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await s?.close();
});

test('the map fills the screen between the top bar and a tab bar of four views', async () => {
  expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('button').allTextContents()).toEqual(['Map', expect.stringMatching(/^Events \d+$/), 'Timeline', 'Article']);
  expect(await tab('Map').getAttribute('aria-current')).toBe('page');
  const map = await box('.leaflet-container');
  const bar = await box('.phone-tabs');
  expect(map.width).toBe(W);
  expect(map.height).toBeGreaterThan(H * 0.6);
  expect(map.y + map.height).toBeLessThanOrEqual(bar.y + 1);
  expect(bar.y + bar.height).toBeLessThanOrEqual(H);
  // The other views are not there for the eye or for Tab.
  expect(await page.locator('.right').isVisible()).toBe(false);
  expect(await page.locator('.left').getAttribute('inert')).not.toBeNull();
  // Nothing scrolls the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
  await saveScreenshot(page, 'phone-map');
});

test('the events view lists the events; choosing one shows its excerpt as a sheet over the map, wholly on screen', async () => {
  await tab('Events').click();
  const list = page.getByRole('list', { name: 'Events' });
  expect(await list.isVisible()).toBe(true);
  await saveScreenshot(page, 'phone-events');
  await list.getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await tab('Map').getAttribute('aria-current')).toBe('page');
  const sheet = (await dialog.boundingBox())!;
  const bar = await box('.phone-tabs');
  const zoom = await box('.leaflet-control-zoom');
  expect(sheet.x).toBeGreaterThanOrEqual(0);
  expect(sheet.x + sheet.width).toBeLessThanOrEqual(W);
  expect(sheet.y).toBeGreaterThan(0);
  expect(sheet.y + sheet.height).toBeLessThanOrEqual(bar.y + 1);
  // Below the zoom buttons, not under them.
  expect(sheet.y).toBeGreaterThan(zoom.y + zoom.height);
  // The close button and the first quote are on screen; the rest scrolls inside the sheet.
  const close = (await dialog.getByRole('button', { name: 'Close excerpt' }).boundingBox())!;
  expect(close.y).toBeGreaterThanOrEqual(sheet.y);
  expect(close.x + close.width).toBeLessThanOrEqual(W);
  expect(await dialog.locator('.excerpt-card__quote').first().isVisible()).toBe(true);
  const scrolls = await dialog.evaluate((d) => d.scrollHeight > d.clientHeight);
  if (scrolls) {
    await dialog.evaluate((d) => (d.scrollTop = d.scrollHeight));
    const show = (await dialog.getByRole('button', { name: 'Show in article' }).boundingBox())!;
    expect(show.y + show.height).toBeLessThanOrEqual(bar.y + 1);
    await dialog.evaluate((d) => (d.scrollTop = 0));
  }
  await saveScreenshot(page, 'phone-excerpt-sheet');
  const { app } = { app: severe(await runAxe(page)).filter((v) => v.nodes.some((n) => !/leaflet|data-place|marker/.test(n.target))) };
  expect(app, describeViolations(app)).toEqual([]);
});

test('"Show in article" opens the article view at the event\'s sentence', async () => {
  await page.getByRole('dialog').getByRole('button', { name: 'Show in article' }).click();
  expect(await tab('Article').getAttribute('aria-current')).toBe('page');
  const focus = page.locator('.article-panel__text .hl--focus').first();
  await expect.poll(async () => {
    const b = await focus.boundingBox();
    return b !== null && b.y >= 0 && b.y + b.height <= H;
  }).toBe(true);
  expect(await page.getByRole('textbox', { name: 'Article text' }).isVisible()).toBe(true);
  await saveScreenshot(page, 'phone-article');
});

test('the timeline view shows the timeline with its controls within the width', async () => {
  await tab('Timeline').click();
  const end = page.getByRole('slider', { name: 'Timeline end' });
  expect(await end.isVisible()).toBe(true);
  const b = (await end.boundingBox())!;
  expect(b.x + b.width).toBeLessThanOrEqual(W);
  expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
  await saveScreenshot(page, 'phone-timeline');
  await tab('Map').click();
});

test('at 1400×900 the desktop layout is unchanged: no tab bar, four panes, the excerpt at the top right', async () => {
  const d = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  try {
    await d.page.goto(inject('baseURL'));
    await d.page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    expect(await d.page.locator('.phone-tabs').count()).toBe(0);
    for (const sel of ['.left', '.center', '.right', '.bottom']) expect(await d.page.locator(sel).isVisible()).toBe(true);
    const left = (await d.page.locator('.left').boundingBox())!;
    const right = (await d.page.locator('.right').boundingBox())!;
    expect(left.x).toBe(0);
    expect(left.width).toBe(340);
    expect(right.x + right.width).toBe(1400);
    expect(right.width).toBe(280);
    await d.page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
    const card = (await d.page.getByRole('dialog').boundingBox())!;
    expect(card.y).toBeLessThan(70);
    expect(card.x + card.width).toBeGreaterThan(1400 - 300 - 30);
    await saveScreenshot(d.page, 'desktop-excerpt');
  } finally {
    await d.close();
  }
});
