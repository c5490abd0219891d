// src/core must stay pure: no UI or Node modules, no browser globals, no clock, no randomness,
// so the same input gives byte-identical output in the worker, in Node and in tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations } from './purity-scan.ts';

const CORE = path.resolve(import.meta.dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(m|c)?[jt]sx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('src/core purity', () => {
  it('imports no UI or Node modules and touches no window, document, fetch, clock or randomness', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((file) =>
      findViolations(readFileSync(file, 'utf8')).map((v) => `${path.relative(process.cwd(), file)}:${v.line}: ${v.what}`),
    );
    expect(problems, `src/core must stay pure:\n${problems.join('\n')}`).toEqual([]);
  });
});

describe('the purity detector itself', () => {
  it.each([
    ["import { useState } from 'react';", 'imports "react"'],
    ['import L from "leaflet";', 'imports "leaflet"'],
    ["import { createRoot } from 'react-dom/client';", 'imports "react-dom/client"'],
    ["import { MapContainer } from 'react-leaflet';", 'imports "react-leaflet"'],
    ["import { readFileSync } from 'node:fs';", 'imports "node:fs"'],
    ["import path from 'path';", 'imports "path"'],
    ["import * as fs from 'fs/promises';", 'imports "fs/promises"'],
    ["export { x } from 'node:util';", 'imports "node:util"'],
    ["const fs = await import('fs');", 'imports "fs"'],
    ["const os = require('os');", 'imports "os"'],
    ['const w = window.innerWidth;', 'touches window'],
    ['globalThis.window.alert(1);', 'touches window'],
    ["if (typeof window !== 'undefined') x();", 'touches window'],
    ['document.title = t;', 'touches document'],
    ['const r = await fetch(url);', 'calls fetch'],
    ['const t = Date.now();', 'reads the clock (Date.now)'],
    ['const today = new Date();', 'reads the clock (new Date())'],
    ['const r = Math.random() * 2;', 'uses Math.random'],
  ])('flags %s', (snippet, what) => {
    const v = findViolations(`const a = 1;\n${snippet}\n`);
    expect(v).toEqual([{ line: 2, what }]);
  });

  it.each([
    '// window.open, document.body, fetch(), Date.now(), Math.random() in a comment',
    '/* import React from "react" */',
    "const s = 'read the document. fetch(x) from window. Date.now()';",
    'const t = `window.location ${1 + 1}`;',
    'const d = new Date(Date.UTC(2020, 4, 6));',
    "const apostrophe = /['\u2019]s\\b/g; const w = 'window.x';",
    'const url = "https://example.org//x"; const ok = 1;',
    'const windowSize = 5; const documents = [];',
    'const window = text.slice(0, 60); const claim = re.exec(window); window.length;',
    'const around = (window: string) => window.trim();',
    'function near(text: string, window: number) { return window.toFixed(); }',
    'obj.fetch(x); this.window = 3; view.window.start = 1; page.document[0] = 2;',
    "import type { Place } from '../types.ts';",
  ])('does not flag %s', (snippet) => {
    expect(findViolations(snippet)).toEqual([]);
  });

  it('keeps line numbers across multi-line comments and strings', () => {
    const v = findViolations('/*\n a\n b\n*/\nconst s = `\n`;\nMath.random();');
    expect(v).toEqual([{ line: 7, what: 'uses Math.random' }]);
  });
});
