#!/usr/bin/env node
// The `dateline` command: runs the TypeScript CLI (compiled as it loads, see ts-hooks.mjs) so the
// CLI and the browser share one engine.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
