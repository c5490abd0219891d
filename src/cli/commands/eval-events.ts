// `dateline eval-events GOLD.jsonl`: runs the engine on annotated reports (events-dev format) or on
// event-location sentences (Halterman's format), and prints the event scores of src/core/eval. The
// command only reads files and prints; every rule of the scoring lives in the core.
import type { Analysis, DatelineEvent, EventScore, GoldReport, LocationScore, LocationSentence, ReportOutcome, SentenceOutcome } from '../../core/index.ts';
import { checkPublished, scoreEventLocations, scoreEvents } from '../../core/index.ts';
import { oneOf, parseCommand, publishedOption, stringOption } from '../args.ts';
import type { CliContext } from '../context.ts';
import { DEFAULT_CORPUS_PUBLISHED } from '../corpus-file.ts';
import { CliError, EXIT } from '../errors.ts';
import { EVAL_EVENTS_HELP } from '../help.ts';
import { decodeInput } from '../input.ts';
import { readSource, sourceLabel } from '../source.ts';

export const EVAL_EVENTS_OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  detail: { type: 'boolean' },
  published: { type: 'string' },
  gazetteer: { type: 'string' },
  tagger: { type: 'boolean' },
  'no-tagger': { type: 'boolean' },
} as const;

const FORMATS = ['auto', 'events', 'locations'] as const;
type Format = (typeof FORMATS)[number];

function parseLines(content: string, label: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      throw new CliError(EXIT.input, `${label}:${i + 1}: not a JSON line (${(err as Error).message}).`);
    }
    if (!v || typeof v !== 'object' || typeof (v as { text?: unknown }).text !== 'string') throw new CliError(EXIT.input, `${label}:${i + 1}: expected an object with "text".`);
    out.push(v as Record<string, unknown>);
  });
  if (out.length === 0) throw new CliError(EXIT.input, `${label}: no documents.`);
  return out;
}

function detect(first: Record<string, unknown>, label: string): Exclude<Format, 'auto'> {
  if (Array.isArray(first.events)) return 'events';
  if (first.verb && Array.isArray(first.locations)) return 'locations';
  throw new CliError(EXIT.input, `${label}: neither an events gold file ({"events": [...]}) nor event-location sentences ({"verb", "locations"}); give --format.`);
}

function asReports(lines: Record<string, unknown>[], label: string, fallback: string): GoldReport[] {
  return lines.map((l, i) => {
    if (!Array.isArray(l.events)) throw new CliError(EXIT.input, `${label}:${i + 1}: expected "events": [...].`);
    let published = fallback;
    if (typeof l.published === 'string') {
      try {
        published = checkPublished(l.published);
      } catch {
        throw new CliError(EXIT.input, `${label}:${i + 1}: "published" is not a real YYYY-MM-DD day (${l.published}).`);
      }
    }
    return { ...(l as unknown as GoldReport), id: String(l.id ?? i + 1), published };
  });
}

function asSentences(lines: Record<string, unknown>[], label: string): LocationSentence[] {
  return lines.map((l, i) => {
    const verb = l.verb as { start?: unknown; end?: unknown } | undefined;
    if (!verb || typeof verb.start !== 'number' || typeof verb.end !== 'number' || !Array.isArray(l.locations)) {
      throw new CliError(EXIT.input, `${label}:${i + 1}: expected "verb": {start, end} and "locations": [...].`);
    }
    return { ...(l as unknown as LocationSentence), id: String(l.id ?? i + 1) };
  });
}

