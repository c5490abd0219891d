// One engine door: outside the engine itself, code reaches src/core only through src/core/index.ts,
// so the worker, the CLI, batch workers, bench and the tests all assemble the engine one way
// (createEngine). Unit tests under test/core test the engine's modules from the inside, and the
// build-time tools in scripts/ (gazetteer builder, tagger trainer) are part of the engine's own
// tooling; both are outside this rule. A data file imported as a URL (model.json?url) is an asset.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './purity-scan.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORE = path.join(ROOT, 'src/core');
const DOOR = path.join(CORE, 'index.ts');
const CALLERS = ['src', 'bench', 'bin', 'test'];
const INSIDE = [CORE, path.join(ROOT, 'test/core')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(m|c)?[jt]sx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The imports of one file that reach past the door: a path into src/core other than index.ts. */
export function pastTheDoor(file: string, src: string): string[] {
  return importsOf(src).flatMap(({ line, spec }) => {
    if (!spec.startsWith('.')) return [];
    const [bare, query] = spec.split('?');
    const target = path.resolve(path.dirname(file), bare!);
    if (!target.startsWith(CORE + path.sep) || target === DOOR) return [];
    if (query !== undefined && !/\.[cm]?[jt]sx?$/.test(target)) return []; // an asset URL, not engine code
    return [`${path.relative(ROOT, file)}:${line}: imports ${spec}`];
  });
}

describe('the engine door', () => {
  it('every caller outside the engine imports src/core/index.ts and nothing deeper', () => {
    const files = CALLERS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => !INSIDE.some((dir) => f.startsWith(dir + path.sep)));
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((f) => pastTheDoor(f, readFileSync(f, 'utf8')));
    expect(problems, `use src/core/index.ts (createEngine, loadGazetteer, ...):\n${problems.join('\n')}`).toEqual([]);
  });

  it('the check itself catches an import past the door and lets the door and assets through', () => {
    const file = path.join(ROOT, 'src/cli/example.ts');
    expect(pastTheDoor(file, "import { findEvents } from '../core/events/events.ts';")).toHaveLength(1);
    expect(pastTheDoor(file, "export { x } from '../core/types.ts';")).toHaveLength(1);
    expect(pastTheDoor(file, "const m = await import('../core/places/mentions.ts');")).toHaveLength(1);
    expect(pastTheDoor(file, "import { createEngine } from '../core/index.ts';")).toEqual([]);
    expect(pastTheDoor(file, "import url from '../core/tagger/model.json?url';")).toEqual([]);
    expect(pastTheDoor(file, "// import { x } from '../core/events/events.ts';")).toEqual([]);
  });
});
