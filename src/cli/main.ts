// STUB (owner: CLI work): `dateline` command line entry.
export async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: dateline analyze FILE|- --published YYYY-MM-DD [--format json|geojson|csv]\n');
    return 0;
  }
  process.stderr.write(`dateline: unknown command "${args[0]}"\n`);
  return 2;
}
