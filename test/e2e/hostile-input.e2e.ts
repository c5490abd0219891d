// Untrusted and bad input in a real browser: injection payloads in the text, title and source
// URL stay inert (no dialog, no script, no request off the app's origin); empty, oversized,
// binary, HTML, impossible-date, place-less and foreign-script input each get a message; a
// crashed worker is restarted and the user told; nothing already stored is lost.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const TEXT = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  'Israeli jets struck a weapons depot near Aleppo on Monday, killing five fighters, a monitor said.',
  '<a href="javascript:window.__pwned=\'link\'">details</a> <svg onload="window.__pwned=\'svg\'"></svg>',
  '<iframe src="https://evil.example/frame"></iframe><img src="https://evil.example/pixel.gif">',
].join('\n');
const TITLE = '<img src=x onerror="window.__pwned=\'title\'">Depot strike';
const SOURCE = "javascript:window.__pwned='url'";

const status = (page: Page) => page.locator('.topbar__status');
const alerts = async (page: Page) => (await page.getByRole('alert').allTextContents()).join(' | ');
const notes = async (page: Page) => (await page.locator('.article-input [role=status]').allTextContents()).join(' | ');

async function articleCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('dateline');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const r = db.transaction('articles').objectStore('articles').count();
          r.onsuccess = () => {
            db.close();
            resolve(r.result);
          };
        };
      }),
  );
}

async function waitIdle(page: Page, articles: number): Promise<void> {
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 60_000, interval: 250 }).toMatch(new RegExp(`^${articles} articles? · `));
}

async function submit(page: Page, text: string, published: string, extra: { title?: string; url?: string } = {}): Promise<void> {
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('textbox', { name: 'Published' }).fill(published);
  if (extra.title !== undefined) await page.getByRole('textbox', { name: 'Title (optional)' }).fill(extra.title);
  if (extra.url !== undefined) await page.getByRole('textbox', { name: 'Source URL (optional)' }).fill(extra.url);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
}

async function inert(page: Page, s: BrowserSession): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(s.dialogs).toEqual([]);
  expect(s.offOrigin).toEqual([]);
  const live = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((x) => x.textContent?.includes('__pwned')).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    badImages: [...document.images].filter((i) => i.getAttribute('src') === 'x' || i.src.includes('evil.example')).length,
  }));
  expect(live).toEqual({ scripts: 0, handlers: 0, frames: 0, jsLinks: 0, badImages: 0 });
}

let s: BrowserSession;
beforeAll(async () => {
  s = await launchBrowser();
});

/** Each test can run alone: open the app (a first visit seeds the sample) unless it is already open. */
async function open(page: Page): Promise<void> {
  if (page.url().startsWith(inject('baseURL'))) return;
  await page.goto(inject('baseURL'));
  await waitIdle(page, 1);
}
afterAll(async () => {
  await s?.close();
});

test('script, onerror and javascript: payloads in the text, title and source URL stay inert', async () => {
  const { page } = s;
  await open(page);
  const stored = await articleCount(page);
  await submit(page, TEXT, '2020-05-06', { title: TITLE, url: SOURCE });
  expect(await notes(page)).toMatch(/never made a link/);
  await waitIdle(page, stored + 1);
  // The payloads are shown, as text.
  expect(await page.getByText('<script>window.__pwned = "script"</script>', { exact: false }).count()).toBeGreaterThan(0);

  // Walk through every place the text, title and URL are shown: article, list, popup, workspace.
  await page.getByRole('list', { name: 'Events' }).getByRole('button').filter({ hasText: 'Aleppo' }).first().click();
  const card = page.getByRole('dialog', { name: /^Excerpt:/ });
  await card.waitFor();
  await card.getByRole('button', { name: 'Show in article' }).click();
  await page.locator('details.workspace-drawer summary').click();
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await page.getByText(SOURCE).click();
  await page.waitForTimeout(300);
  await saveScreenshot(page, 'hostile-payloads');
  await inert(page, s);
});

test('bad input gets a clear message and stored articles survive', async () => {
  const { page } = s;
  await open(page);
  const stored = await articleCount(page);
  const textbox = page.getByRole('textbox', { name: 'Article text' });

  await submit(page, '', '2020-05-06');
  expect(await alerts(page)).toMatch(/text is empty/);
  await submit(page, '   \n\n\t  ', '2020-05-06');
  expect(await alerts(page)).toMatch(/only spaces/);

  // A 20 MB paste is refused before it reaches the page; the text already there stays.
  await textbox.fill('Kept text.');
  const t0 = Date.now();
  await page.evaluate(() => {
    const ta = document.querySelector('textarea')!;
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(20_000_000));
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  expect(await alerts(page)).toMatch(/20\.0 million characters/);
  expect(await textbox.inputValue()).toBe('Kept text.');
  expect(Date.now() - t0).toBeLessThan(10_000);

  // A 5 MB paste is taken whole, shown as a read-only start, and the page stays responsive.
  await textbox.fill('');
  const t1 = Date.now();
  await page.evaluate(() => {
    const ta = document.querySelector('textarea')!;
    const data = new DataTransfer();
    data.setData('text/plain', 'Shelling hit the outskirts of Kharkiv on Tuesday, officials said. '.repeat(77_000));
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => page.getByText(/5\.\d million characters of at most 10\.0 million/).count()).toBe(1);
  expect(Date.now() - t1).toBeLessThan(5_000);
  expect(await textbox.getAttribute('readonly')).not.toBeNull();
  const t2 = Date.now();
  await page.getByRole('textbox', { name: 'Title (optional)' }).pressSequentially('still responsive');
  expect(Date.now() - t2).toBeLessThan(2_000);
  await page.getByRole('button', { name: 'Clear' }).click();
  expect(await textbox.inputValue()).toBe('');

  await submit(page, 'Jets struck Homs on Monday.', '2021-02-30');
  expect(await alerts(page)).toMatch(/not a real calendar date/);

  const input = page.getByLabel('Open a file');
  await input.setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]) });
  await expect.poll(() => alerts(page)).toMatch(/binary data/);
  await input.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
  await expect.poll(() => alerts(page)).toMatch(/not a \.txt, \.md or \.html file/);
  const html = '<html><head><title>Report</title><script>window.__pwned="file"</script></head><body><p>Shelling hit Kharkiv on Tuesday.</p><img src=x onerror="window.__pwned=\'file-img\'"><p>Two people died.</p></body></html>';
  await input.setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect.poll(() => textbox.inputValue()).toBe('Shelling hit Kharkiv on Tuesday.\n\nTwo people died.');
  expect(await notes(page)).toMatch(/1 script was removed and never run/);

  // Text with no places: analysed, with a warning.
  await submit(page, 'The committee met on Tuesday and agreed on the budget for next year.', '2021-06-01', { title: 'Budget' });
  await waitIdle(page, stored + 1);
  await expect.poll(async () => (await page.locator('.workspace-panel').textContent()) ?? '').toMatch(/No places were found/);

  // Text in another script: analysed anyway, with a warning that English is what Dateline reads.
  await submit(page, 'Российская артиллерия обстреляла Харьков во вторник, погибли три человека.', '2022-03-02', { title: 'Харьков' });
  expect(await notes(page)).toMatch(/Cyrillic script/);
  await waitIdle(page, stored + 2);

  expect(await articleCount(page)).toBe(stored + 2);
  await page.reload();
  await waitIdle(page, stored + 2);
  await saveScreenshot(page, 'hostile-bad-input');
  await inert(page, s);
  expect(s.errors).toEqual([]);
});

