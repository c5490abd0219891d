// Exit codes the `dateline` command promises to scripts, and the error that carries one.

export const EXIT = {
  ok: 0,
  /** The engine failed on otherwise valid input. */
  failed: 1,
  /** Bad command line: unknown command or option, missing argument, unreadable date. */
  usage: 2,
  /** Input cannot be read: missing file, binary data, bad corpus line, missing gazetteer. */
  input: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  readonly code: ExitCode;
  constructor(code: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/**
 * What a person is told about a failure that is not a CliError: the engine's EngineError already
 * says what failed and whose fault it is; anything else (a TypeError) is named as a fault here.
 */
export function describeFailure(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  if (e instanceof CliError && 'detail' in e && typeof e.detail === 'string') return e.detail;
  if (e.name === 'EngineError' || e instanceof CliError) return e.message;
  return `Dateline failed with an internal error (${e.name}: ${e.message}); this is a fault in Dateline, not in the input.`;
}
