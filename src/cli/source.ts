// Reads a named file or stdin ("-") as bytes, turning file-system failures into input errors.
import { CliError, EXIT } from './errors.ts';
import type { CliIO } from './io.ts';

export function sourceLabel(pathOrDash: string): string {
  return pathOrDash === '-' ? 'stdin' : pathOrDash;
}

export async function readSource(pathOrDash: string, io: CliIO): Promise<Uint8Array> {
  if (pathOrDash === '-') return io.readStdin();
  try {
    return await io.readFile(pathOrDash);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new CliError(EXIT.input, `${pathOrDash}: ${why}.`);
  }
}
