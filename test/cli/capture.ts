// A CliContext that records what a command prints, so tests call main() in-process.
import type { CliContext } from '../../src/cli/context.ts';
import { processContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], options: { stdin?: string | Uint8Array; files?: Record<string, string | Uint8Array>; stderrIsTTY?: boolean; loadEngine?: CliContext['loadEngine'] } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const ctx: CliContext = {
    loadEngine: options.loadEngine ?? processContext.loadEngine,
    io: {
      ...(options.stderrIsTTY !== undefined ? { stderrIsTTY: options.stderrIsTTY } : {}),
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      readStdin: async () => bytes(options.stdin ?? ''),
      readFile: async (path) => {
        const content = options.files?.[path];
        if (content !== undefined) return bytes(content);
        return processContext.io.readFile(path);
      },
    },
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}
