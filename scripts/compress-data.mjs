#!/usr/bin/env node
// Writes a gzip (.gz) and a brotli (.br) copy beside every file in public/data, once: the servers
// (`npm start`, `npm run preview`, scripts/precompressed.mjs) send them to browsers that accept them,
// so the 12.5 MB gazetteer crosses the wire as about 4.3 MB without compressing it on every request.
// A copy is rewritten only when it is missing or older than its file.
// Usage: node scripts/compress-data.mjs [DIR]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'public/data'));
const gz = promisify(gzip);
const br = promisify(brotliCompress);

function files(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(d, e.name);
    if (e.isDirectory()) return files(full);
    return /\.(gz|br)$/.test(e.name) ? [] : [full];
  });
}

const fresh = (copy, src) => {
  try {
    return statSync(copy).mtimeMs >= statSync(src).mtimeMs;
  } catch {
    return false;
  }
};

const t0 = performance.now();
const jobs = [];
for (const f of files(dir)) {
  const todo = [];
  if (!fresh(`${f}.gz`, f)) todo.push(['gz', (b) => gz(b, { level: 9 })]);
  // Quality 10 is within 1% of 11 on the gazetteer and several times faster to build.
  if (!fresh(`${f}.br`, f)) todo.push(['br', (b) => br(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })]);
  if (!todo.length) continue;
  const buf = readFileSync(f);
  for (const [ext, run] of todo) {
    jobs.push(
      run(buf).then((out) => {
        writeFileSync(`${f}.${ext}`, out);
        return `${path.relative(dir, f)}.${ext} ${(out.length / 1024).toFixed(0)} KB`;
      }),
    );
  }
}
if (jobs.length) {
  const done = await Promise.all(jobs);
  console.log(`compress-data: ${done.join(', ')} in ${Math.round(performance.now() - t0)} ms`);
}
