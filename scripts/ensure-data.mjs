// Builds the generated data (the offline gazetteer) when it is missing or older than its
// build script, so `npm ci`, `npm start`, `npm test` and `npm run build` all work on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/build-gazetteer.mjs');
const output = path.join(root, 'public/data/gazetteer.json');

if (!existsSync(script)) process.exit(0);
const stale = !existsSync(output) || statSync(output).mtimeMs < statSync(script).mtimeMs;
if (stale) {
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
  process.exit(r.status ?? 1);
}
