// The dashboard's acceptance list in Chromium, on the real engine's output for the sample:
// markers appear, the time window hides and shows them, markers open excerpts, article
// highlights select markers, and nothing errors or leaves the machine.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

let s: BrowserSession;
let page: Page;

const marker = (name: RegExp) => page.locator('.ev-marker').and(page.getByRole('button', { name }));

async function valueText(l: Locator): Promise<string> {
  return (await l.getAttribute('aria-valuetext')) ?? '';
}

beforeAll(async () => {
  s = await launchBrowser();
  page = s.page;
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await s?.close();
});

test('first visit: the sample is analysed and its events and places are on the map', async () => {
  await expect.poll(() => marker(/^Air strike, Syria, 2020-05-04/).count()).toBeGreaterThan(0);
  expect(await marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(1);
  const places = await page.locator('.place-marker').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
  expect(places).toEqual(expect.arrayContaining(['Syria', 'Iran', 'Israel']));
  // The dateline has its own marker, not an event's.
  await expect.poll(() => page.getByRole('img', { name: /^Dateline: Tel Aviv/ }).count()).toBe(1);
  // Country-level events are drawn as areas: their markers say so.
  expect(await marker(/^Air strike, Syria, 2020-05-04/).first().getAttribute('data-precision')).toBe('country');
  const list = page.getByRole('list', { name: 'Events' });
  await expect.poll(() => list.getByRole('listitem').filter({ hasText: 'Missile attack' }).filter({ hasText: 'Damascus' }).filter({ hasText: '2019-01-21' }).count()).toBe(1);
  expect(await page.getByRole('textbox', { name: 'Article text' }).count()).toBe(1);
  expect(await page.getByRole('textbox', { name: 'Published' }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Analyze' }).count()).toBe(1);
  await saveScreenshot(page, 'dashboard-first-visit');
});

test('moving "Timeline start" past 2020-01-01 hides the 2019 Damascus strike and keeps the 2020 one', async () => {
  const start = page.getByRole('slider', { name: 'Timeline start' });
  const end = page.getByRole('slider', { name: 'Timeline end' });
  expect(await valueText(start)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await valueText(end)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await start.focus();
  for (let i = 0; i < 200 && (await valueText(start)) < '2020-01-01'; i++) await page.keyboard.press('PageUp');
  const before = await valueText(start);
  await page.keyboard.press('ArrowRight');
  expect(await valueText(start)).not.toBe(before);
  expect(await valueText(start) >= '2020-01-01').toBe(true);
  await expect.poll(() => marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(0);
  expect(await marker(/^Air strike, Syria, 2020-05-04/).count()).toBeGreaterThan(0);
  const list = page.getByRole('list', { name: 'Events' });
  expect(await list.getByRole('listitem').filter({ hasText: '2019-01-21' }).count()).toBe(0);
  await saveScreenshot(page, 'dashboard-window-2020');
  // Home brings the start back and the 2019 strike returns.
  await start.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(1);
});

test('the window can be drawn with the mouse on the timeline (brush)', async () => {
  const track = page.locator('.timeline__brush .overlay');
  const box = (await track.boundingBox())!;
  // Draw a window over the last tenth of the axis: the 2020 events, not the 2019 ones.
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const start = page.getByRole('slider', { name: 'Timeline start' });
  await expect.poll(() => valueText(start)).toMatch(/^2020-/);
  await expect.poll(() => marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(0);
  expect(await marker(/^Air strike, Syria, 2020-05-04/).count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect.poll(() => marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(1);
});

test('clicking a marker opens its excerpt with the trigger, place and date words highlighted', async () => {
  await marker(/^Missile attack, Damascus, 2019-01-21/).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-label')).toContain('Missile attack, Damascus, 2019-01-21');
  const quote = dialog.locator('blockquote');
  expect(await quote.textContent()).toContain('Damascus');
  expect(await quote.locator('.hl--trigger').count()).toBeGreaterThan(0);
  expect(await quote.locator('.hl--literal').textContent()).toBe('Damascus');
  expect(await dialog.textContent()).toMatch(/2019-01-21/);
  expect(await page.locator('.ev-marker.is-selected').getAttribute('aria-label')).toMatch(/^Missile attack, Damascus/);
  await saveScreenshot(page, 'dashboard-excerpt');
  await dialog.getByRole('button', { name: 'Close excerpt' }).click();
  expect(await page.getByRole('dialog').count()).toBe(0);
});

test('an event highlight in the article selects its marker and opens its excerpt', async () => {
  const article = page.locator('.article-panel__text');
  const triggers = article.locator('.hl--trigger[role="button"]');
  expect(await triggers.count()).toBeGreaterThan(0);
  const withMarker = page.locator('.ev-marker');
  const keys = await withMarker.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  // Find a highlighted trigger whose event has a marker on the map.
  let clicked = false;
  for (let i = 0; i < (await triggers.count()) && !clicked; i++) {
    await triggers.nth(i).click();
    const sel = page.locator('.ev-marker.is-selected');
    if ((await sel.count()) === 1 && keys.includes(await sel.getAttribute('data-key'))) clicked = true;
  }
  expect(clicked).toBe(true);
  const selectedName = (await page.locator('.ev-marker.is-selected').getAttribute('aria-label')) ?? '';
  expect(await page.getByRole('dialog').getAttribute('aria-label')).toBe(`Excerpt: ${selectedName}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Show in article' }).click();
  expect(await article.locator('.hl--focus').count()).toBeGreaterThan(0);
  await saveScreenshot(page, 'dashboard-article-link');
});

test('markers are reachable by keyboard and Enter selects one', async () => {
  const m = marker(/^Air strike, Syria, 2020-05-04/).first();
  await m.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.getByRole('dialog').getAttribute('aria-label')) ?? '').toContain('Air strike, Syria, 2020-05-04');
});

test('pointing at an event in the list points out its marker', async () => {
  const item = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'Missile attack' }).filter({ hasText: 'Damascus' });
  await item.getByRole('button').hover();
  await expect.poll(() => page.locator('.ev-marker.is-hovered').getAttribute('aria-label')).toMatch(/^Missile attack, Damascus/);
  await page.mouse.move(1, 1);
  await expect.poll(() => page.locator('.ev-marker.is-hovered').count()).toBe(0);
});

test('Play slides the window forward and Pause stops it', async () => {
  const start = page.getByRole('slider', { name: 'Timeline start' });
  const end = page.getByRole('slider', { name: 'Timeline end' });
  await start.focus();
  await page.keyboard.press('Home');
  await end.focus();
  await page.keyboard.press('End');
  const before = await valueText(start);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => valueText(start), { timeout: 10_000 }).not.toBe(before);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await valueText(start);
  await page.waitForTimeout(1_000);
  expect(await valueText(start)).toBe(paused);
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect.poll(() => valueText(start)).toBe(before);
});

test('the view is in the URL: a link with a window reopens with that window', async () => {
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/[?&]from=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  url.search = '?from=2020-01-01&to=2020-12-31';
  await page.goto(url.toString());
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  expect(await valueText(page.getByRole('slider', { name: 'Timeline start' }))).toBe('2020-01-01');
  expect(await marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(0);
  await expect.poll(() => marker(/^Air strike, Syria, 2020-05-04/).count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect.poll(() => marker(/^Missile attack, Damascus, 2019-01-21/).count()).toBe(1);
});

test('a pasted article is analysed in the worker and joins the same map and timeline', async () => {
  const text = 'KYIV, Ukraine – Russian forces shelled Kharkiv on Tuesday, killing three people, officials said.';
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('textbox', { name: 'Published' }).fill('2022-03-02');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect.poll(() => marker(/, Kharkiv, 2022-03-01$/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByRole('img', { name: /^Dateline: Kyiv/ }).count()).toBe(1);
  // The earlier article's events are still there.
  expect(await marker(/^Air strike, Syria, 2020-05-04/).count()).toBeGreaterThan(0);
  await saveScreenshot(page, 'dashboard-two-articles');
  expect(s.errors).toEqual([]);
  expect(s.dialogs).toEqual([]);
  expect(s.offOrigin).toEqual([]);
});

test('a 5 MB paste is analysed off the main thread: the page keeps painting, shows progress and can cancel', async () => {
  const sentence = 'BEIRUT – An air strike hit a village near Tyre on Monday, killing two people, witnesses said.\n';
  // A real paste event: the form keeps a long text aside and shows its start read-only.
  await page.getByRole('textbox', { name: 'Article text' }).evaluate((el, [line, n]) => {
    const data = new DataTransfer();
    data.setData('text/plain', String(line).repeat(Number(n)));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [sentence, Math.ceil(5_000_000 / sentence.length)] as const);
  await expect.poll(() => page.getByText(/5\.\d million characters/).count()).toBe(1);
  await page.getByRole('textbox', { name: 'Published' }).fill('2024-10-02');
  // Count frames while the analysis runs: a frozen page would paint none.
  await page.evaluate(`(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (window.__gaps.length < 100000) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.getByRole('button', { name: 'Analyze' }).click();
  const status = page.locator('.topbar__status');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/gazetteer|Finding places|Starting/);
  await page.waitForTimeout(2_000);
  const gaps = (await page.evaluate('window.__gaps')) as number[];
  expect(gaps.length).toBeGreaterThan(20);
  // The engine may still be busy or done by now; either way the main thread kept painting.
  if (await status.getByRole('button', { name: 'Cancel' }).count()) {
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByText(/Analysis cancelled/).count()).toBeGreaterThan(0);
  }
  await saveScreenshot(page, 'dashboard-5mb-paste');
  // The rest of the dashboard still answers.
  expect(await page.getByRole('slider', { name: 'Timeline start' }).count()).toBe(1);
  expect(s.errors).toEqual([]);
});
