// Gives the app its saved-map viewer: after the app's build, builds vite.viewer.config.ts and
// puts the single file beside the app as dateline-viewer.html (the "Save map as file" button
// fetches it from the app's own origin); under `vite` dev, builds it on the first request.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export const VIEWER_FILE = 'dateline-viewer.html';

async function buildViewer(root: string): Promise<string> {
  const outDir = path.join(root, 'node_modules/.cache/dateline-viewer');
  await build({ root, mode: 'production', configFile: path.join(root, 'vite.viewer.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const html = readFileSync(path.join(outDir, 'viewer.html'), 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  return html;
}

export function viewerPlugin(): Plugin {
  let config: ResolvedConfig;
  let dev: Promise<string> | null = null;
  return {
    name: 'dateline:viewer',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const html = await buildViewer(config.root);
      writeFileSync(path.join(path.resolve(config.root, config.build.outDir), VIEWER_FILE), html);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || new URL(req.url, 'http://x').pathname !== `${config.base}${VIEWER_FILE}`) return next();
        dev ??= buildViewer(config.root);
        dev.then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          },
          (e: unknown) => {
            dev = null;
            next(e);
          },
        );
      });
    },
  };
}
