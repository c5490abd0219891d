// Builds the real app once and serves it with `vite preview` on a free loopback port for the
// browser tests; the URL reaches the tests through vitest's provide/inject.
import { build, preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // E2E_SKIP_BUILD=1 reuses dist/ while iterating on tests; CI always builds.
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  process.env.NODE_ENV = 'production';
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    await build({ logLevel: 'warn' });
  }
  const port = await freePort();
  server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
