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

/**
 * An analysis written by another engine version is dropped, not refused: the article is analysed
 * again on arrival and its corrections, which find events by their words, are applied anew.
 */
function article(v: unknown, path: string, stale: { count: number }): WorkspaceArticle {
  const o = obj(v, path);
  str(o.id, `${path}.id`, 200);
  const text = str(o.text, `${path}.text`, 10_000_000);
  isoDay(o.published, `${path}.published`);
  str(o.addedAt, `${path}.addedAt`, 40);
  optStr(o.title, `${path}.title`, 2000);
  optStr(o.sourceUrl, `${path}.sourceUrl`, 4000);
  optStr(o.error, `${path}.error`, 4000);
  if (o.analysis === null) return o as unknown as WorkspaceArticle;
  const version = obj(o.analysis, `${path}.analysis`).schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    stale.count++;
    return { ...(o as unknown as WorkspaceArticle), analysis: null };
  }
  analysis(o.analysis, `${path}.analysis`, text);
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
    case 'link': {
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

export type Parsed = { ok: true; file: WorkspaceFile; /** Analyses from another engine version, dropped to be redone. */ stale: number } | { ok: false; error: string };

/** Parses and validates a workspace file; a bad file yields one clear message naming the first problem. */
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
      return { ok: false, error: `This workspace file has version ${String(o.version)}; this Dateline reads version ${FILE_VERSION}.` };
    }
    const stale = { count: 0 };
    const articles = arr(o.articles, 'articles').map((a, i) => article(a, `articles[${i}]`, stale));
    const lengths = new Map<string, number>();
    for (const a of articles) {
      if (lengths.has(a.id)) fail('articles', `the id "${a.id}" appears twice`);
      lengths.set(a.id, a.text.length);
    }
    const corrections = arr(o.corrections, 'corrections').map((c, i) => correction(c, `corrections[${i}]`, lengths));
    const ids = new Set<string>();
    for (const c of corrections) {
      if (ids.has(c.id)) fail('corrections', `the id "${c.id}" appears twice`);
      ids.add(c.id);
    }
    return {
      ok: true,
      file: { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: String(o.exportedAt ?? ''), articles, corrections },
      stale: stale.count,
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `This workspace file is damaged and was not imported (${e.message}).` };
    throw e;
  }
}
