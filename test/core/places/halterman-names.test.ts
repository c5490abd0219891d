// Town names the learned tagger doubts where the sentence's syntax says place: the object of a verb
// of taking, holding or striking a place ("rebels captured Birao") stands in the slot a locative
// preposition does, so the rule mention is kept though the tagger backs nothing.
import { describe, expect, it } from 'vitest';
import type { SpanTagger } from '../../../src/core/places/mentions.ts';
import { oneLetterApart } from '../../../src/core/places/resolve.ts';
import { mentionsIn } from './mentions-helper.ts';

// A tagger that backs no span: what survives is what the combination keeps without it.
const doubter: SpanTagger = { propose: () => [] };
const kept = (text: string) => mentionsIn(text, doubter).map((m) => m.text);

describe('a town as the object of a verb of seizing or striking a place', () => {
  it('keeps the town the tagger doubted', () => {
    expect(kept('Militiamen recaptured Kakata after a week of fighting.')).toContain('Kakata');
    expect(kept('Government troops stormed Knin at dawn.')).toContain('Knin');
    expect(kept('Artillery shelled Birao for two days.')).toContain('Birao');
    expect(kept('Peacekeepers patrolled Kakata, north of the capital.')).toContain('Kakata');
  });

  it('leaves the name to the tagger after other verbs, and when it is part of a longer name', () => {
    expect(kept('Residents visited Kakata every spring.')).not.toContain('Kakata');
    expect(kept('Kakata was quiet.')).not.toContain('Kakata');
    expect(kept('Troops occupied Knin Fortress overnight.')).not.toContain('Knin');
    expect(kept('Police stormed Knin’s town hall.')).not.toContain('Knin');
  });
});

// An alternate name of a smaller town counts only when the article names that town's country,
// unless it is the town's own name spelled one letter apart: a transliteration, not a likeness.
describe('an alternate one letter from the town’s own name', () => {
  it('reads the letters apart', () => {
    expect(oneLetterApart('grozny', 'groznyy')).toBe(true);
    expect(oneLetterApart('damanhour', 'damanhur')).toBe(true);
    expect(oneLetterApart('tikrit', 'tikrat')).toBe(true);
    expect(oneLetterApart('hamas', 'hamm')).toBe(false);
    expect(oneLetterApart('kuts', 'kut')).toBe(false);
    expect(oneLetterApart('grozny', 'grozny')).toBe(false);
    expect(oneLetterApart('mosul', 'musol')).toBe(false);
  });

  it('resolves the spelling without the country named, and not a chance likeness', () => {
    const grozny = mentionsIn('A passenger bus was blown up in Grozny on Monday.').find((m) => m.text === 'Grozny');
    expect(grozny?.place?.country).toBe('RU');
    expect(mentionsIn('Hamas said the truce held.').some((m) => m.place?.country === 'DE')).toBe(false);
  });
});
