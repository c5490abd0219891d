// The streams a command talks to, passed in so tests can call main() and capture its output.
import { readFile } from 'node:fs/promises';

export interface CliIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  readStdin(): Promise<Uint8Array>;
  /** Stdin as it arrives, for commands that stream many articles (batch); else readStdin is used. */
  stdinStream?(): AsyncIterable<Uint8Array>;
  /** Whether stderr is a terminal: progress lines are drawn only there. */
  stderrIsTTY?: boolean;
  readFile(path: string): Promise<Uint8Array>;
}

async function readAllStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('dateline: reading the article from the terminal; end it with Ctrl-D.\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

let pipeGuarded = false;

/** `dateline corpus x | head` closes stdout early; that is the reader's choice, not an error. */
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export const processIO: CliIO = {
  stdout: (chunk) => {
    guardPipe();
    process.stdout.write(chunk);
  },
  stderr: (chunk) => {
    process.stderr.write(chunk);
  },
  readStdin: readAllStdin,
  stdinStream: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  readFile: (path) => readFile(path),
};
