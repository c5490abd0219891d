// Writes a large object as JSON piece by piece (top-level keys, then array elements), producing
// exactly what JSON.stringify would, without ever holding the whole text in one string: a 10 MB
// article's Analysis is over 100 MB of JSON, near V8's maximum string length.

const CHUNK = 1 << 20;

export function writeJson(value: Record<string, unknown>, write: (chunk: string) => void, pretty: boolean): void {
  let buffer = '';
  const out = (s: string) => {
    buffer += s;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  const nl = pretty ? '\n' : '';
  const ind = (depth: number) => (pretty ? '  '.repeat(depth) : '');
  const str = (v: unknown, depth: number) => {
    const s = JSON.stringify(v, null, pretty ? 2 : undefined) ?? 'null';
    return pretty ? s.replace(/\n/g, '\n' + ind(depth)) : s;
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    write('{}');
    return;
  }
  out('{' + nl);
  entries.forEach(([key, v], i) => {
    out(`${ind(1)}${JSON.stringify(key)}:${pretty ? ' ' : ''}`);
    if (Array.isArray(v) && v.length > 0) {
      out('[' + nl);
      v.forEach((el, j) => out(ind(2) + str(el, 2) + (j < v.length - 1 ? ',' : '') + nl));
      out(ind(1) + ']');
    } else {
      out(str(v, 1));
    }
    out((i < entries.length - 1 ? ',' : '') + nl);
  });
  out('}');
  write(buffer);
}
