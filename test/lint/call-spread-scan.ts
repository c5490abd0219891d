// Finds arrays spread into call arguments (`out.push(...found)`, `Math.max(...counts)`, and
// `f.apply(null, list)`): every
// element becomes an argument on the stack, so a list as long as a 5 MB text's tokens or a million
// lines throws "Maximum call stack size exceeded". Array literals (`[...a, ...b]`) and rest
// parameters are fine and are not reported. Source is scanned with comments, strings and regex
// literals blanked (purity-scan.ts), so prose about a spread does not trip it.
import { stripSource } from '../core/purity-scan.ts';

export interface CallSpread {
  line: number;
  /** The source line, trimmed. */
  code: string;
}

/** Words after which `(` opens a condition, a grouping or a parameter list, not a call. */
const NOT_CALLEE = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'await', 'yield', 'case', 'in', 'of', 'new', 'else', 'do', 'void', 'delete', 'throw', 'instanceof', 'extends', 'as', 'satisfies']);

/** Returns every spread inside the argument list of a call (or a `new`), with its line. */
export function callSpreads(src: string): CallSpread[] {
  const { code } = stripSource(src);
  const lines = src.split('\n');
  const found: CallSpread[] = [];
  // One entry per open bracket: for '(' whether it is a call's argument list, and where it opened.
  const stack: Array<{ ch: string; call: boolean; spreads: number[] }> = [];
  const lineAt = (i: number) => code.slice(0, i).split('\n').length;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') {
      stack.push({ ch: c, call: c === '(' && isCallParen(code, i), spreads: [] });
    } else if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      if (open?.ch !== '(' || !open.call || open.spreads.length === 0) continue;
      // `(...args) => ...` and `method(...args) {` declare rest parameters.
      const after = code.slice(i + 1, i + 40).trimStart();
      if (after.startsWith('=>') || after.startsWith('{')) continue;
      for (const at of open.spreads) {
        const line = lineAt(at);
        found.push({ line, code: lines[line - 1]!.trim() });
      }
    } else if (c === '.' && /^\.apply\s*\(/.test(code.slice(i, i + 12))) {
      found.push({ line: lineAt(i), code: lines[lineAt(i) - 1]!.trim() });
      i += 5;
    } else if (c === '.' && code.startsWith('...', i)) {
      const top = stack[stack.length - 1];
      // A typed rest parameter (`...args: A`) is a declaration, not a spread.
      if (top?.ch === '(' && top.call && !/^\.\.\.[\w$]+\s*[:?]/.test(code.slice(i, i + 80))) top.spreads.push(i);
      i += 2;
    }
  }
  return found;
}

function isCallParen(code: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(code[j]!)) j--;
  const prev = code[j];
  if (prev === undefined) return false;
  if (prev === ')' || prev === ']' || prev === '>' || (prev === '.' && code[j - 1] === '?')) return true;
  if (!/[\w$]/.test(prev)) return false;
  let k = j;
  while (k >= 0 && /[\w$]/.test(code[k]!)) k--;
  const word = code.slice(k + 1, j + 1);
  if (NOT_CALLEE.has(word)) return false;
  // `function name(`: a declaration's parameters.
  let b = k;
  while (b >= 0 && /\s/.test(code[b]!)) b--;
  return !code.slice(Math.max(0, b - 8), b + 1).endsWith('function');
}