export async function evalEventsCommand(args: string[], { io, loadEngine }: CliContext): Promise<number> {
  const parsed = parseCommand('eval-events', args, EVAL_EVENTS_OPTIONS);
  if (parsed.values.help) {
    io.stdout(EVAL_EVENTS_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(EXIT.usage, 'eval-events: give exactly one gold FILE.jsonl.');
  const asked = oneOf('eval-events', 'format', stringOption(parsed, 'format'), FORMATS, 'auto');
  const fallback = publishedOption('eval-events', stringOption(parsed, 'published'), false) ?? DEFAULT_CORPUS_PUBLISHED;
  const file = parsed.positionals[0]!;
  const label = sourceLabel(file);
  const lines = parseLines(decodeInput(await readSource(file, io), label).text, label);
  const format = asked === 'auto' ? detect(lines[0]!, label) : asked;
  const engine = await loadEngine(stringOption(parsed, 'gazetteer'), { tagger: !parsed.values['no-tagger'] });
  let failures = 0;
  const run = (id: string, text: string, published: string): Analysis | null => {
    try {
      return engine.analyze(text, { published });
    } catch (err) {
      failures++;
      io.stderr(`dateline eval-events: document ${id}: analysis failed: ${(err as Error).message}\n`);
      return null;
    }
  };
  const t0 = performance.now();
  if (format === 'events') {
    const reports = asReports(lines, label, fallback);
    const analyses = reports.map((r) => run(r.id, r.text, r.published));
    const seconds = (performance.now() - t0) / 1000;
    const { score, reports: outcomes } = scoreEvents(reports, analyses.map((a) => ({ events: a?.events ?? [], mentions: a?.mentions ?? [] })));
    if (parsed.values.json) {
      io.stdout(JSON.stringify({ format, ...rounded(score) }) + '\n');
      if (parsed.values.detail) for (const o of outcomes) io.stdout(JSON.stringify(o) + '\n');
    } else {
      io.stdout(`${label}: ${score.reports} reports (${score.emptyReports} with no event), ${score.gold} gold events; engine ran in ${seconds.toFixed(1)} s${failures ? `, ${failures} failed` : ''}\n`);
      io.stdout(formatEvents(score));
      if (parsed.values.detail) io.stdout(detailEvents(reports, analyses, outcomes));
    }
  } else {
    const sentences = asSentences(lines, label);
    const analyses = sentences.map((s) => run(s.id, s.text, fallback));
    const seconds = (performance.now() - t0) / 1000;
    const { score, sentences: outcomes } = scoreEventLocations(sentences, analyses.map((a) => ({ events: a?.events ?? [], mentions: a?.mentions ?? [] })));
    if (parsed.values.json) {
      io.stdout(JSON.stringify({ format, ...rounded(score) }) + '\n');
      if (parsed.values.detail) for (const o of outcomes) io.stdout(JSON.stringify(o) + '\n');
    } else {
      io.stdout(`${label}: ${score.sentences} sentences; engine ran in ${seconds.toFixed(1)} s${failures ? `, ${failures} failed` : ''}\n`);
      io.stdout(formatLocations(score));
      if (parsed.values.detail) io.stdout(detailLocations(sentences, analyses, outcomes));
    }
  }
  return failures ? EXIT.failed : EXIT.ok;
}

function rounded<T extends object>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v]));
}

const f3 = (x: number) => x.toFixed(3);

function formatEvents(s: EventScore): string {
  return [
    `located recall      ${f3(s.locatedRecall)}  (${s.located}/${s.gold})`,
    `evidenced recall    ${f3(s.evidencedRecall)}  (${s.evidenced}/${s.gold})`,
    `dated recall        ${f3(s.datedRecall)}  (${s.dated}/${s.goldDated} gold events with a day)`,
    `placed per gold     ${s.placedPerGold.toFixed(2)}  (${s.placed} placed of ${s.predicted} predicted)`,
    `type agreement      ${f3(s.typeAgreement)}  (${s.typeAgree}/${s.located} located)`,
    `toll agreement      ${f3(s.tollAgreement)}  (${s.tollRight}/${s.tollGold} located with a gold toll; the killed range holds it)`,
    `leaks               ${s.leaks}`,
    `in empty reports    ${s.inEmptyReports}  (events in the ${s.emptyReports} reports with none)`,
    `gazetteer misses    ${s.gazetteerMisses}  (missed gold events whose place name the engine did not resolve, or with no resolved place near)`,
    `across reports      ${s.incidentPairsFound}/${s.incidentPairs} gold pairs of one incident grouped; ${s.groupedPairsRight}/${s.groupedPairs} grouped pairs right`,
    '',
  ].join('\n');
}

