// Dev tool: profiles time-window moves over a 10k-event workspace under the dev server and prints the hottest functions.
// node bin/ts-run.mjs test/app/profile-window.ts
import { build, preview } from 'vite';
import { writeFileSync } from 'node:fs';
process.chdir('/work/main');
const { syntheticWorkspace } = await import('../../bench/browser.ts');
const { launchBrowser } = await import('../e2e/harness.ts');
writeFileSync('/tmp/ws10k.json', syntheticWorkspace());
// A production build without minification: real React, readable names, no dev-server reloads.
await build({ logLevel: 'warn', build: { outDir: '/tmp/dateline-prof', emptyOutDir: true, minify: false } });
const server = await preview({ build: { outDir: '/tmp/dateline-prof' }, preview: { host: '127.0.0.1', port: 4399 }, logLevel: 'warn' });
const url = 'http://127.0.0.1:4399/';
const s = await launchBrowser();
const page = s.page;
await page.goto(url);
await page.locator('.ev-marker').first().waitFor({ timeout: 60000 });
await page.locator('.workspace-drawer > summary').click();
await page.getByLabel('Import workspace file').setInputFiles('/tmp/ws10k.json');
await page.waitForFunction(() => /10,?0\d\d events/.test(document.querySelector('.topbar__status')?.textContent ?? ''), null, { timeout: 120000 });
await page.waitForTimeout(1500);
const cdp = await s.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t = await page.evaluate(`(async () => {
  const slider = document.querySelector('[role="slider"][aria-label="Timeline start"]');
  const times = [];
  for (let i = 0; i < 10; i++) { const t = performance.now();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); times.push(performance.now() - t); }
  return times; })()`);
const { profile } = await cdp.send('Profiler.stop');
console.log('moves', t);
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
(profile.samples ?? []).forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
await s.close();
await server.close();
