// Reads evaluation corpora in the shared JSONL shape (one document a line:
// {"corpus","id","text","date"?,"toponyms":[{"start","end","name","lat","lon"}]}) and runs the engine on them.
import type { Analysis, AnalyzeOptions, Engine, Gazetteer, MentionRole, Toponym } from '../core/index.ts';
import { checkPublished, isPluralDemonym } from '../core/index.ts';
import { CliError, describeFailure, EXIT } from './errors.ts';

/** Used for documents without a date (GeoVirus has none). Toponyms do not depend on it; events would. */
export const DEFAULT_CORPUS_PUBLISHED = '2010-01-01';

export const ALL_ROLES: readonly MentionRole[] = ['literal', 'dateline', 'metonymy', 'demonym'];
/** Every role is output; which demonyms count is the demonym policy's business (DemonymPolicy). */
export const DEFAULT_CORPUS_ROLES: readonly MentionRole[] = ALL_ROLES;

/**
 * Which demonym mentions a corpus prediction names as toponyms of their country:
 * - adjectives (default): singular adjectival demonyms ("Russian officials", "the Kurdish town"),
 *   the convention of LGL and of most news corpora; plural nouns ("Palestinians") are left out;
 * - all: plural nouns too (LGL's own annotation also marks them);
 * - none: no demonyms (GeoVirus's guidelines).
 */
export type DemonymPolicy = 'adjectives' | 'all' | 'none';
export const DEMONYM_POLICIES: readonly DemonymPolicy[] = ['adjectives', 'all', 'none'];
export const DEFAULT_DEMONYM_POLICY: DemonymPolicy = 'adjectives';

export interface CorpusDoc {
  id: string;
  text: string;
  date?: string;
  toponyms: Toponym[];
}

/** One line of a JSONL file; `where` names it ("file.jsonl:12") in the error. */
export function parseJsonLine(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    throw new CliError(EXIT.input, `${where}: not a JSON line (${(err as Error).message}).`);
  }
}

export function parseCorpus(content: string, label: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const value = parseJsonLine(line, `${label}:${i + 1}`);
    const doc = value as Partial<CorpusDoc> & { id?: unknown };
    if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string' || (typeof doc.id !== 'string' && typeof doc.id !== 'number')) {
      throw new CliError(EXIT.input, `${label}:${i + 1}: expected {"id", "text", ...}.`);
    }
    docs.push({
      id: String(doc.id),
      text: doc.text,
      ...(typeof doc.date === 'string' ? { date: doc.date } : {}),
      toponyms: Array.isArray(doc.toponyms) ? doc.toponyms : [],
    });
  }
  return docs;
}

/** The document's own date when it is a real YYYY-MM-DD day, else the fallback. */
export function publishedFor(doc: CorpusDoc, fallback: string): string {
  if (doc.date) {
    try {
      return checkPublished(doc.date);
    } catch {
      // An unreadable corpus date falls back like a missing one; toponym output does not depend on it.
    }
  }
  return fallback;
}

export interface PredictedToponym extends Toponym {
  role?: MentionRole;
  score?: number;
  place?: string;
  precision?: string;
  country?: string;
  source?: string;
}

export interface PredictOptions {
  roles?: readonly MentionRole[];
  /** Which demonym mentions count (default adjectives); plural nouns are told apart with `gazetteer`. */
  demonyms?: DemonymPolicy;
  /** Tells "Israelis" (a plural of a demonym) from "Israeli"; without it a demonym is taken as singular. */
  gazetteer?: Gazetteer;
  /** Add role, score, the resolved place's name, country and precision, for error analysis (score.mjs ignores them). */
  detail?: boolean;
}

/** The engine's predicted toponyms: mentions with a resolved place, in the roles asked for. */
export function predictedToponyms(analysis: Analysis, { roles = ALL_ROLES, detail = false, demonyms = DEFAULT_DEMONYM_POLICY, gazetteer }: PredictOptions = {}): PredictedToponym[] {
  const counted = (m: Analysis['mentions'][number]): boolean => {
    if (m.role !== 'demonym' || demonyms === 'all') return true;
    return demonyms === 'adjectives' && !(gazetteer && isPluralDemonym(gazetteer, m.text));
  };
  return analysis.mentions
    .filter((m) => m.place !== null && roles.includes(m.role) && counted(m))
    .map((m) => {
      const p = m.place!;
      const t: PredictedToponym = { start: m.start, end: m.end, name: m.text, lat: p.lat, lon: p.lon };
      if (!detail) return t;
      return { ...t, role: m.role, score: m.score, place: p.name, precision: p.precision, ...(p.country ? { country: p.country } : {}), ...(m.source ? { source: m.source } : {}) };
    });
}

export interface Prediction {
  id: string;
  toponyms: Toponym[];
  error?: string;
}

export function predictDoc(doc: CorpusDoc, engine: Engine, fallbackDate: string, options: PredictOptions = {}): Prediction {
  try {
    const analysis = engine.analyze(doc.text, { published: publishedFor(doc, fallbackDate) });
    return { id: doc.id, toponyms: predictedToponyms(analysis, { gazetteer: engine.gazetteer, ...options }) };
  } catch (err) {
    return { id: doc.id, toponyms: [], error: describeFailure(err) };
  }
}

/**
 * predictDoc with the analysis run elsewhere (on a thread with a time limit): a document that fails
 * or runs over is one failed prediction; input that cannot be read at all (a missing or damaged
 * gazetteer, exit code 3) stops the run.
 */
export async function predictDocAsync(doc: CorpusDoc, analyze: (text: string, options: AnalyzeOptions) => Promise<Analysis>, fallbackDate: string, options: PredictOptions = {}): Promise<Prediction> {
  try {
    const analysis = await analyze(doc.text, { published: publishedFor(doc, fallbackDate) });
    return { id: doc.id, toponyms: predictedToponyms(analysis, options) };
  } catch (err) {
    if (err instanceof CliError && err.code === EXIT.input) throw err;
    return { id: doc.id, toponyms: [], error: describeFailure(err) };
  }
}
