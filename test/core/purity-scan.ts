// Finds what src/core must never touch (UI and Node modules, browser globals, the clock, randomness)
// by scanning source text with comments removed and string contents blanked, so prose in a comment
// or a string does not trip it.
import { builtinModules } from 'node:module';

export interface Violation {
  line: number;
  what: string;
}

const UI_MODULES = /^(react|react-dom|leaflet|react-leaflet)(\/.*)?$/;
const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

export function forbiddenModule(spec: string): boolean {
  return UI_MODULES.test(spec) || spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]);
}

const GLOBALS: [RegExp, string][] = [
  [/(?<![.\w$])(?:globalThis\s*\.\s*)?window\s*(?:\.|\[|\))/g, 'touches window'],
  [/\btypeof\s+window\b/g, 'touches window'],
  [/(?<![.\w$])(?:globalThis\s*\.\s*)?document\s*(?:\.|\[)/g, 'touches document'],
  [/\btypeof\s+document\b/g, 'touches document'],
  [/(?<![.\w$])fetch\s*\(/g, 'calls fetch'],
  [/\bglobalThis\s*\.\s*fetch\b/g, 'calls fetch'],
  [/\bDate\s*\.\s*now\b/g, 'reads the clock (Date.now)'],
  [/\bnew\s+Date\s*\(\s*\)/g, 'reads the clock (new Date())'],
  [/\bperformance\s*\.\s*now\b/g, 'reads the clock (performance.now)'],
  [/\bMath\s*\.\s*random\b/g, 'uses Math.random'],
  [/\bcrypto\s*\.\s*getRandomValues\b/g, 'uses crypto randomness'],
];

const IMPORTS = [
  /\b(?:import|export)\s[^;]*?\bfrom\s*(['"])([^'"]+)\1/g,
  /\bimport\s*(['"])([^'"]+)\1/g,
  /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  /\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
];

/** Characters after which a '/' starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^'].concat(''));

/**
 * Returns [code, codeWithStrings]: comments replaced by spaces (newlines kept, so line numbers hold);
 * in `code` the contents of strings, templates and regex literals are blanked too.
 */
export function stripSource(src: string): { code: string; withStrings: string } {
  let code = '';
  let withStrings = '';
  const emit = (kept: string, blanked: string) => {
    code += blanked;
    withStrings += kept;
  };
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let i = 0;
  let lastSignificant = '';
  let lastWord = '';
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      emit(blank(src.slice(i, stop)), blank(src.slice(i, stop)));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      emit(blank(src.slice(i, stop)), blank(src.slice(i, stop)));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      const lit = src.slice(i, j + 1);
      emit(lit, c + blank(lit.slice(1, -1)) + c);
      i = j + 1;
      lastSignificant = c;
    } else if (c === '/' && (BEFORE_REGEX.has(lastSignificant) || /^(return|typeof|case|in|of|void|throw|yield|await|delete|new)$/.test(lastWord))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      const lit = src.slice(i, j + 1);
      emit(lit, '/' + blank(lit.slice(1, -1)) + '/');
      i = j + 1;
      lastSignificant = '/';
    } else {
      emit(c, c);
      if (!/\s/.test(c)) {
        lastSignificant = c;
        lastWord = /[\w$]/.test(c) ? (/[\w$]/.test(src[i - 1] ?? '') ? lastWord + c : c) : '';
      }
      i++;
    }
  }
  return { code, withStrings };
}

/** Names the file binds itself ("const window = text.slice(...)" for a context window), which are not the globals. */
function shadowedGlobals(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:const|let|var)\s+(window|document)\b/g)) names.add(m[1]);
  for (const m of code.matchAll(/\((?:\s*[\w$]+\s*(?::[^,)]*)?,)*\s*(window|document)\s*(?::[^,)]*)?(?:,[^)]*)?\)\s*(?::[^=]*)?=>/g)) names.add(m[1]);
  for (const m of code.matchAll(/\bfunction\b[^(]*\([^)]*\b(window|document)\b[^)]*\)/g)) names.add(m[1]);
  return names;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every module specifier the source imports, re-exports or requires, with its line. */
export function importsOf(src: string): { line: number; spec: string }[] {
  const { withStrings } = stripSource(src);
  const found: { line: number; spec: string }[] = [];
  for (const re of IMPORTS) for (const m of withStrings.matchAll(re)) found.push({ line: lineOf(withStrings, m.index), spec: m[2] });
  return found.sort((a, b) => a.line - b.line);
}

export function findViolations(src: string): Violation[] {
  const { code, withStrings } = stripSource(src);
  const found: Violation[] = [];
  for (const re of IMPORTS) {
    for (const m of withStrings.matchAll(re)) {
      if (forbiddenModule(m[2])) found.push({ line: lineOf(withStrings, m.index), what: `imports "${m[2]}"` });
    }
  }
  const shadowed = shadowedGlobals(code);
  for (const [re, what] of GLOBALS) {
    if ((what === 'touches window' && shadowed.has('window')) || (what === 'touches document' && shadowed.has('document'))) continue;
    for (const m of code.matchAll(re)) found.push({ line: lineOf(code, m.index), what });
  }
  return found.sort((a, b) => a.line - b.line);
}
