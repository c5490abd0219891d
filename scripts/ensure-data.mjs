// Builds the generated data when it is missing or older than its build scripts, so `npm ci`,
// `npm start`, `npm test` and `npm run build` all work on a fresh clone: the offline gazetteer,
// the basemap (countries, regions, rivers and lakes), then a gzip and a brotli copy of each.
import { existsSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const steps = [
  { script: 'scripts/build-gazetteer.mjs', inputs: ['scripts/gazetteer-writer.mjs'], outputs: ['public/data/gazetteer.bin'], args: ['scripts/build-gazetteer.mjs'] },
  {
    script: 'scripts/build-basemap.ts',
    inputs: ['src/shared/geo/antimeridian.ts', 'scripts/basemap/label-point.ts', 'scripts/basemap/iso-numeric.ts'],
    outputs: ['public/data/basemap/countries.json', 'public/data/basemap/admin1.json', 'public/data/basemap/physical.json'],
    args: ['bin/ts-run.mjs', 'scripts/build-basemap.ts'],
  },
];
for (const s of steps) {
  const script = path.join(root, s.script);
  if (!existsSync(script)) continue;
  const newestInput = Math.max(mtime(script), ...s.inputs.map((f) => mtime(path.join(root, f))));
  if (s.outputs.some((o) => mtime(path.join(root, o)) < newestInput)) run(s.args);
}
// Files older builds wrote and nothing reads any more (the JSON gazetteer, before gazetteer.bin):
// left in public/data they would still be copied into every build.
for (const f of ['public/data/gazetteer.json', 'public/data/gazetteer.json.gz', 'public/data/gazetteer.json.br']) rmSync(path.join(root, f), { force: true });
// Writes only the copies that are missing or stale.
run(['scripts/compress-data.mjs']);
