// `dateline corpus FILE.jsonl`: the engine's predicted toponyms for every document of an evaluation
// corpus, one JSON line per document in the shape score.mjs reads.
import type { Analysis, AnalyzeOptions, Gazetteer, MentionRole } from '../../core/index.ts';
import { parseCommand, publishedOption, stringOption } from '../args.ts';
import { ALL_ROLES, DEFAULT_CORPUS_ROLES, DEFAULT_CORPUS_PUBLISHED, DEFAULT_DEMONYM_POLICY, DEMONYM_POLICIES, parseCorpus, predictDocAsync } from '../corpus-file.ts';
import type { DemonymPolicy } from '../corpus-file.ts';
import { oneOf } from '../args.ts';
import { checkEngineFiles } from '../engine.ts';
import { AnalysisThread, timeoutOption } from '../run-analysis.ts';
import { CliError, EXIT } from '../errors.ts';
import { decodeInput } from '../input.ts';
import type { CliContext } from '../context.ts';
import { readSource, sourceLabel } from '../source.ts';
import { CORPUS_HELP } from '../help.ts';

export const CORPUS_OPTIONS = {
  published: { type: 'string' },
  roles: { type: 'string' },
  demonyms: { type: 'string' },
  gazetteer: { type: 'string' },
  tagger: { type: 'boolean' },
  'no-tagger': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  detail: { type: 'boolean' },
  timeout: { type: 'string' },
} as const;

export function rolesOption(command: string, value: string | undefined): MentionRole[] {
  if (value === undefined) return [...DEFAULT_CORPUS_ROLES];
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !(ALL_ROLES as readonly string[]).includes(r));
  if (bad.length || roles.length === 0) throw new CliError(EXIT.usage, `${command}: --roles takes a comma-separated list of ${ALL_ROLES.join(', ')} (got "${value}").`);
  return roles as MentionRole[];
}

/** --demonyms adjectives|all|none (see DemonymPolicy). */
export function demonymsOption(command: string, value: string | undefined): DemonymPolicy {
  return value === undefined ? DEFAULT_DEMONYM_POLICY : oneOf(command, 'demonyms', value, DEMONYM_POLICIES, DEFAULT_DEMONYM_POLICY);
}

export async function corpusCommand(args: string[], { io, loadEngine }: CliContext): Promise<number> {
  const parsed = parseCommand('corpus', args, CORPUS_OPTIONS);
  if (parsed.values.help) {
    io.stdout(CORPUS_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(EXIT.usage, 'corpus: give exactly one FILE.jsonl (or - for stdin).');
  const fallback = publishedOption('corpus', stringOption(parsed, 'published'), false) ?? DEFAULT_CORPUS_PUBLISHED;
  const roles = rolesOption('corpus', stringOption(parsed, 'roles'));
  const demonyms = demonymsOption('corpus', stringOption(parsed, 'demonyms'));
  const file = parsed.positionals[0];
  const label = sourceLabel(file);
  const timeoutS = timeoutOption('corpus', stringOption(parsed, 'timeout'));
  const docs = parseCorpus(decodeInput(await readSource(file, io), label).text, label);
  const gazetteerPath = stringOption(parsed, 'gazetteer');
  const engineOptions = { tagger: !parsed.values['no-tagger'] };
  // With a limit, documents go one by one to a thread that is replaced when one runs over.
  let thread: AnalysisThread | null = null;
  let analyze: (text: string, options: AnalyzeOptions) => Promise<Analysis>;
  let gazetteer: Gazetteer | undefined;
  if (timeoutS > 0) {
    checkEngineFiles(gazetteerPath, engineOptions);
    const t = new AnalysisThread({ engine: engineOptions, timeoutS, ...(gazetteerPath ? { gazetteerPath } : {}) });
    thread = t;
    analyze = (text, options) => t.analyze(text, options);
    // Plural demonyms ("Palestinians") are told from adjectives through the gazetteer's names.
    if (demonyms === 'adjectives') gazetteer = (await loadEngine(gazetteerPath, { tagger: false })).gazetteer;
  } else {
    const engine = await loadEngine(gazetteerPath, engineOptions);
    gazetteer = engine.gazetteer;
    analyze = async (text, options) => engine.analyze(text, options);
  }

  const t0 = performance.now();
  let failures = 0;
  let toponyms = 0;
  try {
    for (const doc of docs) {
      const prediction = await predictDocAsync(doc, analyze, fallback, { roles, demonyms, detail: !!parsed.values.detail, ...(gazetteer ? { gazetteer } : {}) });
      if (prediction.error !== undefined) {
        failures++;
        io.stderr(`dateline corpus: document ${doc.id}: analysis failed: ${prediction.error}\n`);
      }
      toponyms += prediction.toponyms.length;
      io.stdout(JSON.stringify({ id: prediction.id, toponyms: prediction.toponyms }) + '\n');
    }
  } finally {
    await thread?.close();
  }
  if (!parsed.values.quiet) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    io.stderr(`dateline corpus: ${docs.length} documents, ${toponyms} toponyms predicted, ${failures} failed, ${seconds} s\n`);
  }
  return failures ? EXIT.failed : EXIT.ok;
}
