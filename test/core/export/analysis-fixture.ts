// A small hand-built Analysis for the formatter tests: a country-level air strike with a hostile
// excerpt, a city-level missile attack, an unlocated withdrawal and a few mentions.
import type { Analysis, DatelineEvent, Mention, Place } from '../../../src/core/index.ts';

export const TEXT =
  'TEL AVIV - Israeli jets struck Syria on Monday night, killing 14. =HYPERLINK("http://x") said "officials", in Damascus.\nIran withdrew.';

const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  if (start < 0) throw new Error(`fixture: ${word} not in text`);
  return { start, end: start + word.length, text: word };
};

export const SYRIA: Place = { name: 'Syria', lat: 35, lon: 38, precision: 'country', country: 'SY', geonameId: 163843 };
export const DAMASCUS: Place = { name: 'Damascus', lat: 33.5102, lon: 36.29128, precision: 'city', country: 'SY', geonameId: 170654 };
export const TEL_AVIV: Place = { name: 'Tel Aviv', lat: 32.08088, lon: 34.78057, precision: 'city', country: 'IL' };

const mention = (word: string, place: Place, role: Mention['role'], from = 0): Mention => ({ ...at(word, from), role, place, score: 0.8, reason: `${word} test`, alternatives: [] });

const sentence1 = at(TEXT.slice(11, TEXT.indexOf('\n')));

const base = (id: string, type: DatelineEvent['type'], trigger: string): DatelineEvent => ({
  id,
  type,
  trigger: at(trigger),
  date: null,
  place: null,
  actors: {},
  fatalities: null,
  excerpt: sentence1,
  excerpts: [sentence1],
  confidence: 0.7,
});

export const ANALYSIS: Analysis = {
  schemaVersion: 1,
  article: { published: '2020-05-06', title: 'Strikes', length: TEXT.length },
  sections: [],
  mentions: [
    mention('TEL AVIV', TEL_AVIV, 'dateline'),
    mention('Syria', SYRIA, 'literal'),
    mention('Damascus', DAMASCUS, 'literal'),
    { ...at('Israeli'), role: 'demonym', place: null, score: 0, reason: 'unresolved', alternatives: [] },
  ],
  dates: [],
  events: [
    {
      ...base('e1', 'air_strike', 'struck'),
      date: { start: '2020-05-04', end: '2020-05-04', precision: 'part-of-day', partOfDay: 'night', text: 'on Monday night', basis: 'relative to published 2020-05-06', span: at('on Monday night') },
      place: SYRIA,
      placeSpan: at('Syria'),
      actors: { attacker: 'Israel', target: '=cmd|" /C calc"!A0', claim: 'alleged' },
      fatalities: { min: 14, max: 14 },
    },
    {
      ...base('e2', 'missile_attack', 'struck'),
      date: { start: '2020-05-01', end: '2020-05-31', precision: 'month', text: 'May', basis: 'explicit', span: at('Monday') },
      place: DAMASCUS,
      fatalities: { min: 2, max: 5 },
    },
    { ...base('e3', 'withdrawal', 'withdrew'), excerpt: at('Iran withdrew.'), excerpts: [at('Iran withdrew.')] },
  ],
  warnings: [],
};
