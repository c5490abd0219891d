/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit suite ("unit") and the browser suite ("e2e").
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viewerPlugin } from './scripts/viewer-plugin.ts';
import { precompressed } from './scripts/vite-precompressed.ts';

/**
 * Headers no meta element can set: no MIME sniffing, no referrer, and no framing by any page (a
 * meta CSP cannot carry frame-ancestors). The rest of the policy is index.html's meta. Static hosts
 * get the same from public/_headers.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export default defineConfig({
  // The data files (gazetteer, basemap) are sent as their prebuilt .br/.gz copies.
  plugins: [react(), viewerPlugin(), precompressed()],
  server: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1500, sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
