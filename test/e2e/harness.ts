// Drives Debian's Chromium through playwright-core with a fresh profile, and records what a
// page does that it should not: script errors, dialogs, requests off the app's origin.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium not found: install Debian\'s "chromium" package (apt-get install -y chromium) or set CHROME_PATH.');
  }
  return found;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** Messages of any alert/confirm/prompt dialogs (dismissed). */
  dialogs: string[];
  /** Requests to anything but the app's origin (or data:/blob:). */
  offOrigin: string[];
  /** The profile directory, kept across `reopen()` so storage survives like a real reload of the browser. */
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchBrowser(opts: { profileDir?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'dateline-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const dialogs: string[] = [];
  const offOrigin: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  };
  watch(page);
  context.on('page', watch);
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) offOrigin.push(url);
  });
  return {
    context,
    page,
    errors,
    dialogs,
    offOrigin,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG under test-results/screenshots/NAME.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9_-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** A free TCP port on the loopback interface, for a server the tests or benchmarks start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
