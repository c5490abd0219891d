// The researcher's workflow gaps, in Chromium: a new article is shown after an earlier selection;
// several files open at once as a batch; the same article is not stored twice; a bad file's error
// is in view; stamps, wire datelines, future dates and French text each get a word; many
// articles show progress; week- and month-dated events are bars on the timeline, and the
// window can be cumulative, kept in the URL.
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { serializeWorkspace } from '../../src/features/workspace/workspace-file.ts';
import type { WorkspaceArticle } from '../../src/shared/model/workspace.ts';
import { launchBrowser, saveScreenshot, type BrowserSession } from './harness.ts';

let s: BrowserSession;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-workflow-'));
const file = (name: string, body: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
};
const status = () => page.locator('.topbar__status');
const notes = async () => (await page.locator('.article-input .notes').allTextContents()).join(' | ');

async function waitForArticles(n: number): Promise<void> {
  await page.waitForFunction((k) => new RegExp(`^${k} articles? · \\d+ events?`).test(document.querySelector('.topbar__status')?.textContent ?? ''), n, { timeout: 90_000, polling: 250 });
}

async function add(text: string, published: string, title?: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('textbox', { name: 'Published' }).fill(published);
  if (title) await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Analyze' }).click();
}

/** True when the element lies wholly inside the visible part of the scrolling box around it. */
async function inView(selector: string, box: string): Promise<boolean> {
  return page.evaluate(
    ([sel, b]) => {
      const el = document.querySelector(sel!)!.getBoundingClientRect();
      const r = document.querySelector(b!)!.getBoundingClientRect();
      return el.top >= r.top - 1 && el.bottom <= r.bottom + 1 && el.bottom <= innerHeight;
    },
    [selector, box],
  );
}

const WEEK_MONTH = 'ALEPPO, Syria — Israeli jets struck a weapons depot near Aleppo last week, killing five fighters, a monitor said.\n\nIn March, shelling hit the town of Idlib repeatedly, residents said.';

beforeAll(async () => {
  s = await launchBrowser();
  page = s.page;
  await page.goto(inject('baseURL'));
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await waitForArticles(1);
});

afterAll(async () => {
  await s?.close();
});

test('a new article is shown once added, even with an event of another one selected', async () => {
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await page.getByRole('dialog').waitFor();
  await add(WEEK_MONTH, '2020-05-06', 'Depot and Idlib');
  await waitForArticles(2);
  await expect.poll(() => page.locator('.article-panel__title').textContent()).toBe('Depot and Idlib');
  expect(await page.getByRole('dialog').count()).toBe(0);
});

test('events dated to a week or a month are bars across their range on the timeline, not days', async () => {
  await expect.poll(() => page.locator('.timeline__count').textContent()).toMatch(/2 dated only to a week, month or range/);
  const d = (await page.locator('.timeline__bars').first().getAttribute('d')) ?? '';
  expect(d.match(/M/g)).toHaveLength(2);
  // The month bar is about 31 days wide on the axis.
  const widths = [...d.matchAll(/M([\d.]+) [\d.]+H([\d.]+)/g)].map((m) => Number(m[2]) - Number(m[1]));
  const axis = (await page.locator('.timeline__axis').boundingBox())!;
  const days = await page.evaluate(() => {
    const sliders = [...document.querySelectorAll('[role=slider]')];
    return Number(sliders.at(-1)!.getAttribute('aria-valuemax')) - Number(sliders[0]!.getAttribute('aria-valuemin')) + 1;
  });
  expect(Math.max(...widths)).toBeGreaterThan(((axis.width * 28) / days) * 0.9);
  await saveScreenshot(page, 'timeline-spans');
});

test('the window can be cumulative: one end handle, the start at the first date, kept in the URL', async () => {
  await page.getByRole('combobox', { name: /Window/ }).selectOption('cumulative');
  expect(await page.getByRole('slider', { name: 'Timeline start' }).count()).toBe(0);
  await expect.poll(() => page.url()).toMatch(/win=cumulative/);
  const end = page.getByRole('slider', { name: 'Timeline end' });
  await end.focus();
  await page.keyboard.press('Home');
  await page.reload();
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  expect(await page.getByRole('combobox', { name: /Window/ }).inputValue()).toBe('cumulative');
  expect(await page.getByRole('slider', { name: 'Timeline start' }).count()).toBe(0);
  await page.getByRole('combobox', { name: /Window/ }).selectOption('moving');
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect.poll(() => page.url()).not.toMatch(/win=cumulative/);
});

