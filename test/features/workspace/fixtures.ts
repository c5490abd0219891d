// Small hand-made articles and analyses for the workspace tests: real shapes, known offsets.
import type { Analysis, DatelineEvent, Place } from '../../../src/core/index.ts';
import { SCHEMA_VERSION } from '../../../src/core/index.ts';
import type { WorkspaceArticle } from '../../../src/shared/model/workspace.ts';

export const ALEPPO: Place = { name: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'city', country: 'SY', geonameId: 170063 };
export const HOMS: Place = { name: 'Homs', lat: 34.73, lon: 36.71, precision: 'city', country: 'SY', geonameId: 169577 };
export const SYRIA: Place = { name: 'Syria', lat: 35, lon: 38, precision: 'country', country: 'SY' };

const span = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`fixture: "${word}" not in text`);
  return { start, end: start + word.length, text: word };
};

export function makeEvent(text: string, id: string, trigger: string, place: Place | null, sentence: string): DatelineEvent {
  const excerpt = span(text, sentence);
  return {
    id,
    type: 'air_strike',
    trigger: span(text, trigger, excerpt.start),
    date: { start: '2020-05-04', end: '2020-05-04', precision: 'day', text: 'on Monday', basis: 'relative to published', span: span(text, 'Monday') },
    place,
    actors: {},
    fatalities: { min: 3, max: 3 },
    excerpt,
    excerpts: [excerpt],
    confidence: 0.7,
  };
}

export function makeAnalysis(text: string, events: DatelineEvent[], published = '2020-05-06'): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { published, length: text.length },
    sections: [{ start: 0, end: text.length, kind: 'body' }],
    mentions: [],
    dates: [],
    events,
    warnings: [],
  };
}

export const TEXT_A = 'On Monday, jets struck a depot near Aleppo. Later, a raid hit Homs.';
export const TEXT_B = 'Aircraft bombed a depot outside Aleppo on Monday, residents said.';

export function articleA(id = 'a1'): WorkspaceArticle {
  const events = [
    makeEvent(TEXT_A, 'e1', 'struck', ALEPPO, 'On Monday, jets struck a depot near Aleppo.'),
    { ...makeEvent(TEXT_A, 'e2', 'raid', HOMS, 'Later, a raid hit Homs.'), type: 'raid' as const },
  ];
  return { id, text: TEXT_A, published: '2020-05-06', addedAt: '2026-01-01T00:00:00.000Z', analysis: makeAnalysis(TEXT_A, events) };
}

/** The same strike as article A's first event (an air strike at Aleppo on 2020-05-04), told by another article. */
export function articleB(id = 'b1'): WorkspaceArticle {
  const events = [{ ...makeEvent(TEXT_B, 'e1', 'bombed', ALEPPO, TEXT_B), fatalities: { min: 5, max: 7 } }];
  return { id, text: TEXT_B, published: '2020-05-05', addedAt: '2026-01-01T00:00:01.000Z', analysis: makeAnalysis(TEXT_B, events, '2020-05-05') };
}

/** Article B read as a strike a week earlier: another incident, which only a link by hand joins to A's. */
export function articleBWeekEarlier(id = 'b1'): WorkspaceArticle {
  const b = articleB(id);
  const e = b.analysis!.events[0];
  return { ...b, analysis: makeAnalysis(TEXT_B, [{ ...e, date: { ...e.date!, start: '2020-04-27', end: '2020-04-27' } }], '2020-05-05') };
}
