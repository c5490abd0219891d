#!/usr/bin/env node
// The `dateline` command: loads the TypeScript CLI through tsx so the CLI and the browser share one engine.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
