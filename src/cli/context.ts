// What every command is given: its streams and a way to get the engine, both replaceable in tests.
import type { Engine } from '../core/index.ts';
import type { EngineOptions } from './engine.ts';
import { loadEngine } from './engine.ts';
import type { CliIO } from './io.ts';
import { processIO } from './io.ts';

export interface CliContext {
  io: CliIO;
  /** Loads (once) the engine with the gazetteer at the given path, or the default one. */
  loadEngine(gazetteerPath?: string, options?: EngineOptions): Promise<Engine>;
}

export const processContext: CliContext = {
  io: processIO,
  loadEngine: async (path, options) => (await loadEngine(path, options)).engine,
};
