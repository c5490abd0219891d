// No array is spread into call arguments anywhere in src/: `found.push(...scan())` and
// `Math.max(...counts)` put every element on the call stack and throw "Maximum call stack size
// exceeded" on the texts the app accepts (5 MB, a million short lines). Use a loop, reduce or concat.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callSpreads } from './call-spread-scan.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['src'];
/** Spreads bounded by construction, each with the reason. */
const ALLOWED: Record<string, string> = {
  'src/app/selectors/memo.ts': 'forwards the arguments of one call, which the stack already held',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('call spreads', () => {
  it('are nowhere in src/, so no list is ever too long for the call stack', () => {
    const files = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(120);
    const found = files.flatMap((f) => callSpreads(readFileSync(f, 'utf8')).map((s) => `${path.relative(ROOT, f)}:${s.line}: ${s.code}`));
    const problems = found.filter((p) => !Object.keys(ALLOWED).some((k) => p.startsWith(`${k}:`)));
    expect(problems, `spread into a call (use a loop):\n${problems.join('\n')}`).toEqual([]);
  });

  it('the scan finds call spreads and leaves array literals, rest parameters and prose alone', () => {
    const lines = (src: string) => callSpreads(src).map((s) => s.line);
    expect(lines('out.push(...found);')).toEqual([1]);
    expect(lines('const m = Math.max(1,\n  ...bins.map((b) => b.count));')).toEqual([2]);
    expect(lines('foo(a)(...b);\nnew Set(...x);\nf?.(...y);')).toEqual([1, 2, 3]);
    expect(lines('const all = [...a, ...b];\nconst o = { ...p, q };\ncall([...a]);')).toEqual([]);
    expect(lines('function f(...args: number[]) {}\nconst g = (...xs: string[]) => xs;\nconst h = (...xs) => xs;\nclass C { m(...a: A): void {} }')).toEqual([]);
    expect(lines("// out.push(...found)\nconst s = 'f(...x)';\nconst r = /g(...)/;")).toEqual([]);
    expect(lines('if (...x) {}')).toEqual([]);
    // apply(thisArg, list) puts the list on the stack the same way.
    expect(lines('Math.max.apply(null, counts);\nString.fromCharCode.apply(String, codes);\nconst apply = 1;')).toEqual([1, 2]);
  });
});
