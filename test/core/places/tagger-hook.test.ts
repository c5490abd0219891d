// The learned tagger's spans join the gazetteer matcher's: a confident span the rules vetoed or
// missed becomes a mention (source "tagger"); weak or unknown spans do not; and the tagger leads:
// rule mentions it does not back are dropped, except countries, named regions and demonyms.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/places/mentions.ts';
import type { SpanTagger } from '../../../src/core/places/mentions.ts';
import { findSections, findSentences } from '../../../src/core/text/sections.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';

const gaz = testGazetteer();
const run = (text: string, tagger?: SpanTagger) =>
  findMentions(text, { sections: findSections(text), sentences: findSentences(text), gazetteer: gaz, ...(tagger ? { tagger } : {}) });

function spans(text: string, words: Array<[string, number]>): SpanTagger {
  return { propose: () => words.map(([w, score]) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, score })) };
}

describe('tagger spans', () => {
  const text = 'Hope is a small town in Arkansas. Qwxzzq is not anywhere.';

  it('adds a confident span the rules rejected, resolved like any other', () => {
    expect(run(text).map((m) => m.text)).toEqual(['Arkansas']);
    const ms = run(text, spans(text, [['Hope', 0.9], ['Arkansas', 0.9]]));
    const hope = ms.find((m) => m.text === 'Hope');
    expect(hope?.source).toBe('tagger');
    expect(hope?.place?.country).toBe('US');
    expect(ms.find((m) => m.text === 'Arkansas')?.source).toBe('rules');
  });

  it('leads: a rule mention of a town the tagger does not back is dropped, a country is kept', () => {
    const t = 'Officials in Arkansas met envoys from Canada.';
    expect(run(t).map((m) => m.text)).toEqual(['Arkansas', 'Canada']);
    expect(run(t, spans(t, [])).map((m) => m.text)).toEqual(['Canada']);
    expect(run(t, spans(t, [['Arkansas', 0.9]])).map((m) => m.text)).toEqual(['Arkansas', 'Canada']);
  });

  it('ignores weak spans, unknown names and spans the rules already cover', () => {
    const ms = run(text, spans(text, [['Hope', 0.2], ['Qwxzzq', 0.99], ['Arkansas', 0.99]]));
    expect(ms.map((m) => [m.text, m.source])).toEqual([['Arkansas', 'rules']]);
  });
});
