// Command-line option parsing on node:util's parseArgs, with every mistake turned into a usage error.
import { parseArgs } from 'node:util';
import { checkPublished, InvalidDateError } from '../core/index.ts';
import { CliError, EXIT } from './errors.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommand(command: string, args: string[], options: Record<string, OptionSpec>): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw new CliError(EXIT.usage, `${command}: ${(err as Error).message}`);
  }
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function oneOf<T extends string>(command: string, name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(EXIT.usage, `${command}: --${name} must be one of ${allowed.join(', ')} (got "${value}").`);
}

/** A publication date given on the command line: a real YYYY-MM-DD day, else a usage error. */
export function publishedOption(command: string, value: string | undefined, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new CliError(EXIT.usage, `${command}: --published YYYY-MM-DD is required (the date relative dates such as "on Monday" are read against).`);
    return undefined;
  }
  try {
    return checkPublished(value);
  } catch (err) {
    if (err instanceof InvalidDateError) throw new CliError(EXIT.usage, `${command}: --published ${err.message}`);
    throw err;
  }
}
