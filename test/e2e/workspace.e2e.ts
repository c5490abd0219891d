// The workspace promise in a real browser: two analysed articles and a correction survive a
// reload (IndexedDB), and a Dateline JSON export imports back into the same workspace.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

const SECOND = {
  text:
    'KHARKIV, Ukraine — Russian artillery shelled residential districts of Kharkiv on Tuesday, killing three civilians, regional officials said.\n\n' +
    'A drone strike hit an oil depot near Belgorod on Monday night, the regional governor said.',
  published: '2022-03-02',
  title: 'Shelling in Kharkiv',
};

interface Stored {
  articles: { id: string; events: number }[];
  corrections: { id: string; kind: string; articleId: string; eventId: string }[];
}

/** What IndexedDB holds right now, read from inside the page. */
function readStore(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const req = indexedDB.open('dateline');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['articles', 'corrections']);
          const a = tx.objectStore('articles').getAll();
          const c = tx.objectStore('corrections').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              articles: a.result.map((x: { id: string; analysis: { events: unknown[] } | null }) => ({ id: x.id, events: x.analysis ? x.analysis.events.length : -1 })),
              corrections: c.result,
            });
          };
        };
      }),
  );
}

const status = (page: Page) => page.locator('.topbar__status');

async function waitForArticles(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 60_000, interval: 250 }).toMatch(new RegExp(`^${n} articles? · \\d+ events?`));
}

async function openDrawer(page: Page): Promise<void> {
  const drawer = page.locator('details.workspace-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
}

async function exportJSON(page: Page): Promise<{ file: string; data: { articles: unknown[]; corrections: unknown[] } }> {
  await openDrawer(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Dateline JSON' }).click()]);
  const file = await download.path();
  return { file, data: JSON.parse(readFileSync(file, 'utf8')) };
}

let s: BrowserSession;
beforeAll(async () => {
  s = await launchBrowser();
  // Counts analysis requests sent to the worker, to see that a re-run really ran.
  await s.context.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    const w = window as unknown as { __analyses: number };
    w.__analyses = 0;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if ((message as { type?: string } | null)?.type === 'analyze') w.__analyses++;
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    } as Worker['postMessage'];
  });
});
const analyses = (page: Page) => page.evaluate(() => (window as unknown as { __analyses: number }).__analyses);
afterAll(async () => {
  await s?.close();
});

