// Handing a workspace to someone, in Chromium: "Save map as file" writes one .html that opens
// from disk in a fresh browser with every request blocked and shows the same events and
// excerpts; "Copy link with workspace" makes a link that opens the same articles in another
// browser, and refuses a workspace too big for a link; a link naming data this browser does not
// have says so instead of showing the sample.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const SECOND = {
  text:
    'KHARKIV, Ukraine — Russian artillery shelled residential districts of Kharkiv on Tuesday, killing three civilians, regional officials said.\n\n' +
    'One resident wrote </script><script>window.__pwned = 1</script> on a wall, and <!-- this --> too.',
  published: '2022-03-02',
  title: 'Shelling in Kharkiv',
};

let s: BrowserSession;
let page: Page;
const status = (p: Page) => p.locator('.topbar__status');
const eventNames = (p: Page) => p.getByRole('list', { name: 'Events' }).getByRole('button').allTextContents();

async function waitForArticles(p: Page, n: number): Promise<void> {
  await p.waitForFunction((k) => new RegExp(`^${k} articles? · \\d+ events?`).test(document.querySelector('.topbar__status')?.textContent ?? ''), n, { timeout: 60_000, polling: 250 });
}

async function openDrawer(p: Page): Promise<void> {
  const drawer = p.locator('details.workspace-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
}

async function addArticle(p: Page, a: { text: string; published: string; title: string }): Promise<void> {
  await p.getByRole('textbox', { name: 'Article text' }).fill(a.text);
  await p.getByRole('textbox', { name: 'Published' }).fill(a.published);
  await p.getByRole('textbox', { name: 'Title (optional)' }).fill(a.title);
  await p.getByRole('button', { name: 'Analyze' }).click();
}

beforeAll(async () => {
  s = await launchBrowser();
  page = s.page;
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await waitForArticles(page, 1);
  await addArticle(page, SECOND);
  await waitForArticles(page, 2);
});

afterAll(async () => {
  await s?.close();
});

test('Save map as file: one self-contained .html that opens from disk with the network blocked and shows the same events and excerpts', async () => {
  const names = (await eventNames(page)).sort();
  // the sample's events and the second article's
  expect(names.length).toBeGreaterThanOrEqual(5);
  await openDrawer(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save map as file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^dateline-map-\d{4}-\d{2}-\d{2}\.html$/);
  const file = path.join(tmpdir(), `dateline-saved-${Date.now()}.html`);
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  // One file: no script, style or image it would have to fetch; only its own script may run.
  expect(html).not.toMatch(/<script[^>]+\bsrc=/);
  expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
  expect(html).toMatch(/connect-src 'none'/);
  // The article's "</script>" cannot end the data block: every "<" in it is escaped.
  const block = /<script type="application\/json" id="dateline-workspace">([\s\S]*?)<\/script>/.exec(html)![1]!;
  expect(block).not.toContain('<');
  expect(JSON.parse(block).articles).toHaveLength(2);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'opens in any browser, from disk' }).count()).toBe(1);

  const viewer = await launchBrowser();
  const requests: string[] = [];
  try {
    await viewer.context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    viewer.context.on('request', (r) => requests.push(r.url()));
    await viewer.page.goto(`file://${file}`);
    await viewer.page.locator('.ev-marker').first().waitFor({ timeout: 30_000 });
    expect((await eventNames(viewer.page)).sort()).toEqual(names);
    expect(await status(viewer.page).textContent()).toMatch(/Saved map of \d{4}-\d{2}-\d{2} · 2 articles · \d+ events · read-only/);
    // An excerpt opens and quotes its own article's words.
    await viewer.page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Shelling, Kharkiv/ }).click();
    const dialog = viewer.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.excerpt-card__quote').first().textContent()).toContain('Russian artillery shelled residential districts of Kharkiv');
    // Read-only: no form, no correction editor; the hostile text is shown as text.
    expect(await viewer.page.getByRole('button', { name: 'Analyze' }).count()).toBe(0);
    expect(await dialog.getByText('Correct this event').count()).toBe(0);
    expect(await viewer.page.locator('.article-panel__text').textContent()).toContain('</script><script>window.__pwned = 1</script>');
    expect(await viewer.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await saveScreenshot(viewer.page, 'saved-map-file');
    expect(requests.every((u) => u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')), requests.join('\n')).toBe(true);
    expect(viewer.errors).toEqual([]);
  } finally {
    await viewer.close();
  }
});

test('Copy link with workspace: the link opens the same articles and events in another browser, without the sample', async () => {
  const names = (await eventNames(page)).sort();
  await openDrawer(page);
  await page.getByRole('button', { name: 'Copy link with workspace' }).click();
  const field = page.getByRole('textbox', { name: 'Workspace link' });
  await field.waitFor();
  const link = await field.inputValue();
  expect(link).toMatch(/#ws=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(16_500);

  const other = await launchBrowser();
  try {
    await other.page.goto(link);
    await waitForArticles(other.page, 2);
    await expect.poll(async () => (await eventNames(other.page)).sort(), { timeout: 60_000 }).toEqual(names);
    expect(await other.page.getByRole('alert').filter({ hasText: 'Opened 2 articles from the link' }).count()).toBe(1);
    // The workspace left the address once it was stored: a reload does not import it again.
    expect(new URL(other.page.url()).hash).toBe('');
    await saveScreenshot(other.page, 'link-opened');
    expect(other.errors).toEqual([]);
    expect(other.offOrigin).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a workspace too big for a link is refused, saying so, beside the button', async () => {
  let x = 11;
  const words = Array.from({ length: 6_000 }, () => Array.from({ length: 6 }, () => String.fromCharCode(97 + ((x = (x * 48271) % 2147483647) % 26))).join(''));
  await addArticle(page, { text: `Notes from the field.\n\n${words.join(' ')}.`, published: '2022-03-03', title: 'Field notes' });
  await waitForArticles(page, 3);
  await openDrawer(page);
  await page.getByRole('button', { name: 'Copy link with workspace' }).click();
  const alert = page.locator('.share-panel').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/would make a link of [\d,]+ characters; a link carries at most 16,000\. Use "Save map as file"/);
  // In view: inside the drawer's visible part, not below its fold.
  const drawer = (await page.locator('details.workspace-drawer').boundingBox())!;
  await expect.poll(async () => {
    const b = (await alert.boundingBox())!;
    return b.y >= drawer.y && b.y + b.height <= drawer.y + drawer.height + 1;
  }).toBe(true);
  await saveScreenshot(page, 'link-too-big');
});

test('a view link naming an event this browser does not have says so, and does not show the sample instead', async () => {
  const other = await launchBrowser();
  try {
    await other.page.goto(`${inject('baseURL')}?sel=a-not-here%3Ae3`);
    const banner = other.page.locator('.map-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toMatch(/names an event \(a-not-here:e3\) that is not in this browser's workspace.*ask for a workspace link/);
    await waitForArticles(other.page, 0);
    expect(await other.page.locator('.ev-marker').count()).toBe(0);
    await saveScreenshot(other.page, 'link-missing-event');
  } finally {
    await other.close();
  }
});
