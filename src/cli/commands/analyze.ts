// `dateline analyze FILE|- --published YYYY-MM-DD`: one article's Analysis as JSON, GeoJSON or CSV.
import { analyzeArticle } from '../../core/index.ts';
import { toGeoJSON } from '../../core/export/geojson.ts';
import { csvRows, toCSV } from '../../core/export/csv.ts';
import { oneOf, parseCommand, publishedOption, stringOption } from '../args.ts';
import type { CliContext } from '../context.ts';
import { CliError, EXIT } from '../errors.ts';
import { ANALYZE_HELP } from '../help.ts';
import { decodeInput } from '../input.ts';
import { writeJson } from '../json-out.ts';
import { readSource, sourceLabel } from '../source.ts';

const FORMATS = ['json', 'geojson', 'csv'] as const;

export const ANALYZE_OPTIONS = {
  published: { type: 'string' },
  format: { type: 'string', short: 'f' },
  title: { type: 'string' },
  'source-url': { type: 'string' },
  compact: { type: 'boolean' },
  gazetteer: { type: 'string' },
  tagger: { type: 'boolean' },
} as const;

export async function analyzeCommand(args: string[], { io, loadEngine }: CliContext): Promise<number> {
  const parsed = parseCommand('analyze', args, ANALYZE_OPTIONS);
  if (parsed.values.help) {
    io.stdout(ANALYZE_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(EXIT.usage, 'analyze: give exactly one FILE (or - to read stdin).');
  const published = publishedOption('analyze', stringOption(parsed, 'published'), true)!;
  const format = oneOf('analyze', 'format', stringOption(parsed, 'format'), FORMATS, 'json');
  const title = stringOption(parsed, 'title');
  const sourceUrl = stringOption(parsed, 'source-url');
  const file = parsed.positionals[0];
  const label = sourceLabel(file);

  const input = decodeInput(await readSource(file, io), label);
  for (const w of input.warnings) io.stderr(`dateline: warning: ${w}\n`);
  const engine = await loadEngine(stringOption(parsed, 'gazetteer'), { tagger: !!parsed.values.tagger });
  const analysis = analyzeArticle(input.text, { published, ...(title ? { title } : {}), ...(sourceUrl ? { sourceUrl } : {}) }, engine);
  analysis.warnings.unshift(...input.warnings);

  if (format === 'json') {
    writeJson(analysis as unknown as Record<string, unknown>, io.stdout, !parsed.values.compact);
    io.stdout('\n');
  } else if (format === 'geojson') {
    io.stdout(JSON.stringify(toGeoJSON(analysis), null, parsed.values.compact ? undefined : 2) + '\n');
  } else {
    io.stdout(toCSV(csvRows(analysis, sourceUrl ?? title ?? (file === '-' ? '' : file))));
  }
  if (format !== 'json') for (const w of analysis.warnings.slice(input.warnings.length)) io.stderr(`dateline: warning: ${w}\n`);
  return EXIT.ok;
}
