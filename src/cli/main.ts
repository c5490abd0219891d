// The `dateline` command line: dispatches to a command and maps every failure to a documented
// exit code (see help.ts). bin/dateline.mjs runs it (bin/ts-hooks.mjs compiles the TypeScript as it loads).
import { analyzeCommand } from './commands/analyze.ts';
import { corpusCommand } from './commands/corpus.ts';
import { evalCommand } from './commands/eval.ts';
import { evalEventsCommand } from './commands/eval-events.ts';
import type { CliContext } from './context.ts';
import { processContext } from './context.ts';
import { CliError, describeFailure, EXIT } from './errors.ts';
import { HELP } from './help.ts';

const COMMANDS: Record<string, (args: string[], ctx: CliContext) => Promise<number>> = {
  analyze: analyzeCommand,
  corpus: corpusCommand,
  eval: evalCommand,
  // Loaded on use: the pool and database libraries cost the other commands nothing.
  batch: async (args, ctx) => (await import('./commands/batch.ts')).batchCommand(args, ctx),
  'eval-events': evalEventsCommand,
};

export async function main(args: string[], ctx: CliContext = processContext): Promise<number> {
  const { io } = ctx;
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new CliError(EXIT.usage, `unknown command "${command}".`);
    return await run(rest, ctx);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`dateline: ${err.message}\n`);
      if (err.code === EXIT.usage) io.stderr('Run `dateline --help` for usage.\n');
      return err.code;
    }
    io.stderr(`dateline: analysis failed: ${describeFailure(err)}\n`);
    const stack = err instanceof Error ? err.stack : undefined;
    io.stderr(process.env.DATELINE_DEBUG && stack ? `${stack}\n` : 'Set DATELINE_DEBUG=1 to print the stack trace for a report.\n');
    return EXIT.failed;
  }
}
