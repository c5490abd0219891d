// Property tests on the public engine door: for any text at all it must not throw, every span it
// returns must lie inside the text and quote it exactly, and the same input must give
// byte-identical output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, loadGazetteer } from '../../src/core/index.ts';
import type { Analysis, Engine, Span } from '../../src/core/index.ts';

let engine: Engine;
beforeAll(() => {
  const file = path.resolve(import.meta.dirname, '../../public/data/gazetteer.bin');
  engine = createEngine(loadGazetteer(readFileSync(file)));
});

/** Words that reach every stage: places, demonyms, triggers, dates, datelines, captions, numbers. */
const WORDS = [
  'Israeli', 'jets', 'struck', 'Aleppo', 'Damascus', 'Syria', 'Iran', "Iran's", 'Iranian', 'forces', 'on', 'Monday', 'night',
  'Tuesday', 'killing', 'killed', '14', 'at least 3', 'people', 'TEL AVIV', 'KYIV', '—', '–', '-', '.', ',', ':', '\n', '\n\n',
  'January 21, 2019', 'May 6, 2020', '2020-05-06', 'yesterday', 'last week', 'earlier this month', 'said', 'the', 'a', 'drone',
  'strike', 'strikes', 'airstrike', 'missile', 'shelling', 'raid', 'bombing', 'clashes', 'withdrew', 'from', 'in', 'near',
  'Kharkiv', 'Paris', 'Georgia', 'Jordan', 'Washington', 'Gaza', 'West Bank', 'Golan Heights', 'A picture taken', 'shows',
  'Photo:', 'Reuters', '“', '”', '"', "'", '(', ')', '[', ']', 'دمشق', 'Харків', '北京', '😀', 'e\u0301', '\u0000', '\t',
  '\r\n', '\uFEFF', '\u200B', 'Mr.', 'U.S.', 'St.', 'no.', '1,000', '3.5', 'km',
];
const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: words.length, maxLength: words.length }).map((seps) =>
    words.map((w, i) => w + seps[i]).join(''),
  ),
);
/** Any UTF-16 code units, lone surrogates included: what a broken paste can hold. */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
const anyText = fc.oneof(newsy, anyUnits, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));
const published = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function spansOf(a: Analysis): { where: string; span: Span; text?: string }[] {
  const out: { where: string; span: Span; text?: string }[] = [];
  a.sections.forEach((s, i) => out.push({ where: `sections[${i}]`, span: s }));
  a.mentions.forEach((m, i) => out.push({ where: `mentions[${i}]`, span: m, text: m.text }));
  a.dates.forEach((d, i) => out.push({ where: `dates[${i}].span`, span: d.span }));
  a.events.forEach((e, i) => {
    out.push({ where: `events[${i}].trigger`, span: e.trigger, text: e.trigger.text });
    out.push({ where: `events[${i}].excerpt`, span: e.excerpt, text: e.excerpt.text });
    e.excerpts.forEach((x, j) => out.push({ where: `events[${i}].excerpts[${j}]`, span: x, text: x.text }));
    if (e.placeSpan) out.push({ where: `events[${i}].placeSpan`, span: e.placeSpan, text: e.placeSpan.text });
    if (e.date) out.push({ where: `events[${i}].date.span`, span: e.date.span });
  });
  return out;
}

function checkInvariants(text: string, a: Analysis): void {
  expect(a.article.length).toBe(text.length);
  for (const { where, span, text: quoted } of spansOf(a)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
    if (!ok) throw new Error(`${where} = [${span.start}, ${span.end}) lies outside a text of ${text.length}`);
    if (quoted !== undefined && quoted !== text.slice(span.start, span.end)) throw new Error(`${where} quotes "${quoted}", the text there is "${text.slice(span.start, span.end)}"`);
  }
  for (const e of a.events) {
    if (!(e.confidence >= 0 && e.confidence <= 1)) throw new Error(`event ${e.id} confidence ${e.confidence}`);
    if (e.place && (Math.abs(e.place.lat) > 90 || Math.abs(e.place.lon) > 180)) throw new Error(`event ${e.id} place off the globe`);
    if (e.date && !(e.date.start <= e.date.end)) throw new Error(`event ${e.id} date ends before it starts`);
  }
  for (const m of a.mentions) if (!(m.score >= 0 && m.score <= 1)) throw new Error(`mention "${m.text}" score ${m.score}`);
}

describe('engine.analyze properties', () => {
  it('never throws on any text, and every span lies inside the text and quotes it', () => {
    fc.assert(
      fc.property(anyText, published, (text, day) => {
        checkInvariants(text, engine.analyze(text, { published: day }));
      }),
      { numRuns: 400 },
    );
  });

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(newsy, published, (text, day) => {
        const a = JSON.stringify(engine.analyze(text, { published: day, title: 't' }));
        const b = JSON.stringify(engine.analyze(text, { published: day, title: 't' }));
        expect(a).toBe(b);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps its spans on the original text when the text starts with invisible characters', () => {
    fc.assert(
      fc.property(fc.constantFrom('\uFEFF', '\u200B', '  ', '\r\n', 'e\u0301'), newsy, published, (prefix, text, day) => {
        checkInvariants(prefix + text, engine.analyze(prefix + text, { published: day }));
      }),
      { numRuns: 150 },
    );
  });

  // 20,000 characters is a long article; a linear engine does each case in well under a second.
  // Runs of punctuation and text without sentence breaks are where quadratic scans show up.
  it('survives long pathological input within a time budget', () => {
    const cases = [
      'a'.repeat(20_000),
      '.'.repeat(20_000),
      '!?'.repeat(10_000),
      'Strike '.repeat(3_000),
      'Aleppo, '.repeat(2_500),
      '(['.repeat(10_000),
      '\n'.repeat(20_000),
      'On Monday '.repeat(2_000),
    ];
    const slow: string[] = [];
    for (const text of cases) {
      // CPU time of this file's own fork: a loaded machine's neighbours do not count against it.
      const c0 = process.cpuUsage();
      checkInvariants(text, engine.analyze(text, { published: '2020-05-06' }));
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      if (ms > 2_000) slow.push(`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars) took ${Math.round(ms)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
