// `dateline analyze FILE|- --published YYYY-MM-DD`: one article's Analysis as JSON, GeoJSON or CSV.
import { csvRows, toCSV, toGeoJSON } from '../../core/index.ts';
import { oneOf, parseCommand, publishedOption, stringOption } from '../args.ts';
import type { CliContext } from '../context.ts';
import { CliError, EXIT } from '../errors.ts';
import { ANALYZE_HELP } from '../help.ts';
import { decodeInput } from '../input.ts';
import { writeJson } from '../json-out.ts';
import { runAnalysis, timeoutOption, WORKER_THRESHOLD } from '../run-analysis.ts';
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
  'no-tagger': { type: 'boolean' },
  timeout: { type: 'string' },
} as const;

export async function analyzeCommand(args: string[], ctx: CliContext): Promise<number> {
  const { io } = ctx;
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
  const timeoutS = timeoutOption('analyze', stringOption(parsed, 'timeout'));
  const file = parsed.positionals[0];
  const label = sourceLabel(file);

  const input = decodeInput(await readSource(file, io), label);
  if (!input.text.trim()) input.warnings.push(`${label} is empty: there is nothing to analyse.`);
  for (const w of input.warnings) io.stderr(`dateline: warning: ${w}\n`);
  if (input.text.length >= WORKER_THRESHOLD) io.stderr(`dateline: ${label}: ${(input.text.length / 1e6).toFixed(1)} million characters, a large input; the analysis may take a while (limit ${timeoutS ? `${timeoutS} s, see --timeout` : 'none'}).\n`);
  const options = { published, ...(title ? { title } : {}), ...(sourceUrl ? { sourceUrl } : {}) };
  const gazetteerPath = stringOption(parsed, 'gazetteer');
  const analysis = await runAnalysis(input.text, options, ctx, { engine: { tagger: !parsed.values['no-tagger'] }, timeoutS, ...(gazetteerPath ? { gazetteerPath } : {}) });
  analysis.warnings = [...input.warnings, ...analysis.warnings];

  const source = sourceUrl ?? title ?? (file === '-' ? '' : file);
  if (format === 'json') {
    writeJson(analysis as unknown as Record<string, unknown>, io.stdout, !parsed.values.compact);
    io.stdout('\n');
  } else if (format === 'geojson') {
    // Each feature names its article, so collections from several articles can be merged safely.
    const props = { published, source };
    io.stdout(JSON.stringify(toGeoJSON(analysis, { props }), null, parsed.values.compact ? undefined : 2) + '\n');
  } else {
    io.stdout(toCSV(csvRows(analysis, source)));
  }
  if (format !== 'json') for (const w of analysis.warnings.slice(input.warnings.length)) io.stderr(`dateline: warning: ${w}\n`);
  return EXIT.ok;
}
