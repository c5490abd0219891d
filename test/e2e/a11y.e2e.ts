// Accessibility in Chromium: axe-core finds no serious or critical violation on the first visit,
// with the excerpt open and with the workspace open; the skip links reach the map and the events
// list; the excerpt dialog takes focus when it opens and gives it back when Escape closes it.
// Violations inside the Leaflet map are the map's own (its markers' ARIA is fixed there) and are
// reported apart, so they cannot hide one of the dashboard's.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { describeViolations, runAxe, severe, type AxeViolation } from './axe.ts';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

let s: BrowserSession;
let page: Page;

beforeAll(async () => {
  s = await launchBrowser();
  page = s.page;
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => /1 article · \d+ events/.test(document.querySelector('.topbar__status')?.textContent ?? ''), null, { timeout: 30_000 });
});

afterAll(async () => {
  await s?.close();
});

/** The violations with every node outside the map, and the map's own (listed, not failed). */
function split(vs: AxeViolation[]): { app: AxeViolation[]; map: AxeViolation[] } {
  const inMap = (t: string) => /leaflet|ev-marker|place-marker|dateline-marker|ev-cluster|data-place/.test(t);
  const app = vs.map((v) => ({ ...v, nodes: v.nodes.filter((n) => !inMap(n.target)) })).filter((v) => v.nodes.length > 0);
  const map = vs.map((v) => ({ ...v, nodes: v.nodes.filter((n) => inMap(n.target)) })).filter((v) => v.nodes.length > 0);
  return { app, map };
}

async function check(label: string): Promise<void> {
  const { app, map } = split(severe(await runAxe(page)));
  if (map.length) console.log(`axe, ${label}, inside the map (the map's own):\n${describeViolations(map)}`);
  expect(app, `${label}:\n${describeViolations(app)}`).toEqual([]);
}

test('axe: no serious or critical violation on the first visit', async () => {
  await check('first visit');
});

test('axe: none with the excerpt open, which took focus; Escape gives focus back to the list item', async () => {
  const item = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
  await item.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.evaluate((d) => d === document.activeElement)).toBe(true);
  await check('excerpt open');
  await saveScreenshot(page, 'a11y-excerpt-focused');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await item.evaluate((b) => b === document.activeElement)).toBe(true);
});

test('axe: none with the workspace open', async () => {
  await page.locator('.workspace-drawer > summary').click();
  await page.getByRole('button', { name: 'Save map as file' }).waitFor();
  await check('workspace open');
  await page.locator('.workspace-drawer > summary').click();
});

test('the first Tab stops are skip links to the map and to the events list', async () => {
  // A fresh page: the first Tab from the top of the document.
  await page.reload();
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.textContent);
  expect(first).toBe('Skip to the map');
  expect(await page.locator('.skip-link:focus').isVisible()).toBe(true);
  await saveScreenshot(page, 'a11y-skip-link');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('leaflet-container'))).toBe(true);
  // Back to the top: the second link goes to the events list.
  await page.reload();
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the events list');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('event-list'))).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('li[data-key]') !== null)).toBe(true);
});

test('a marker opens the dialog with focus in it; closing gives focus back to the marker', async () => {
  const marker = page.locator('.ev-marker').first();
  await marker.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.evaluate((d) => d === document.activeElement)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ev-marker') !== null)).toBe(true);
  expect(s.errors).toEqual([]);
});
