// Loads the engine's data for Node: the gazetteer file built by `npm run data` (and the learned
// tagger once one is available), read once per process and handed to the pure core.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine, Gazetteer, Tagger } from '../core/index.ts';
import { CliError, EXIT } from './errors.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_GAZETTEER = path.join(REPO_ROOT, 'public/data/gazetteer.bin');
export const TAGGER_MODEL = path.join(REPO_ROOT, 'src/core/tagger/model.json');

export interface LoadedEngine {
  engine: Engine;
  gazetteerPath: string;
  loadMs: number;
}

const cache = new Map<string, LoadedEngine>();

/** The gazetteer path: --gazetteer, else $DATELINE_GAZETTEER, else the built file in public/data. */
export function gazetteerPath(explicit?: string): string {
  return path.resolve(explicit ?? process.env.DATELINE_GAZETTEER ?? DEFAULT_GAZETTEER);
}

export interface EngineOptions {
  /** Add the learned toponym tagger (src/core/tagger/model.json) to the gazetteer matcher. */
  tagger?: boolean;
}

/** Fails with the usual message when the gazetteer (or the tagger model, when asked for) is missing. */
export function checkEngineFiles(explicitPath?: string, options: EngineOptions = {}): void {
  const file = gazetteerPath(explicitPath);
  if (!existsSync(file)) {
    throw new CliError(EXIT.input, `the gazetteer ${file} is missing; build it with \`npm run data\` (in ${REPO_ROOT}).`);
  }
  if (options.tagger && !existsSync(TAGGER_MODEL)) throw new CliError(EXIT.input, `the tagger model ${TAGGER_MODEL} is missing; pass --no-tagger for rules alone, or train one with \`npm run train\`.`);
}

export async function loadEngine(explicitPath?: string, options: EngineOptions = {}): Promise<LoadedEngine> {
  const file = gazetteerPath(explicitPath);
  const key = `${options.tagger ? 'tagger|' : ''}${file}`;
  const hit = cache.get(key);
  if (hit) return hit;
  checkEngineFiles(file, options);
  // Imported lazily and checked, so a usage error or --help never pays for the engine.
  const core = await import('../core/index.ts');
  const t0 = performance.now();
  let gazetteer: Gazetteer;
  try {
    gazetteer = core.loadGazetteer(readFileSync(file));
  } catch (err) {
    throw new CliError(EXIT.input, `the gazetteer ${file} could not be loaded (${(err as Error).message}); rebuild it with \`npm run data\`.`);
  }
  let tagger: Tagger | undefined;
  if (options.tagger) {
    try {
      tagger = core.loadTaggerModel(readFileSync(TAGGER_MODEL, 'utf8'), gazetteer);
    } catch (err) {
      throw new CliError(EXIT.input, `the tagger model ${TAGGER_MODEL} could not be loaded (${(err as Error).message}); pass --no-tagger for rules alone.`);
    }
  }
  const loaded: LoadedEngine = { engine: core.createEngine(gazetteer, tagger), gazetteerPath: file, loadMs: performance.now() - t0 };
  cache.set(key, loaded);
  return loaded;
}