test('several files open as a batch with their dates found (stamp, wire dateline); unreadable ones say why; all are added', async () => {
  const a = file('kyiv.txt', 'Updated 04-10-2023 08:15\nKYIV — Russian drones struck an energy facility in Kyiv overnight, officials said.');
  const b = file('kabul.txt', '© 2019 Wire Service\nKABUL (Reuters) May 6 - A suicide bomber killed four people at a checkpoint in Kabul on Monday, police said.');
  const c = file('scan.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0x01, 0x02, 0x03]));
  await page.getByLabel('Open a file').setInputFiles([a, b, c]);
  const batch = page.locator('.file-batch');
  await batch.waitFor();
  expect(await page.getByRole('textbox', { name: 'Published (kyiv.txt)' }).inputValue()).toBe('2023-10-04');
  expect(await batch.textContent()).toMatch(/read day first as 4 October 2023; it could also be 10 April 2023/);
  expect(await page.getByRole('textbox', { name: 'Published (kabul.txt)' }).inputValue()).toBe('2019-05-06');
  expect(await batch.textContent()).toMatch(/"scan.pdf" is not a \.txt, \.md or \.html file/);
  await saveScreenshot(page, 'batch-files');
  await page.getByRole('button', { name: 'Add 2 articles' }).click();
  await waitForArticles(4);
  expect(await batch.count()).toBe(0);
});

test('the same article again is refused and said, not stored twice', async () => {
  await add(WEEK_MONTH.replace('\n\n', '\n'), '2020-05-06');
  const alert = page.locator('.article-input [role=alert]');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/is already in the workspace as "Depot and Idlib": it was not added again/);
  await page.waitForTimeout(500);
  expect(await status().textContent()).toMatch(/^4 articles/);
  await page.getByRole('button', { name: 'Clear' }).click();
});

test('a file that cannot be read gets its error where the reader is looking', async () => {
  // Scroll the form's pane to its end first, as after filling it in.
  await page.locator('.input-pane').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.getByLabel('Open a file').setInputFiles(file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])));
  await page.locator('.article-input [role=alert]').waitFor();
  await expect.poll(() => inView('.article-input [role=alert]', '.input-pane')).toBe(true);
  await saveScreenshot(page, 'file-error-in-view');
});

test('a workspace file that cannot be imported says so where the drawer shows it', async () => {
  const drawer = page.locator('details.workspace-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
  await drawer.evaluate((d) => (d.scrollTop = 0));
  await page.getByLabel('Import workspace file').setInputFiles(file('broken.json', '{"format":"dateline-workspace","version":1,"articles":[{"id":1}]}'));
  const alert = page.locator('.workspace-panel [role=alert]');
  await alert.waitFor();
  await expect.poll(() => inView('.workspace-panel [role=alert]', 'details.workspace-drawer')).toBe(true);
  await drawer.locator('summary').click();
});

test('a future publication date and a French text are accepted with a warning each', async () => {
  await add('Russian artillery shelled Kharkiv on Tuesday, killing two people, regional officials said.', '2099-01-05');
  await expect.poll(notes).toMatch(/The publication date 2099-01-05 is after today/);
  await waitForArticles(5);
  const fr =
    "Des frappes aériennes ont visé lundi soir un dépôt d'armes près de la ville de Homs, dans le centre de la Syrie, selon une ONG. Au moins cinq combattants ont été tués dans l'attaque, qui n'a pas été revendiquée.";
  await add(fr, '2020-05-06');
  await expect.poll(notes).toMatch(/looks like French, not English\. Dateline reads only English/);
  await waitForArticles(6);
  await saveScreenshot(page, 'french-warning');
});

test('many articles at once show how far the analysis has got', async () => {
  const articles: WorkspaceArticle[] = Array.from({ length: 25 }, (_, i) => ({
    id: `bulk-${i}`,
    title: `Bulk report ${i + 1}`,
    text: `Report ${i + 1}. Israeli jets struck a weapons depot near Aleppo on Monday, killing ${i + 2} fighters, a monitor said.`,
    published: '2020-05-06',
    addedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
    analysis: null,
  }));
  const drawer = page.locator('details.workspace-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('summary').click();
  const seen: string[] = [];
  const watch = setInterval(() => {
    void page.locator('.topbar__status').textContent().then((t) => t && seen.push(t), () => undefined);
  }, 100);
  await page.getByLabel('Import workspace file').setInputFiles(file('bulk.json', serializeWorkspace(articles, [], '2024-01-01T00:00:00.000Z')));
  await waitForArticles(31);
  clearInterval(watch);
  expect(seen.some((t) => /Analysing article \d+ of 25/.test(t)), seen.join('\n')).toBe(true);
  expect(s.errors).toEqual([]);
});
