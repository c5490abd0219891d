/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit suite ("unit") and the browser suite ("e2e").
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressed } from './scripts/vite-precompressed.ts';

export default defineConfig({
  // The data files (gazetteer, basemap) are sent as their prebuilt .br/.gz copies.
  plugins: [react(), precompressed()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
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
