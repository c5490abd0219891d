// What a person pastes, drops or imports, and what the browser does to the app, in the real app:
// a worker that stops without an error, dropped HTML with unclosed tags, a browser killed just
// after typing, two tabs correcting one event, full storage, and the page's security policy
// (no online image unless map tiles are on; headers a meta cannot set).
import { execFileSync } from 'node:child_process';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const status = (page: Page) => page.locator('.topbar__status');

async function waitIdle(page: Page, articles: number): Promise<void> {
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 60_000, interval: 250 }).toMatch(new RegExp(`^${articles} articles? · `));
}

async function openDrawer(page: Page): Promise<void> {
  const drawer = page.locator('details.workspace-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
}

/** Kills the browser of a session we launched, by its process id, as a crash or a power cut would. */
function killBrowser(profileDir: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
  const main = lines.filter((l) => l.includes(`--user-data-dir=${profileDir}`) && !l.includes('--type=')).map((l) => Number(l.trim().split(/\s+/)[0]));
  expect(main.length).toBeGreaterThan(0);
  for (const pid of main) process.kill(pid, 'SIGKILL');
}

/** Images the page's policies refused since the last call, by their URL, each once (two policies may both refuse one). */
async function refusedImages(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => {
    const w = window as unknown as { __refused?: string[] };
    const out = w.__refused ?? [];
    w.__refused = [];
    return out;
  });
  return [...new Set(urls)].sort();
}

async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __refused?: string[] };
    w.__refused = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.effectiveDirective === 'img-src') w.__refused!.push(e.blockedURI);
    });
  });
}

/** Puts two images on the page, one from the tile host and one from elsewhere, and waits for both to settle. */
async function tryImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const load = (src: string) =>
      new Promise<void>((resolve) => {
        const img = new Image();
        img.onload = img.onerror = () => resolve();
        img.src = src;
      });
    await Promise.all([load('https://tile.openstreetmap.org/0/0/0.png'), load('https://images.example.org/pixel.png')]);
  });
  await page.waitForTimeout(200);
}

// A 1x1 PNG, so an allowed tile request is answered without the network.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let s: BrowserSession;
beforeAll(async () => {
  s = await launchBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('the served app sends the headers a meta cannot set, and no referrer', async () => {
  const r = await fetch(inject('baseURL'));
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  expect(r.headers.get('x-frame-options')).toBe('DENY');
  expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  const html = await r.text();
  expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  expect(html).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org;/);
  expect(html).toMatch(/connect-src 'self';/);
});

test('no online image loads until map tiles are turned on, and then only from the tile host', async () => {
  const t = await launchBrowser();
  try {
    const { page } = t;
    await watchPolicy(page);
    await page.context().route('https://tile.openstreetmap.org/**', (route: Route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
    const answered: string[] = [];
    page.context().on('response', (r) => {
      if (!r.url().startsWith(inject('baseURL'))) answered.push(r.url());
    });
    await page.goto(inject('baseURL'));
    await waitIdle(page, 1);
    await tryImages(page);
    expect(await refusedImages(page)).toEqual(['https://images.example.org/pixel.png', 'https://tile.openstreetmap.org/0/0/0.png']);

    // Turning tiles on reloads the page without the stricter policy; tiles then load from their host alone.
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Online map tiles').check()]);
    await waitIdle(page, 1);
    await expect.poll(() => page.locator('.leaflet-tile-loaded').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByLabel('Online map tiles').isChecked()).toBe(true);
    await tryImages(page);
    expect(await refusedImages(page)).toEqual(['https://images.example.org/pixel.png']);

    // Off again: the stricter policy applies at once, without a reload.
    await page.getByLabel('Online map tiles').uncheck();
    await tryImages(page);
    expect(await refusedImages(page)).toEqual(['https://images.example.org/pixel.png', 'https://tile.openstreetmap.org/0/0/0.png']);
    // Refused requests are reported as requests; none of them was answered.
    expect(answered.filter((u) => !u.startsWith('https://tile.openstreetmap.org/'))).toEqual([]);
  } finally {
    await t.close();
  }
});

test('a worker that stops without an error ends "Starting the analysis…" with a message, and a retry works', async () => {
  const t = await launchBrowser();
  try {
    const { page } = t;
    // Hold the gazetteer, so the first analysis (the sample, on a first visit) waits in its worker.
    const held: Route[] = [];
    let hold = true;
    await page.context().route('**/data/gazetteer.bin', (route) => (hold ? void held.push(route) : route.continue()));
    await page.goto(inject('baseURL'));
    await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);
    // The worker starts at navigation; Playwright learns of it asynchronously.
    await expect.poll(() => page.workers().some((w) => w.url().includes('worker')), { timeout: 10_000 }).toBe(true);
    const worker = page.workers().find((w) => w.url().includes('worker'));
    await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 10_000 }).toMatch(/Loading the offline gazetteer|Starting the analysis/);
    await worker!.evaluate(() => (self as unknown as { close(): void }).close());
    await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 10_000 }).toMatch(/The analysis worker stopped \(it ended without an error; the browser may have stopped it\); it has been restarted\. Try again\./);
    await saveScreenshot(page, 'robust-worker-closed');
    hold = false;
    for (const r of held.splice(0)) await r.continue();
    await openDrawer(page);
    await page.getByRole('button', { name: /^Retry the analysis of/ }).click();
    // The status line may read idle for a moment before the retry's run starts: wait on the row.
    await expect.poll(async () => (await page.locator('.workspace-panel .articles li .meta').first().textContent()) ?? '', { timeout: 60_000, interval: 250 }).toMatch(/\d+ events?/);
    await waitIdle(page, 1);
  } finally {
    await t.close();
  }
});

