// Strict validation of a Dateline workspace file before anything of it is stored: a file from
// disk is untrusted, so every field the app later reads is checked for type, range and span.
import { EVENT_TYPE_LABELS, SCHEMA_VERSION, checkPublished } from '../../core/index.ts';
import type { Analysis, DatelineEvent, DateValue, EventType, Mention, Place } from '../../core/index.ts';
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';

export const FILE_FORMAT = 'dateline-workspace';
export const FILE_VERSION = 1;

export interface WorkspaceFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  articles: WorkspaceArticle[];
  corrections: Correction[];
}

class Invalid extends Error {}

type Obj = Record<string, unknown>;
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path}: ${what}`);
};
const obj = (v: unknown, path: string): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'expected an object');
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'expected a list'));
const str = (v: unknown, path: string, max = 1_000_000): string =>
  typeof v !== 'string' ? fail(path, 'expected text') : v.length > max ? fail(path, 'text too long') : v;
const optStr = (v: unknown, path: string, max?: number): string | undefined => (v === undefined ? undefined : str(v, path, max));
const num = (v: unknown, path: string, min = -Infinity, max = Infinity): number =>
  typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max ? fail(path, `expected a number from ${min} to ${max}`) : v;
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], path: string): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fail(path, `expected one of ${allowed.join(', ')}`);
const isoDay = (v: unknown, path: string): string => {
  const s = str(v, path, 10);
  try {
    return checkPublished(s);
  } catch {
    return fail(path, `"${s}" is not a real YYYY-MM-DD date`);
  }
};

const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

function span(v: unknown, path: string, length: number, withText: boolean): void {
  const o = obj(v, path);
  const start = num(o.start, `${path}.start`, 0, length);
  const end = num(o.end, `${path}.end`, start, length);
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(path, 'span offsets must be whole numbers');
  if (withText) str(o.text, `${path}.text`);
}

export function checkPlace(v: unknown, path: string): Place {
  const o = obj(v, path);
  str(o.name, `${path}.name`, 500);
  num(o.lat, `${path}.lat`, -90, 90);
  num(o.lon, `${path}.lon`, -180, 180);
  oneOf(o.precision, ['country', 'region', 'city', 'point'] as const, `${path}.precision`);
  if (o.geonameId !== undefined) num(o.geonameId, `${path}.geonameId`);
  optStr(o.country, `${path}.country`, 10);
  optStr(o.admin1, `${path}.admin1`, 500);
  optStr(o.featureCode, `${path}.featureCode`, 20);
  if (o.population !== undefined) num(o.population, `${path}.population`, 0);
  return o as unknown as Place;
}

function dateValue(v: unknown, path: string, length: number): DateValue {
  const o = obj(v, path);
  isoDay(o.start, `${path}.start`);
  isoDay(o.end, `${path}.end`);
  oneOf(o.precision, ['day', 'part-of-day', 'week', 'month', 'year', 'unknown'] as const, `${path}.precision`);
  str(o.text, `${path}.text`);
  str(o.basis, `${path}.basis`);
  span(o.span, `${path}.span`, length, false);
  if (o.partOfDay !== undefined) oneOf(o.partOfDay, ['morning', 'afternoon', 'evening', 'night'] as const, `${path}.partOfDay`);
  return o as unknown as DateValue;
}

function range(v: unknown, path: string): void {
  if (v === null || v === undefined) return;
  const o = obj(v, path);
  const min = num(o.min, `${path}.min`, 0);
  num(o.max, `${path}.max`, min);
}

/** An event's spans point into its own article, so `length` is that article's text length. */
export function checkEvent(v: unknown, path: string, length: number): DatelineEvent {
  const o = obj(v, path);
  str(o.id, `${path}.id`, 200);
  oneOf(o.type, EVENT_TYPES, `${path}.type`);
  span(o.trigger, `${path}.trigger`, length, true);
  if (o.date !== null) dateValue(o.date, `${path}.date`, length);
  if (o.place !== null) checkPlace(o.place, `${path}.place`);
  if (o.placeSpan !== undefined) span(o.placeSpan, `${path}.placeSpan`, length, true);
  const actors = obj(o.actors, `${path}.actors`);
  for (const k of ['attacker', 'target', 'claim']) optStr(actors[k], `${path}.actors.${k}`, 2000);
  range(o.fatalities, `${path}.fatalities`);
  range(o.injured, `${path}.injured`);
  span(o.excerpt, `${path}.excerpt`, length, true);
  arr(o.excerpts, `${path}.excerpts`).forEach((x, i) => span(x, `${path}.excerpts[${i}]`, length, true));
  num(o.confidence, `${path}.confidence`, 0, 1);
  return o as unknown as DatelineEvent;
}

function mention(v: unknown, path: string, length: number): Mention {
  const o = obj(v, path);
  span(o, path, length, true);
  oneOf(o.role, ['literal', 'dateline', 'metonymy', 'demonym'] as const, `${path}.role`);
  if (o.place !== null) checkPlace(o.place, `${path}.place`);
  num(o.score, `${path}.score`, 0, 1);
  str(o.reason, `${path}.reason`);
  arr(o.alternatives, `${path}.alternatives`).forEach((c, i) => {
    const co = obj(c, `${path}.alternatives[${i}]`);
    checkPlace(co.place, `${path}.alternatives[${i}].place`);
    num(co.score, `${path}.alternatives[${i}].score`);
  });
  if (o.source !== undefined) oneOf(o.source, ['rules', 'tagger'] as const, `${path}.source`);
  return o as unknown as Mention;
}

function analysis(v: unknown, path: string, text: string): Analysis {
  const o = obj(v, path);
  if (o.schemaVersion !== SCHEMA_VERSION) fail(`${path}.schemaVersion`, `this Dateline reads analyses of version ${SCHEMA_VERSION}`);
  const meta = obj(o.article, `${path}.article`);
  isoDay(meta.published, `${path}.article.published`);
  if (meta.length !== text.length) fail(`${path}.article.length`, 'does not match the article text');
  arr(o.sections, `${path}.sections`).forEach((s, i) => {
    span(s, `${path}.sections[${i}]`, text.length, false);
    oneOf(obj(s, path).kind, ['headline', 'caption', 'dateline', 'body'] as const, `${path}.sections[${i}].kind`);
  });
  arr(o.mentions, `${path}.mentions`).forEach((m, i) => mention(m, `${path}.mentions[${i}]`, text.length));
  arr(o.dates, `${path}.dates`).forEach((d, i) => dateValue(d, `${path}.dates[${i}]`, text.length));
  arr(o.events, `${path}.events`).forEach((e, i) => checkEvent(e, `${path}.events[${i}]`, text.length));
  arr(o.warnings, `${path}.warnings`).forEach((w, i) => str(w, `${path}.warnings[${i}]`));
  return o as unknown as Analysis;
}

/** What became of the records of a file: kept, or left out with the reason. */
interface Tally {
  /** Analyses from another engine version, dropped to be redone. */
  stale: number;
  /** Analyses that failed validation, dropped to be redone (the article itself is fine). */
  damaged: string[];
  /** Records left out, each with its reason. */
  skipped: string[];
}

/** A name for a record in a message: its title, else its id, else its place in the file. */
function label(v: unknown, path: string): string {
  const o = typeof v === 'object' && v !== null ? (v as Obj) : {};
  const name = typeof o.title === 'string' && o.title.trim() ? o.title.trim() : typeof o.id === 'string' ? o.id : '';
  return name ? `${path} ("${name.length > 60 ? `${name.slice(0, 57)}…` : name}")` : path;
}

/**
 * An analysis written by another engine version, or one that fails validation, is dropped, not
 * refused: the article is analysed again on arrival and its corrections, which find events by
 * their words, are applied anew. Only a problem with the article itself leaves it out.
 */
function article(v: unknown, path: string, tally: Tally): WorkspaceArticle {
  const o = obj(v, path);
  str(o.id, `${path}.id`, 200);
  const text = str(o.text, `${path}.text`, 10_000_000);
  isoDay(o.published, `${path}.published`);
  str(o.addedAt, `${path}.addedAt`, 40);
  optStr(o.title, `${path}.title`, 2000);
  optStr(o.sourceUrl, `${path}.sourceUrl`, 4000);
  optStr(o.error, `${path}.error`, 4000);
  if (o.analysis === null) return o as unknown as WorkspaceArticle;
  const version = typeof o.analysis === 'object' && o.analysis !== null ? (o.analysis as Obj).schemaVersion : undefined;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    tally.stale++;
    return { ...(o as unknown as WorkspaceArticle), analysis: null };
  }
  try {
    analysis(o.analysis, `${path}.analysis`, text);
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    tally.damaged.push(`${label(v, path)}: its analysis was damaged (${e.message}) and will be redone`);
    return { ...(o as unknown as WorkspaceArticle), analysis: null };
  }
  return o as unknown as WorkspaceArticle;
}

function correction(v: unknown, path: string, lengths: Map<string, number>): Correction {
  const o = obj(v, path);
  str(o.id, `${path}.id`, 200);
  const articleId = str(o.articleId, `${path}.articleId`, 200);
  const length = lengths.get(articleId);
  if (length === undefined) fail(`${path}.articleId`, `no article "${articleId}" in this file`);
  str(o.eventId, `${path}.eventId`, 200);
  str(o.at, `${path}.at`, 40);
  if (o.trigger !== undefined) span(o.trigger, `${path}.trigger`, length!, true);
  switch (o.kind) {
    case 'place': checkPlace(o.place, `${path}.place`); break;
    case 'move': num(o.lat, `${path}.lat`, -90, 90); num(o.lon, `${path}.lon`, -180, 180); break;
    case 'date': isoDay(o.date, `${path}.date`); break;
    case 'type': oneOf(o.type, EVENT_TYPES, `${path}.type`); break;
    case 'delete': break;
    case 'add': checkEvent(o.event, `${path}.event`, length!); break;
    case 'link':
    case 'separate': {
      const other = str(o.otherArticleId, `${path}.otherArticleId`, 200);
      const otherLength = lengths.get(other);
      if (otherLength === undefined) fail(`${path}.otherArticleId`, `no article "${other}" in this file`);
      str(o.otherEventId, `${path}.otherEventId`, 200);
      if (o.otherTrigger !== undefined) span(o.otherTrigger, `${path}.otherTrigger`, otherLength!, true);
      break;
    }
    default: fail(`${path}.kind`, 'unknown kind of correction');
  }
  return o as unknown as Correction;
}

export type Parsed =
  | {
      ok: true;
      file: WorkspaceFile;
      /** Analyses from another engine version, dropped to be redone. */
      stale: number;
      /** Analyses that failed validation, dropped to be redone, one line each. */
      damaged: string[];
      /** Records (articles, corrections) left out, one line each with the reason. */
      skipped: string[];
    }
  | { ok: false; error: string };

/** A value named in a message, without calling anything of it (a {"toString": 1} must not throw). */
const shown = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? JSON.stringify(v).slice(0, 40) : v === undefined ? 'none' : Array.isArray(v) ? 'a list' : v === null ? 'null' : `a${typeof v === 'object' ? 'n' : ''} ${typeof v}`);

/**
 * Parses and validates a workspace file. A file that is not a Dateline workspace at all is refused
 * with one clear message; inside one, a bad record is left out alone (its reason in `skipped`), a
 * bad analysis is dropped to be redone, and the rest is imported. A file of which nothing at all
 * can be kept is refused, naming the first problem.
 */
export function parseWorkspaceFile(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Dateline workspace: it is not valid JSON.' };
  }
  try {
    const o = obj(data, 'file');
    if (o.format !== FILE_FORMAT) return { ok: false, error: 'This file is not a Dateline workspace (its "format" is missing or different).' };
    if (o.version !== FILE_VERSION) {
      return { ok: false, error: `This workspace file has version ${shown(o.version)}; this Dateline reads version ${FILE_VERSION}.` };
    }
    const rawArticles = arr(o.articles, 'articles');
    const rawCorrections = arr(o.corrections, 'corrections');
    const tally: Tally = { stale: 0, damaged: [], skipped: [] };
    const articles: WorkspaceArticle[] = [];
    const lengths = new Map<string, number>();
    rawArticles.forEach((a, i) => {
      const path = `articles[${i}]`;
      try {
        const kept = article(a, path, tally);
        if (lengths.has(kept.id)) fail(`${path}.id`, `the id "${kept.id}" appears twice in this file`);
        lengths.set(kept.id, kept.text.length);
        articles.push(kept);
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        tally.skipped.push(`${label(a, path)}: ${e.message}`);
      }
    });
    const corrections: Correction[] = [];
    const ids = new Set<string>();
    rawCorrections.forEach((c, i) => {
      const path = `corrections[${i}]`;
      try {
        const kept = correction(c, path, lengths);
        if (ids.has(kept.id)) fail(`${path}.id`, `the id "${kept.id}" appears twice in this file`);
        ids.add(kept.id);
        corrections.push(kept);
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        tally.skipped.push(`${path}: ${e.message}`);
      }
    });
    if (tally.skipped.length > 0 && articles.length === 0 && corrections.length === 0) {
      return { ok: false, error: `This workspace file is damaged and was not imported (${tally.skipped[0]}).` };
    }
    return {
      ok: true,
      file: { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: typeof o.exportedAt === 'string' ? o.exportedAt.slice(0, 40) : '', articles, corrections },
      stale: tally.stale,
      damaged: tally.damaged,
      skipped: tally.skipped,
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `This workspace file is damaged and was not imported (${e.message}).` };
    return { ok: false, error: `This workspace file could not be read (${e instanceof Error ? e.message : 'an unexpected value'}); nothing was imported.` };
  }
}
