// Screenshots a page of the dev server: node bin/ts-run.mjs test/app/shoot.ts [path] [name]
import { createServer } from 'vite';
import { launchBrowser, saveScreenshot } from '../e2e/harness.ts';

const [path = '/', name = 'dev-app'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const narrow = process.argv.includes('--narrow');
const s = await launchBrowser(narrow ? { viewport: { width: 420, height: 860 } } : {});
try {
  await s.page.goto(`${url}${path}`);
  await s.page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await s.page.waitForTimeout(800);
  console.log('shot', await saveScreenshot(s.page, `${name}-initial`));
  const first = s.page.locator('.ev-marker').first();
  console.log('first marker:', await first.getAttribute('aria-label'));
  await first.click();
  await s.page.waitForTimeout(500);
  console.log('shot', await saveScreenshot(s.page, `${name}-selected`));
  await s.page.getByText('Correct this event').click();
  await s.page.locator('.workspace-drawer > summary').click();
  await s.page.waitForTimeout(300);
  console.log('shot', await saveScreenshot(s.page, `${name}-panels`));
  if (process.argv.includes('--zoom')) {
    await s.page.getByRole('button', { name: 'Zoom axis to window' }).click();
    await s.page.waitForTimeout(300);
    console.log('shot', await saveScreenshot(s.page, `${name}-zoomed`));
  }
  console.log('markers:', await s.page.locator('.ev-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))));
  console.log('errors', s.errors, 'offOrigin', s.offOrigin);
} finally {
  await s.close();
  await server.close();
}
