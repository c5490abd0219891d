// `dateline eval FILE.jsonl`: runs the engine on a gold corpus and scores it with the port of
// score.mjs, under the EUPEG inexact rule and the exact rule.
import type { EngineStages, MatchRule, ScoreResult, Toponym } from '../../core/index.ts';
import { findSections, findSentences, pairsById, roundResult, score } from '../../core/index.ts';
import { oneOf, parseCommand, publishedOption, stringOption } from '../args.ts';
import type { CliContext } from '../context.ts';
import { DEFAULT_CORPUS_PUBLISHED, parseCorpus, predictDoc } from '../corpus-file.ts';
import type { CorpusDoc } from '../corpus-file.ts';
import { CliError, EXIT } from '../errors.ts';
import { EVAL_HELP } from '../help.ts';
import { decodeInput } from '../input.ts';
import { readSource, sourceLabel } from '../source.ts';
import { demonymsOption, rolesOption } from './corpus.ts';

const RULES = ['eupeg', 'exact', 'overlap'] as const;

export const EVAL_OPTIONS = {
  match: { type: 'string' },
  'all-toponyms': { type: 'boolean' },
  pred: { type: 'string' },
  json: { type: 'boolean' },
  published: { type: 'string' },
  roles: { type: 'string' },
  demonyms: { type: 'string' },
  gazetteer: { type: 'string' },
  tagger: { type: 'boolean' },
  'no-tagger': { type: 'boolean' },
  'gold-spans': { type: 'boolean' },
} as const;

export async function evalCommand(args: string[], { io, loadEngine }: CliContext): Promise<number> {
  const parsed = parseCommand('eval', args, EVAL_OPTIONS);
  if (parsed.values.help) {
    io.stdout(EVAL_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(EXIT.usage, 'eval: give exactly one gold FILE.jsonl.');
  const only = stringOption(parsed, 'match');
  const rules: MatchRule[] = only === undefined ? ['eupeg', 'exact'] : [oneOf('eval', 'match', only, RULES, 'eupeg')];
  const fallback = publishedOption('eval', stringOption(parsed, 'published'), false) ?? DEFAULT_CORPUS_PUBLISHED;
  const roles = rolesOption('eval', stringOption(parsed, 'roles'));
  const demonyms = demonymsOption('eval', stringOption(parsed, 'demonyms'));
  const coordsOnly = !parsed.values['all-toponyms'];
  const file = parsed.positionals[0];
  const gold = parseCorpus(decodeInput(await readSource(file, io), sourceLabel(file)).text, sourceLabel(file));

  const predictions = new Map<string, Toponym[]>();
  let failures = 0;
  const t0 = performance.now();
  const predFile = stringOption(parsed, 'pred');
  const goldSpans = !!parsed.values['gold-spans'];
  if (goldSpans && predFile !== undefined) throw new CliError(EXIT.usage, 'eval: --gold-spans runs the resolver; it cannot score --pred.');
  if (predFile !== undefined) {
    const text = decodeInput(await readSource(predFile, io), predFile).text;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let d: { id?: unknown; toponyms?: Toponym[] };
      try {
        d = JSON.parse(line);
      } catch (err) {
        throw new CliError(EXIT.input, `${predFile}: not a JSON line (${(err as Error).message}).`);
      }
      predictions.set(String(d.id), d.toponyms ?? []);
    }
  } else if (goldSpans) {
    // Resolution alone: the gold spans with coordinates are the mentions; the resolver places them.
    const engine = await loadEngine(stringOption(parsed, 'gazetteer'), { tagger: false });
    for (const doc of gold) predictions.set(doc.id, resolveGold(doc, engine.stages));
  } else {
    const engine = await loadEngine(stringOption(parsed, 'gazetteer'), { tagger: !parsed.values['no-tagger'] });
    for (const doc of gold) {
      const p = predictDoc(doc, engine, fallback, { roles, demonyms });
      if (p.error !== undefined) {
        failures++;
        io.stderr(`dateline eval: document ${doc.id}: analysis failed: ${p.error}\n`);
      }
      predictions.set(p.id, p.toponyms);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const pairs = pairsById(gold, predictions);
  const results = rules.map((rule) => ({ rule, result: score(pairs, { match: rule, coordsOnly }) }));

  if (goldSpans) {
    // Unplaced gold spans count as misses: accuracy over every gold toponym with coordinates.
    const goldCount = pairs.reduce((n, [g]) => n + g.filter((t) => t.lat !== null && t.lat !== undefined).length, 0);
    const r = score(pairs, { match: 'exact', coordsOnly: true });
    const within = Math.round((r.acc161 ?? 0) * r.n_resolved);
    const summary = { mode: 'gold-spans', gold: goldCount, resolved: r.n_resolved, acc161_all: goldCount ? within / goldCount : 0, ...roundResult(r) };
    if (parsed.values.json) io.stdout(JSON.stringify({ ...summary, acc161_all: Number(summary.acc161_all.toFixed(3)) }) + '\n');
    else {
      io.stdout(`${sourceLabel(file)}: resolution alone on ${goldCount} gold spans with coordinates, ${r.n_resolved} placed, ran in ${seconds.toFixed(1)} s\n`);
      io.stdout(`acc@161 over all gold spans ${summary.acc161_all.toFixed(3)} (unplaced count as misses); over placed ${(r.acc161 ?? 0).toFixed(3)}; mean ${(r.mean_km ?? 0).toFixed(1)} km, median ${(r.median_km ?? 0).toFixed(1)} km, AUC ${(r.auc ?? 0).toFixed(3)}\n`);
    }
    return EXIT.ok;
  }
  if (parsed.values.json) {
    for (const { rule, result } of results) io.stdout(JSON.stringify({ match: rule, coordsOnly, ...roundResult(result) }) + '\n');
  } else {
    const goldCount = gold.reduce((n, d) => n + d.toponyms.length, 0);
    io.stdout(`${sourceLabel(file)}: ${gold.length} documents, ${goldCount} gold toponyms${coordsOnly ? ' (scored: those with coordinates)' : ''}`);
    io.stdout(predFile === undefined ? `, engine ran in ${seconds.toFixed(1)} s${failures ? `, ${failures} documents failed` : ''}\n` : `, predictions from ${predFile}\n`);
    io.stdout(formatTable(results));
  }
  return failures ? EXIT.failed : EXIT.ok;
}

/** The resolver's places for a document's gold spans (those with coordinates), on the gold spans. */
function resolveGold(doc: CorpusDoc, stages: EngineStages): Toponym[] {
  const spans = doc.toponyms.filter((t) => t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined);
  const layout = { sections: findSections(doc.text), sentences: findSentences(doc.text) };
  return stages.resolveSpans(doc.text, spans, layout)
    .filter((m) => m.place !== null)
    .map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place!.lat, lon: m.place!.lon }));
}

function formatTable(rows: { rule: MatchRule; result: ScoreResult }[]): string {
  const f3 = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(3));
  const f1 = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(1));
  const header = ['match', 'P', 'R', 'F1', 'acc@161', 'mean km', 'median km', 'AUC', 'tp', 'fp', 'fn', 'resolved'];
  const body = rows.map(({ rule, result: r }) => [
    rule, f3(r.precision), f3(r.recall), f3(r.f1), f3(r.acc161), f1(r.mean_km), f1(r.median_km), f3(r.auc),
    String(r.tp), String(r.fp ?? '-'), String(r.fn), String(r.n_resolved),
  ]);
  const widths = header.map((h, i) => body.reduce((w, row) => Math.max(w, row[i].length), h.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + '\n';
  return line(header) + body.map(line).join('');
}
