// Builds the saved map's viewer (viewer.html + src/viewer) into ONE html file: every script,
// style and asset inlined (vite-plugin-singlefile), and the CSP's script hash written in, so the
// file runs from disk with its own script only. scripts/viewer-plugin.ts runs this build after
// the app's and serves the result as dateline-viewer.html.
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

const HASH_MARKER = "'sha256-__VIEWER_SCRIPT_HASH__'";

/** Replaces the CSP's placeholder with the sha256 of each inline script, once they are inlined. */
function cspScriptHash(): Plugin {
  return {
    name: 'dateline:viewer-csp-hash',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
          if (!hashes.length || !html.includes(HASH_MARKER)) this.error('viewer.html: no inline script to hash, or no CSP placeholder');
          file.source = html.replace(HASH_MARKER, hashes.join(' '));
        }
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  // A saved map is always the production build, even when made under `vite` dev or vitest.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true }), cspScriptHash()],
  build: {
    outDir: 'dist-viewer',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: { input: 'viewer.html' },
  },
});
