// The foundation's promise: a fresh visit serves the app with the sample article analysed and its places on the map.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await launchBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('the app loads offline with the map and no errors or outside requests', async () => {
  await s.page.goto(inject('baseURL'));
  await s.page.locator('.leaflet-container').waitFor({ timeout: 30_000 });
  await saveScreenshot(s.page, 'smoke-first-visit');
  expect(await s.page.title()).toBe('Dateline');
  expect(s.errors).toEqual([]);
  expect(s.offOrigin).toEqual([]);
});