test('dropped HTML with tags left open keeps the page responsive and yields its text', async () => {
  const { page } = s;
  await page.goto(inject('baseURL'));
  await waitIdle(page, 1);
  // 192 KB: a paragraph, then tags that never close (the old reducer froze the tab 6.6 s on it).
  const html = `<html><head><title>Open tags</title></head><body><p>Shelling hit Kharkiv on Tuesday.</p>${'<a href="x" '.repeat(16_000)}`;
  expect(html.length).toBeGreaterThan(190_000);
  // The longest the page's main thread went without running a timer, while the file was read.
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __tick: number };
    w.__gap = 0;
    w.__tick = performance.now();
    const beat = () => {
      const now = performance.now();
      w.__gap = Math.max(w.__gap, now - w.__tick);
      w.__tick = now;
      setTimeout(beat, 10);
    };
    beat();
  });
  await page.getByLabel('Open a file').setInputFiles({ name: 'open-tags.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect.poll(() => page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('Shelling hit Kharkiv on Tuesday.');
  await page.waitForTimeout(100);
  const gap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
  // Generous for a busy 2-core machine; the quadratic reducer blocked for 6,600 ms.
  expect(gap).toBeLessThan(1500);
  await page.getByRole('button', { name: 'Clear' }).click();
});

test('an article being typed survives the browser being killed a second later', async () => {
  const t = await launchBrowser();
  const profileDir = t.profileDir;
  await t.page.goto(inject('baseURL'));
  await waitIdle(t.page, 1);
  await t.page.getByRole('textbox', { name: 'Article text' }).fill('Artillery shelled the outskirts of Donetsk on Sunday, officials said.');
  await t.page.getByRole('textbox', { name: 'Title (optional)' }).fill('Not analysed yet');
  // Past the 400 ms save, far inside the seconds Chromium waits before writing localStorage to disk.
  await t.page.waitForTimeout(1000);
  killBrowser(profileDir);
  await new Promise((r) => setTimeout(r, 500));
  const again = await launchBrowser({ profileDir });
  try {
    await again.page.goto(inject('baseURL'));
    await expect.poll(() => again.page.getByRole('textbox', { name: 'Article text' }).inputValue(), { timeout: 10_000 }).toBe('Artillery shelled the outskirts of Donetsk on Sunday, officials said.');
    expect(await again.page.getByRole('textbox', { name: 'Title (optional)' }).inputValue()).toBe('Not analysed yet');
    expect(await again.page.locator('.article-input [role=status]').allTextContents()).toContain('Restored the article you had not analysed yet.');
  } finally {
    await again.close();
  }
});

test('two tabs: a correction in one does not replace what is being typed in the other', async () => {
  const t = await launchBrowser();
  try {
    const one = t.page;
    await one.goto(inject('baseURL'));
    await waitIdle(one, 1);
    await one.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
    await expect.poll(() => new URL(one.url()).searchParams.get('sel')).toBeTruthy();
    const two = await t.context.newPage();
    await two.goto(one.url());
    await waitIdle(two, 1);

    const cardOne = one.getByRole('dialog', { name: /^Excerpt:/ });
    await cardOne.getByText('Correct this event').click();
    await cardOne.getByRole('textbox', { name: 'Date' }).fill('2020-05-0');
    const cardTwo = two.getByRole('dialog', { name: /^Excerpt:/ });
    await cardTwo.getByText('Correct this event').click();
    await cardTwo.getByRole('textbox', { name: 'Date' }).fill('2020-05-01');
    await cardTwo.getByRole('button', { name: 'Set date' }).click();

    await expect.poll(() => cardOne.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(/This event was just changed elsewhere, perhaps in another tab; it is now: .*2020-05-01\. What you were typing here is kept/);
    expect(await cardOne.getByRole('textbox', { name: 'Date' }).inputValue()).toBe('2020-05-0');
    await saveScreenshot(one, 'robust-two-tabs');
    await two.close();
  } finally {
    await t.close();
  }
});

test('when storage is full the message says so, in view, not "()" in the closed drawer', async () => {
  const t = await launchBrowser();
  try {
    const { page } = t;
    await page.goto(inject('baseURL'));
    await waitIdle(page, 1);
    // What a full disk or quota does to an IndexedDB write in Chromium: a QuotaExceededError with no message.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('', 'QuotaExceededError');
      };
    });
    await page.getByRole('textbox', { name: 'Article text' }).fill('A drone strike hit a fuel depot near Belgorod on Monday night, the governor said.');
    await page.getByRole('textbox', { name: 'Published' }).fill('2022-03-02');
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    const alert = page.locator('.topbar__alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/^Could not save to the browser's storage: the browser's storage for this site is full; export your work/);
    expect(await alert.isVisible()).toBe(true);
    expect(await page.locator('details.workspace-drawer').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.article-input [role=alert]').textContent()).toMatch(/The article could not be added: Could not save to the browser's storage: the browser's storage for this site is full/);
    expect((await alert.textContent()) ?? '').not.toContain('()');
    await saveScreenshot(page, 'robust-storage-full');
  } finally {
    await t.close();
  }
});
