// JSON text as a list of parts for a Blob, so an export can be longer than the longest string V8
// can make (about 512 million characters: a workspace of 2-million-character articles passes it
// at 270 of them, and JSON.stringify then throws). The parts join to exactly what
// JSON.stringify(value, null, space) writes.

/** Parts are gathered into strings of about this many characters before they are handed over. */
const CHUNK = 1 << 20;

/**
 * `value` as JSON in parts. Objects and arrays down to `depth` are walked here, one element at a
 * time; below it each value is one JSON.stringify, which must itself fit in a string.
 */
export function jsonParts(value: unknown, space = 1, depth = 6): string[] {
  const parts: string[] = [];
  let buf = '';
  const emit = (s: string) => {
    if (s.length >= CHUNK) {
      if (buf) parts.push(buf);
      buf = '';
      parts.push(s);
      return;
    }
    buf += s;
    if (buf.length >= CHUNK) {
      parts.push(buf);
      buf = '';
    }
  };
  // As JSON.stringify: with no indent, no line breaks and no space after the colon.
  const pad = (d: number) => (space > 0 ? `\n${' '.repeat(space * d)}` : '');
  const colon = space > 0 ? ': ' : ':';
  // What JSON.stringify leaves out of an object and writes as null in an array.
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const walk = (v: unknown, d: number): void => {
    if (d >= depth || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      // Below the walked levels: one stringify, indented to where it sits (a JSON string holds no raw newline).
      const s = JSON.stringify(v, null, space);
      emit(d === 0 || space === 0 ? s : s.replace(/\n/g, pad(d)));
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return emit('[]');
      emit('[');
      for (let i = 0; i < v.length; i++) {
        emit(`${i ? ',' : ''}${pad(d + 1)}`);
        if (skipped(v[i])) emit('null');
        else walk(v[i], d + 1);
      }
      return emit(`${pad(d)}]`);
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => !skipped(o[k]));
    if (keys.length === 0) return emit('{}');
    emit('{');
    keys.forEach((k, i) => {
      emit(`${i ? ',' : ''}${pad(d + 1)}${JSON.stringify(k)}${colon}`);
      walk(o[k], d + 1);
    });
    emit(`${pad(d)}}`);
  };
  walk(value, 0);
  if (buf) parts.push(buf);
  return parts;
}
