// Test helper: the real built gazetteer, built on demand and loaded once per test file.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadGazetteer } from '../../../src/core/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer.ts';

const root = path.resolve(import.meta.dirname, '../../..');
export const GAZETTEER_FILE = path.join(root, 'public/data/gazetteer.bin');
let cached: Gazetteer | undefined;

export function testGazetteer(): Gazetteer {
  if (cached) return cached;
  if (!existsSync(GAZETTEER_FILE)) spawnSync(process.execPath, [path.join(root, 'scripts/ensure-data.mjs')], { stdio: 'inherit', cwd: root });
  cached = loadGazetteer(readFileSync(GAZETTEER_FILE));
  return cached;
}
