// Module hooks that let Node 20 run the project's TypeScript: each .ts file is compiled by esbuild
// as it is loaded (types stripped, nothing bundled, an inline source map for stack traces).
// tsx did this before, but tsx always compiles with esbuild's keepNames, which wraps every closure
// the engine makes in a defineProperty call; in the analysis loop that cost about 9% of the time
// (bench/engine.ts, whole engine with tagger). The browser build has no keepNames either, so the
// CLI and the benchmarks now run the engine as the browser does.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const TS = /\.(?:ts|tsx|mts)$/;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TS.test(new URL(url).pathname) || url.includes('/node_modules/')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const source = await readFile(file, 'utf8');
  const out = await transform(source, {
    loader: file.endsWith('x') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'inline',
    sourcefile: file,
  });
  return { format: 'module', source: out.code, shortCircuit: true };
}
