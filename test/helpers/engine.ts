// Shared test helper: the real engine (the built gazetteer and the learned tagger, as the CLI and the
// worker run it by default), loaded once per test process and cached, so engine-level tests (golden,
// article fixtures) analyse text exactly as the product does.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createEngine, loadGazetteer, loadTaggerModel } from '../../src/core/index.ts';
import type { Analysis, AnalyzeOptions, Engine } from '../../src/core/index.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const GAZETTEER_FILE = path.join(REPO_ROOT, 'public/data/gazetteer.bin');
export const TAGGER_MODEL = path.join(REPO_ROOT, 'src/core/tagger/model.json');

let cached: Engine | undefined;

/** The engine on the built gazetteer; builds the data first when it is missing. */
export function testEngine(): Engine {
  if (cached) return cached;
  if (!existsSync(GAZETTEER_FILE)) {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/ensure-data.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
    if (r.status !== 0 || !existsSync(GAZETTEER_FILE)) throw new Error(`could not build ${GAZETTEER_FILE}; run \`npm run data\``);
  }
  const gazetteer = loadGazetteer(readFileSync(GAZETTEER_FILE));
  cached = createEngine(gazetteer, loadTaggerModel(readFileSync(TAGGER_MODEL, 'utf8'), gazetteer));
  return cached;
}

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return testEngine().analyze(text, options);
}
