// Time to decode the gazetteer in the analysis worker, in Chromium, on the built app: the worker
// measures loadGazetteer ('dl:load gazetteer'); this reads that measure on fresh profiles.
// Expects dist/ built; prints numbers, asserts nothing.
// Run with `node bin/ts-run.mjs bench/gazetteer-worker.ts [--visits 5] [--dist DIR]`.
import { preview } from 'vite';
import { parseArgs } from 'node:util';
import type { Worker } from 'playwright-core';
import { freePort, launchBrowser } from '../test/e2e/harness.ts';

const { values } = parseArgs({ options: { visits: { type: 'string', default: '5' }, dist: { type: 'string', default: 'dist' } } });

async function decodeMs(url: string): Promise<number | null> {
  const s = await launchBrowser({ viewport: { width: 1200, height: 800 } });
  try {
    const workers: Worker[] = [];
    s.page.on('worker', (w) => workers.push(w));
    await s.page.goto(url);
    await s.page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
    for (const w of workers) {
      const d = await w.evaluate(() => performance.getEntriesByName('dl:load gazetteer').map((e) => e.duration)).catch(() => []);
      if (d.length) return d[0]!;
    }
    return null;
  } finally {
    await s.close();
  }
}

const port = await freePort();
const server = await preview({ build: { outDir: values.dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
try {
  const ms: (number | null)[] = [];
  for (let i = 0; i < Number(values.visits); i++) ms.push(await decodeMs(`http://127.0.0.1:${port}/`));
  const seen = ms.filter((v): v is number => v !== null).sort((a, b) => a - b);
  console.log(`worker     loadGazetteer in Chromium (${ms.length} fresh profiles): ${ms.map((v) => (v === null ? '?' : v.toFixed(1))).join(', ')} ms` +
    (seen.length ? ` (best ${seen[0]!.toFixed(1)}, median ${seen[Math.floor(seen.length / 2)]!.toFixed(1)})` : ''));
} finally {
  await server.close();
}
