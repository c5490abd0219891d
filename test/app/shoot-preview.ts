// Screenshots the fixture preview page under the dev server: node bin/ts-run.mjs test/app/shoot-preview.ts
import { createServer } from 'vite';
import { launchBrowser, saveScreenshot } from '../e2e/harness.ts';

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls!.local[0]!;
const s = await launchBrowser();
try {
  await s.page.goto(`${url}test/app/fixture-preview.html`);
  await s.page.locator('.ev-marker').first().waitFor({ timeout: 30_000 });
  await s.page.waitForTimeout(800);
  console.log('shot', await saveScreenshot(s.page, 'preview-initial'));
  await s.page.getByRole('button', { name: /^Air strike, Syria/ }).first().click();
  await s.page.waitForTimeout(400);
  console.log('shot', await saveScreenshot(s.page, 'preview-selected'));
  console.log('errors', s.errors);
} finally {
  await s.close();
  await server.close();
}
