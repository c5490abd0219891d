// Dev tool: drags on the built timeline and prints what the brush saw (node bin/tsx-run.mjs test/app/debug-brush.ts).
import { preview } from 'vite';
import { launchBrowser } from '../e2e/harness.ts';

const server = await preview({ preview: { host: '127.0.0.1', port: 4398 }, logLevel: 'warn' });
const s = await launchBrowser();
const page = s.page;
try {
  await page.goto('http://127.0.0.1:4398/');
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  const start = page.getByRole('slider', { name: 'Timeline start' });
  await start.focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  console.log('before', await start.getAttribute('aria-valuetext'), await page.getByRole('slider', { name: 'Timeline end' }).getAttribute('aria-valuetext'));
  const box = (await page.locator('.timeline__brush .overlay').boundingBox())!;
  console.log('overlay', box, await page.locator('.timeline__brush .selection').getAttribute('style'), await page.locator('.timeline__brush .selection').getAttribute('width'));
  const x = box.x + box.width * 0.9;
  const y = box.y + box.height / 2;
  console.log('hit', await page.evaluate(([x, y]) => { const e = document.elementFromPoint(x, y); return e?.tagName + '.' + e?.getAttribute('class'); }, [x, y]));
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, y, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  console.log('after', await page.getByRole('slider', { name: 'Timeline start' }).getAttribute('aria-valuetext'), await page.getByRole('slider', { name: 'Timeline end' }).getAttribute('aria-valuetext'));
  console.log('sel', await page.locator('.timeline__brush .selection').evaluate((e) => [e.getAttribute('x'), e.getAttribute('width'), e.getAttribute('style')]));
  console.log(s.errors);
} finally {
  await s.close();
  await server.close();
}
