// One strike told by two articles, in a real browser: one event "reported by 2 articles" with the
// reason, counted once by the list, the map and the timeline; "Not the same incident" parts it into
// two, and that survives a reload. The articles are invented.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const WIRE_A = {
  text: 'Air strike kills four in Idlib market\n\nWarplanes struck a crowded market in Idlib on Monday, killing four civilians, rescue workers said.',
  published: '2024-03-06',
  title: 'Wire A: Idlib market',
};
const WIRE_B = {
  text: 'Four dead as jets hit Idlib\n\nAn air strike hit a market in the Syrian city of Idlib on Monday, killing four people, local officials said.',
  published: '2024-03-05',
  title: 'Wire B: jets hit Idlib',
};

const status = (page: Page) => page.locator('.topbar__status');
const eventCount = async (page: Page) => Number(/· (\d+) events?/.exec((await status(page).textContent()) ?? '')?.[1] ?? NaN);
const idlibItems = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-item', { hasText: 'Idlib' });
/** The dated events the timeline counts ("N of M dated events in ..."). */
const timelineTotal = async (page: Page) => Number(/of (\d+) dated events?/.exec((await page.locator('footer.bottom').textContent()) ?? '')?.[1] ?? NaN);
/** Events drawn on the map: single markers plus the counts of clusters. */
const mapTotal = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.ev-marker').length + [...document.querySelectorAll('.ev-cluster__count')].reduce((n, el) => n + Number(el.textContent), 0));

async function waitForArticles(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 60_000, interval: 250 }).toMatch(new RegExp(`^${n} articles? · \\d+ events?`));
}

async function add(page: Page, a: { text: string; published: string; title: string }, total: number): Promise<void> {
  await page.getByRole('textbox', { name: 'Article text' }).fill(a.text);
  await page.getByRole('textbox', { name: 'Published' }).fill(a.published);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(a.title);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await waitForArticles(page, total);
}

let s: BrowserSession;
beforeAll(async () => {
  s = await launchBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('two articles of one strike are one event until a person says they are not, and that survives a reload', async () => {
  const { page } = s;
  await page.goto(inject('baseURL'));
  await waitForArticles(page, 1);
  await add(page, WIRE_A, 2);
  await expect.poll(() => mapTotal(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const withOne = { events: await eventCount(page), timeline: await timelineTotal(page), map: await mapTotal(page) };
  expect(await idlibItems(page).count()).toBe(1);
  await add(page, WIRE_B, 3);

  // The second report adds no event: the list, the status, the timeline and the map count it once.
  await expect.poll(() => idlibItems(page).count()).toBe(1);
  expect(await eventCount(page)).toBe(withOne.events);
  expect(await timelineTotal(page)).toBe(withOne.timeline);
  await expect.poll(() => mapTotal(page), { timeout: 10_000 }).toBe(withOne.map);
  await expect.poll(() => idlibItems(page).textContent()).toMatch(/2 articles/);

  await idlibItems(page).getByRole('button').click();
  const card = page.getByRole('dialog', { name: /^Excerpt:/ });
  await expect.poll(() => card.textContent()).toMatch(/Reported by 2 articles · one incident: both an air strike, at Idlib, on 2024-03-04/);
  // Each article's own words, as text.
  const quotes = await card.locator('blockquote').allTextContents();
  expect(quotes.some((q) => q.includes('Warplanes struck a crowded market in Idlib'))).toBe(true);
  expect(quotes.some((q) => q.includes('An air strike hit a market in the Syrian city of Idlib'))).toBe(true);
  await saveScreenshot(page, 'across-articles-merged');
  await card.screenshot({ path: 'test-results/screenshots/across-articles-card.png' });

  await card.getByRole('button', { name: /^Not the same incident/ }).click();
  await expect.poll(() => idlibItems(page).count()).toBe(2);
  expect(await eventCount(page)).toBe(withOne.events + 1);
  expect(await timelineTotal(page)).toBe(withOne.timeline + 1);
  await expect.poll(() => mapTotal(page), { timeout: 10_000 }).toBe(withOne.map + 1);
  expect(await card.textContent()).not.toMatch(/Reported by 2 articles/);
  await card.getByText('Correct this event').click();
  expect(await card.getByRole('list', { name: 'Corrections made' }).textContent()).toMatch(/Kept apart from another report/);
  await saveScreenshot(page, 'across-articles-parted');

  await page.reload();
  await waitForArticles(page, 3);
  await expect.poll(() => idlibItems(page).count()).toBe(2);
  expect(await eventCount(page)).toBe(withOne.events + 1);
  expect(await idlibItems(page).allTextContents()).not.toContain(expect.stringMatching(/2 articles/));
  expect(s.errors).toEqual([]);
  expect(s.offOrigin).toEqual([]);
});