test('two articles, their events and a correction survive a reload; export and import give the same workspace', async () => {
  const { page } = s;
  await page.goto(inject('baseURL'));
  // A first visit opens with the sample analysed.
  await waitForArticles(page, 1);

  await page.getByRole('textbox', { name: 'Article text' }).fill(SECOND.text);
  await page.getByRole('textbox', { name: 'Published' }).fill(SECOND.published);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(SECOND.title);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await waitForArticles(page, 2);
  // The status line follows the page's memory; the store is written just after: wait for it.
  await expect.poll(async () => (await readStore(page)).articles.map((a) => a.events > 0), { timeout: 30_000, interval: 250 }).toEqual([true, true]);
  const before = await readStore(page);
  expect(before.articles).toHaveLength(2);

  // Correct the place of the first event that has one: another ranked candidate when offered, else a moved marker.
  const events = page.getByRole('list', { name: 'Events' }).getByRole('button');
  await events.first().click();
  const card = page.getByRole('dialog', { name: /^Excerpt:/ });
  await card.getByText('Correct this event').click();
  const placeSelect = card.getByLabel('Place', { exact: true });
  let expected: RegExp;
  if ((await placeSelect.count()) > 0 && (await placeSelect.locator('option').count()) > 1) {
    const label = (await placeSelect.locator('option').nth(1).textContent())!;
    await placeSelect.selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Use this place' }).click();
    expected = new RegExp(`Place chosen: ${label.split(' (')[0].split(',')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  } else {
    await card.getByLabel('Latitude').fill('36.2021');
    await card.getByLabel('Longitude').fill('37.1343');
    await card.getByRole('button', { name: 'Move marker' }).click();
    expected = /Moved by hand: 36\.2021, 37\.1343/;
  }
  await expect.poll(async () => (await readStore(page)).corrections.length, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => card.getByRole('list', { name: 'Corrections made' }).textContent()).toMatch(expected);
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeTruthy();
  const selectedKey = new URL(page.url()).searchParams.get('sel')!;
  await saveScreenshot(page, 'workspace-corrected');

  await page.reload();
  await waitForArticles(page, 2);
  const after = await readStore(page);
  expect(after.articles).toEqual(before.articles);
  expect(after.corrections).toHaveLength(1);
  // The link reopens the same event, and it still shows as corrected.
  const reopened = page.getByRole('dialog', { name: /^Excerpt:/ });
  await reopened.getByText('Correct this event').click();
  expect(await reopened.getByRole('list', { name: 'Corrections made' }).textContent()).toMatch(expected);
  expect(new URL(page.url()).searchParams.get('sel')).toBe(selectedKey);
  expect(await page.locator(`.event-item[data-key="${selectedKey}"] .event-item__corrected`).count()).toBe(1);

  // Re-running the analysis of that article keeps the correction on its event.
  const correctedArticle = selectedKey.slice(0, selectedKey.indexOf(':'));
  await openDrawer(page);
  const runs = await analyses(page);
  await page.locator('.workspace-panel .articles li').nth(after.articles.findIndex((a) => a.id === correctedArticle))
    .getByRole('button', { name: /^Re-run the analysis of/ }).click();
  await expect.poll(() => analyses(page), { timeout: 10_000 }).toBe(runs + 1);
  await waitForArticles(page, 2);
  expect((await readStore(page)).articles.find((a) => a.id === correctedArticle)!.events).toBeGreaterThan(0);
  await expect.poll(() => page.locator(`.event-item[data-key="${selectedKey}"] .event-item__corrected`).count()).toBe(1);
  expect((await readStore(page)).corrections).toHaveLength(1);

  // GeoJSON and CSV carry the correction too.
  await openDrawer(page);
  const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
  const fc = JSON.parse(readFileSync(await geo.path(), 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  const corrected = fc.features.find((f: { id?: string }) => f.id === selectedKey);
  expect(corrected.properties.corrected.length).toBeGreaterThan(0);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(rows[0]).toMatch(/^event_id,event_date,.*,corrected,sources$/);
  expect(rows.find((r) => r.startsWith(`${selectedKey},`))).toMatch(/,(place|move),/);

  // Export, empty the workspace, import: the same articles and corrections come back.
  const first = await exportJSON(page);
  expect(first.data.articles).toHaveLength(2);
  // One at a time: a second click before the first delete has redrawn the list would hit the same row.
  for (let left = after.articles.length - 1; left >= 0; left--) {
    await page.getByRole('button', { name: /^Delete article/ }).first().click();
    await waitForArticles(page, left);
  }
  await page.getByLabel('Import workspace file').setInputFiles(first.file);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).count()).toBe(1);
  await waitForArticles(page, 2);
  const second = await exportJSON(page);
  expect(second.data.articles).toEqual(first.data.articles);
  expect(second.data.corrections).toEqual(first.data.corrections);

  // Select words in the shown article and add an event from their sentence; it is stored and shown as added.
  const eventsBefore = await page.getByRole('list', { name: 'Events' }).getByRole('button').count();
  await page.evaluate(() => {
    const body = document.querySelector('.article-panel__text')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && (node.nodeValue ?? '').trim().length < 20) node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node!, 2);
    range.setEnd(node!, 12);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await openDrawer(page);
  const add = page.getByRole('region', { name: 'Add an event from the selected sentence' });
  await add.getByLabel('Event type').selectOption('shelling');
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect.poll(async () => (await readStore(page)).corrections.filter((c) => c.kind === 'add').length).toBe(1);
  await expect.poll(() => page.getByRole('list', { name: 'Events' }).getByRole('button').count()).toBe(eventsBefore + 1);
  expect(await page.locator('.event-item__corrected').count()).toBeGreaterThanOrEqual(2);

  // A damaged file changes nothing and says why.
  const broken = first.file.replace(/$/, '.broken.json');
  writeFileSync(broken, JSON.stringify({ ...first.data, format: 'dateline-workspace', version: 1, articles: [{ id: 'x' }] }));
  await page.getByLabel('Import workspace file').setInputFiles(broken);
  await expect.poll(async () => (await page.getByRole('alert').allTextContents()).join(' ')).toMatch(/damaged and was not imported/);
  expect((await readStore(page)).articles).toHaveLength(2);
  await saveScreenshot(page, 'workspace-reimported');
  expect(s.errors).toEqual([]);
  expect(s.offOrigin).toEqual([]);
});
