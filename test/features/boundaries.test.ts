// Features stand side by side: a feature (src/features/X) imports its own files, src/shared and the
// engine door, never another feature and never the app that composes them; src/shared imports only
// itself and the engine. Whatever two features need in common belongs in src/shared, so a feature
// can be changed, or taken out, without reaching into its neighbours.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../core/purity-scan.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const FEATURES = path.join(SRC, 'features');
const SHARED = path.join(SRC, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.[cm]?[jt]sx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The top-level area of src a path lies in: 'features/map', 'shared', 'app', 'core'... or null outside src. */
function areaOf(file: string): string | null {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [top, sub] = rel.split(path.sep);
  return top === 'features' && sub && rel.split(path.sep).length > 2 ? `features/${sub}` : top!;
}

/** The imports of one file under src/features or src/shared that cross a boundary they must not. */
export function crossedBoundaries(file: string, src: string): string[] {
  const from = areaOf(file);
  if (!from || !(from.startsWith('features/') || from === 'shared')) return [];
  return importsOf(src).flatMap(({ line, spec }) => {
    if (!spec.startsWith('.')) return []; // a package (react, leaflet, a stylesheet of one)
    const to = areaOf(path.resolve(path.dirname(file), spec.split('?')[0]!));
    const allowed = from === 'shared' ? ['shared', 'core'] : [from, 'shared', 'core', 'samples'];
    if (to === null || allowed.includes(to)) return [];
    return [`${path.relative(ROOT, file)}:${line}: ${from} imports ${to} (${spec})`];
  });
}

describe('feature boundaries', () => {
  it('no feature imports another feature or the app, and shared imports no feature', () => {
    const files = [...sourceFiles(FEATURES), ...sourceFiles(SHARED)];
    expect(files.length).toBeGreaterThan(40);
    // Every feature directory is seen, so a rename cannot make the check vacuous.
    expect(new Set(files.map(areaOf))).toEqual(new Set(['features/article', 'features/events', 'features/input', 'features/map', 'features/timeline', 'features/workspace', 'shared']));
    const problems = files.flatMap((f) => crossedBoundaries(f, readFileSync(f, 'utf8')));
    expect(problems, `move what both need into src/shared, or pass it from src/app:\n${problems.join('\n')}`).toEqual([]);
  });

  it('the check itself catches a crossing and lets own files, shared, the engine and packages through', () => {
    const map = path.join(FEATURES, 'map/Example.tsx');
    const deep = path.join(FEATURES, 'workspace/sub/deep.ts');
    const shared = path.join(SHARED, 'ui/Example.tsx');
    // Crossings.
    expect(crossedBoundaries(map, "import type { WorkspaceApi } from '../workspace/use-workspace.ts';")).toHaveLength(1);
    expect(crossedBoundaries(map, "export { safeHref } from '../input/check-text.ts';")).toHaveLength(1);
    expect(crossedBoundaries(map, "const t = await import('../timeline/Timeline.tsx');")).toHaveLength(1);
    expect(crossedBoundaries(map, "import '../article/article.css';")).toHaveLength(1);
    expect(crossedBoundaries(map, "import { App } from '../../app/App.tsx';")).toHaveLength(1);
    expect(crossedBoundaries(deep, "import { x } from '../../events/EventList.tsx';")).toHaveLength(1);
    expect(crossedBoundaries(shared, "import { EventList } from '../../features/events/EventList.tsx';")).toHaveLength(1);
    expect(crossedBoundaries(shared, "import { initialView } from '../../app/view-state.ts';")).toHaveLength(1);
    expect(crossedBoundaries(map, "import { a } from './a.ts';\nimport { b } from '../events/b.ts';")).toEqual([
      'src/features/map/Example.tsx:2: features/map imports features/events (../events/b.ts)',
    ]);
    // Allowed.
    expect(crossedBoundaries(map, "import { eventIcon } from './marker-icons.ts';\nimport './map.css';")).toEqual([]);
    expect(crossedBoundaries(deep, "import { apply } from '../apply-corrections.ts';")).toEqual([]);
    expect(crossedBoundaries(map, "import type { WorkspaceEvent } from '../../shared/model/workspace.ts';")).toEqual([]);
    expect(crossedBoundaries(map, "import { EVENT_TYPES } from '../../core/index.ts';")).toEqual([]);
    expect(crossedBoundaries(map, "import 'leaflet/dist/leaflet.css';\nimport * as L from 'leaflet';")).toEqual([]);
    expect(crossedBoundaries(shared, "import { EVENT_STYLES } from './event-style.ts';\nimport type { Place } from '../../core/index.ts';")).toEqual([]);
    // Prose is not an import; files outside features and shared are not this rule's business.
    expect(crossedBoundaries(map, "// import { x } from '../events/x.ts';\nconst s = \"from '../events/x.ts'\";")).toEqual([]);
    expect(crossedBoundaries(path.join(SRC, 'app/App.tsx'), "import { EventList } from '../features/events/EventList.tsx';")).toEqual([]);
  });
});
