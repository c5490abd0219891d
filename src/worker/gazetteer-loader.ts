// Bridges to the engine's gazetteer loader (src/core/gazetteer/gazetteer.ts), looked up at run
// time while that module is still being written, with a clear error if it is missing.
import type { Gazetteer } from '../core/index.ts';
import * as gazetteerModule from '../core/gazetteer/gazetteer.ts';

type Loader = (json: string) => Gazetteer;

export function loadGazetteer(json: string): Gazetteer {
  const load = (gazetteerModule as unknown as Record<string, unknown>).loadGazetteer as Loader | undefined;
  if (typeof load !== 'function') throw new Error('This build has no gazetteer loader yet (src/core/gazetteer/gazetteer.ts).');
  return load(json);
}
