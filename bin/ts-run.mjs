#!/usr/bin/env node
// Runs a TypeScript entry point (Node 20 cannot strip types by itself): node bin/ts-run.mjs FILE.ts [args...]
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: ts-run.mjs FILE.ts [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
register('./ts-hooks.mjs', import.meta.url);
await import(pathToFileURL(path.resolve(entry)).href);
