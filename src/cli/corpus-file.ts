// Reads evaluation corpora in the shared JSONL shape (one document a line:
// {"corpus","id","text","date"?,"toponyms":[{"start","end","name","lat","lon"}]}) and runs the engine on them.
import type { Analysis, Engine, MentionRole } from '../core/index.ts';
import { analyzeArticle, checkPublished } from '../core/index.ts';
import type { Toponym } from '../core/eval/score.ts';
import { CliError, EXIT } from './errors.ts';

/** Used for documents without a date (GeoVirus has none). Toponyms do not depend on it; events would. */
export const DEFAULT_CORPUS_PUBLISHED = '2010-01-01';

export const ALL_ROLES: readonly MentionRole[] = ['literal', 'dateline', 'metonymy', 'demonym'];

export interface CorpusDoc {
  id: string;
  text: string;
  date?: string;
  toponyms: Toponym[];
}

export function parseCorpus(content: string, label: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new CliError(EXIT.input, `${label}:${i + 1}: not a JSON line (${(err as Error).message}).`);
    }
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

/** The engine's predicted toponyms: mentions with a resolved place, in the roles asked for. */
export function predictedToponyms(analysis: Analysis, roles: readonly MentionRole[] = ALL_ROLES): Toponym[] {
  return analysis.mentions
    .filter((m) => m.place !== null && roles.includes(m.role))
    .map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place!.lat, lon: m.place!.lon }));
}

export interface Prediction {
  id: string;
  toponyms: Toponym[];
  error?: string;
}

export function predictDoc(doc: CorpusDoc, engine: Engine, fallbackDate: string, roles?: readonly MentionRole[]): Prediction {
  try {
    const analysis = analyzeArticle(doc.text, { published: publishedFor(doc, fallbackDate) }, engine);
    return { id: doc.id, toponyms: predictedToponyms(analysis, roles) };
  } catch (err) {
    return { id: doc.id, toponyms: [], error: (err as Error).message };
  }
}
