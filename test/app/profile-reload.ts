// Dev tool: profiles a reload of the app holding a 10k-event workspace and prints the hottest functions
// (node bin/ts-run.mjs test/app/profile-reload.ts; builds an unminified copy under /tmp first).
import { build, preview } from 'vite';
import { writeFileSync } from 'node:fs';
import { syntheticWorkspace } from '../../bench/browser.ts';
import { launchBrowser } from '../e2e/harness.ts';

writeFileSync('/tmp/ws10k.json', syntheticWorkspace());
await build({ logLevel: 'warn', mode: 'production', build: { outDir: '/tmp/dateline-prof', emptyOutDir: true, minify: false } });
const server = await preview({ build: { outDir: '/tmp/dateline-prof' }, preview: { host: '127.0.0.1', port: 4397 }, logLevel: 'warn' });
const s = await launchBrowser();
const page = s.page;
try {
  await page.goto('http://127.0.0.1:4397/');
  await page.locator('.ev-marker').first().waitFor({ timeout: 60000 });
  await page.locator('.workspace-drawer > summary').click();
  await page.getByLabel('Import workspace file').setInputFiles('/tmp/ws10k.json');
  await page.waitForFunction(() => /10,?0\d\d events/.test(document.querySelector('.topbar__status')?.textContent ?? ''), null, { timeout: 120000 });
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.reload();
  await page.waitForFunction(() => /10,?0\d\d events/.test(document.querySelector('.topbar__status')?.textContent ?? '') && document.querySelector('.ev-marker, .ev-cluster'), null, { timeout: 120000 });
  console.log('reload ms', Date.now() - t0);
  await cdp.send('Profiler.stop');
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.start');
  console.log('first move ms', await page.evaluate(`(async () => { const t = performance.now();
    document.querySelector('[role="slider"][aria-label="Timeline start"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); return performance.now() - t; })()`));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
} finally {
  await s.close();
  await server.close();
}
