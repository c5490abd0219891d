// An event's excerpts: each sentence that tells it, once (two of its triggers in one sentence, a headline
// counted twice, are still one excerpt), with the real gazetteer and tagger. The article is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../helpers/engine.ts';

const text = [
  'Kyiv strike toll rises to five; Russian attacks kill two in Kherson',
  'The Daily Ledger | 22-09-2023 10:15 | Updated: 22-09-2023 14:02',
  'The number of people killed when Russian missiles hit the centre of Kyiv, in Ukraine\'s north, on Wednesday morning has risen to five after a woman died in hospital and the body of a man was recovered from the rubble of a block on Thursday, the city administration said.',
  'Thirty-one people were wounded in the attack, which wrecked the front of a hotel, officials said.',
  'On Thursday, Russian forces killed two people in Kherson and wounded nine in Chernihiv, regional officials said.',
].join('\n\n');

describe('excerpts', () => {
  it('holds each sentence of an event once', () => {
    const { events } = analyze(text, { published: '2023-09-22' });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const starts = e.excerpts.map((x) => x.start);
      expect(new Set(starts).size, `${e.id}: ${e.excerpts.map((x) => x.text.slice(0, 40)).join(' | ')}`).toBe(starts.length);
    }
    expect(events.find((e) => e.place?.name === 'Kyiv')?.excerpts.length).toBeGreaterThanOrEqual(2);
  });
});