test('a worker that dies is restarted and the user told', async () => {
  const { page } = s;
  await open(page);
  const stored = await articleCount(page);
  // The worker starts with the first analysis after a page load.
  await submit(page, 'Artillery shelled the outskirts of Donetsk on Sunday, local officials said.', '2022-03-02');
  await waitIdle(page, stored + 1);
  // Playwright learns of a worker asynchronously.
  await expect.poll(() => page.workers().some((w) => w.url().includes('worker')), { timeout: 10_000 }).toBe(true);
  const worker = page.workers().find((w) => w.url().includes('worker'));
  // The worker dies in the middle of the next analysis: it answers that it started, then throws.
  // (A worker that dies while idle is replaced without a word; nobody was waiting on it.)
  await worker!.evaluate(() => {
    const scope = self as unknown as { onmessage: ((ev: MessageEvent) => void) | null; postMessage(m: unknown): void };
    scope.onmessage = (ev: MessageEvent) => {
      scope.postMessage({ type: 'progress', id: (ev.data as { id: number }).id, stage: 'analysing' });
      setTimeout(() => {
        throw new Error('simulated crash');
      }, 0);
    };
  });
  await submit(page, 'Rockets hit a school in Kharkiv on Tuesday, the regional governor said.', '2022-03-02');
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 10_000 }).toMatch(/stopped.*restarted/);
  await submit(page, 'A drone strike hit a fuel depot near Belgorod on Monday night, the governor said.', '2022-03-02');
  // The article whose analysis the crash stopped is kept (nothing the user gave is lost).
  await waitIdle(page, stored + 3);
  expect(await articleCount(page)).toBe(stored + 3);
  // The page error from the simulated crash is the worker's, not the page's.
  expect(s.errors.filter((e) => !/simulated crash/.test(e))).toEqual([]);
});

test('an imported workspace file with payloads in titles, URLs, place names and reasons stays inert', async () => {
  const { page } = s;
  await open(page);
  await page.locator('details.workspace-drawer').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Dateline JSON' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const payload = (tag: string) => `<img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script>`;
  for (const a of file.articles) {
    a.id = `${a.id}-hostile`;
    a.title = payload('import-title');
    a.sourceUrl = "javascript:window.__pwned='import-url'";
    for (const m of a.analysis?.mentions ?? []) {
      m.reason = payload('reason');
      if (m.place) m.place.name = payload('mention-place');
    }
    for (const e of a.analysis?.events ?? []) {
      if (e.place) e.place.name = payload('event-place');
      e.actors = { attacker: payload('attacker'), target: payload('target') };
    }
  }
  file.corrections = [];
  const stored = await articleCount(page);
  await page.getByLabel('Import workspace file').setInputFiles({ name: 'hostile.dateline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect.poll(async () => (await page.locator('.workspace-panel').textContent()) ?? '').toMatch(/Imported "hostile\.dateline\.json"/);
  expect(await articleCount(page)).toBe(stored + file.articles.length);

  // Show the imported events everywhere they appear: list, popup, map markers, article.
  const items = page.getByRole('list', { name: 'Events' }).getByRole('button');
  const n = Math.min(await items.count(), 6);
  for (let i = 0; i < n; i++) await items.nth(i).click();
  // The markers in sight (places off the fitted view cannot be pointed at), events and places alike.
  const markers = page.locator('.leaflet-marker-icon');
  const inSight = await markers.evaluateAll((els) => {
    const map = document.querySelector('.event-map__leaflet')!.getBoundingClientRect();
    return els.flatMap((e, i) => {
      const r = e.getBoundingClientRect();
      return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom ? [i] : [];
    });
  });
  expect(inSight.length).toBeGreaterThan(0);
  for (const i of inSight.slice(0, 6)) {
    await markers.nth(i).hover({ force: true });
    await markers.nth(i).click({ force: true });
  }
  await page.waitForTimeout(300);
  await saveScreenshot(page, 'hostile-import');
  await inert(page, s);
});