function formatLocations(s: LocationScore): string {
  return [
    `some event at the gold place   ${f3(s.someShare)}  (${s.some}/${s.sentences})`,
    `event at the verb, gold place  ${f3(s.verbShare)}  (${s.verbRight}/${s.atVerb} sentences with an event at the verb)`,
    `sentences with any event       ${s.withEvents}`,
    `misses, gold place unresolved  ${s.missesUnrecognised}/${s.misses}`,
    '',
  ].join('\n');
}

const tollText = (e: DatelineEvent | undefined) => (!e?.fatalities ? 'none' : e.fatalities.min === e.fatalities.max ? String(e.fatalities.min) : `${e.fatalities.min}-${e.fatalities.max}`);

const short = (e: DatelineEvent) =>
  `${e.id} ${e.type} "${e.trigger.text}" @${e.place ? `${e.place.name}/${e.place.precision}` : '-'}${e.placeSpan ? ` [${e.placeSpan.text}]` : ''} ${e.date ? `${e.date.start}..${e.date.end}` : 'undated'} x${e.excerpts.length}`;

function detailEvents(reports: GoldReport[], analyses: Array<Analysis | null>, outcomes: ReportOutcome[]): string {
  let out = '';
  outcomes.forEach((o, i) => {
    const events = analyses[i]?.events ?? [];
    const bad = o.gold.filter((g) => !g.evidenced || (g.gold.date && !g.dated));
    if (bad.length === 0 && o.unmatched.length === 0 && o.leaks.length === 0 && (o.gold.length > 0 || events.length === 0)) return;
    out += `\n# ${reports[i]!.id} (published ${reports[i]!.published})\n`;
    for (const g of o.gold) {
      const flags = g.event === undefined ? (g.gazetteerMiss ? 'MISSED (gazetteer)' : 'MISSED') : [g.evidenced ? '' : 'no-evidence', g.gold.date && !g.dated ? 'wrong-date' : '', g.typeAgrees ? '' : 'type', g.gold.fatalities !== null && g.gold.fatalities !== undefined && !g.tollRight ? `toll(gold ${g.gold.fatalities}, ours ${tollText(events.find((e) => e.id === g.event))})` : ''].filter(Boolean).join(',') || 'ok';
      out += `  gold ${g.gold.type} ${g.gold.date ?? 'undated'} @${g.gold.place}/${g.gold.precision} -> ${g.event ?? '-'}${g.km !== undefined ? ` (${g.km} km)` : ''} ${flags}\n`;
    }
    for (const e of events) {
      const tag = o.leaks.some((l) => l.event === e.id) ? 'LEAK ' : o.unmatched.includes(e.id) ? 'EXTRA ' : e.place ? '' : 'UNPLACED ';
      out += `  ${tag}${short(e)} | ${e.excerpt.text.slice(0, 110).replace(/\s+/g, ' ')}\n`;
    }
  });
  return out;
}

function detailLocations(sentences: LocationSentence[], analyses: Array<Analysis | null>, outcomes: SentenceOutcome[]): string {
  let out = '';
  outcomes.forEach((o, i) => {
    if (o.some) return;
    const s = sentences[i]!;
    const events = analyses[i]?.events ?? [];
    out += `\n# ${s.id} verb "${s.verb.text ?? ''}" gold ${s.locations.map((l) => `"${l.text ?? s.text.slice(l.start, l.end)}"`).join(', ')}${o.goldUnrecognised ? ' (unresolved)' : ''}\n  ${s.text.slice(0, 220).replace(/\s+/g, ' ')}\n`;
    for (const e of events) out += `  ${short(e)}\n`;
  });
  return out;
}
