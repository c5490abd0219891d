// Sections (headline, caption, dateline, body) and sentence spans on realistic article shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSections, findSentences, matchDateline } from '../../../src/core/text/sections.ts';
import type { Section } from '../../../src/core/types.ts';

const reference = readFileSync(new URL('../../../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8');
const words = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const kinds = (text: string, sections: Section[]) => sections.map((s) => [s.kind, words(text, s).slice(0, 30)]);

describe('findSections', () => {
  it('finds headline, caption, dateline and body in the reference article', () => {
    const sections = findSections(reference);
    expect(sections.map((s) => s.kind)).toEqual(['headline', 'caption', 'dateline', 'body']);
    expect(words(reference, sections[0]!)).toBe('Defense Officials: Iran Retreating out of Syria as Israeli Strikes Batter Forces');
    expect(words(reference, sections[1]!)).toMatch(/^A picture taken early on January 21, 2019 shows/);
    expect(words(reference, sections[1]!)).toMatch(/concerns of …$/);
    expect(words(reference, sections[2]!)).toBe('TEL AVIV');
    expect(words(reference, sections[3]!)).toMatch(/^Iran is withdrawing from Syria/);
  });

  it.each([
    ['KYIV (Reuters) - Russian forces shelled the city overnight.', 'KYIV (Reuters)'],
    ['BEIRUT, Lebanon (AP) — An Israeli strike hit a building.', 'BEIRUT, Lebanon (AP)'],
    ['Feb. 28 (YPA) - Turkish drones struck a village.', 'Feb. 28 (YPA)'],
    ['SANAA, Yemen, March 3 (Reuters) - Air strikes hit the capital.', 'SANAA, Yemen, March 3 (Reuters)'],
    ['Kyiv, Ukraine (CNN) — Explosions were heard.', 'Kyiv, Ukraine (CNN)'],
    ['GAZA CITY -- Residents fled.', 'GAZA CITY'],
    ['(Reuters) - Oil prices rose.', '(Reuters)'],
    ['ISTANBUL/ANKARA (Reuters) - Turkish jets struck.', 'ISTANBUL/ANKARA (Reuters)'],
    ['By Jane Doe\n\nBAGHDAD (Reuters) - Two rockets landed.', 'BAGHDAD (Reuters)'],
  ])('covers exactly the dateline words of %j', (text, dateline) => {
    const sections = findSections(`Headline about the war\n\n${text}`);
    const dl = sections.find((s) => s.kind === 'dateline');
    expect(dl && words(`Headline about the war\n\n${text}`, dl)).toBe(dateline);
  });

  it('does not take ordinary sentences for datelines', () => {
    for (const p of [
      'Iran is withdrawing - officials said.',
      'A US official - speaking anonymously - said so.',
      'The army said: we will respond.',
      'Israel struck targets in Syria.',
    ]) expect(matchDateline(p)).toBeNull();
  });

  it('marks photo captions in several styles', () => {
    const text = [
      'Strikes hit Gaza',
      'Photo: Smoke rises over Gaza City after an air strike.',
      'File photo of a destroyed building in Mariupol.',
      'Firefighters work at the site of a missile strike in Odesa, Ukraine, on Monday. (Photo by Jane Doe/Reuters)',
      'A man shows the damage. Officials said the strike hit a school.',
    ].join('\n\n');
    const s = findSections(text);
    expect(kinds(text, s).map((k) => k[0])).toEqual(['headline', 'caption', 'caption', 'caption', 'body']);
  });

  it('reads a scraped page: headline, byline kept out of the headline, BBC-style caption', () => {
    const text = 'Russian strikes kill 5 in Zaporizhzhia\nBy Jane Doe, BBC News\n\nImage caption, Rescuers search the rubble on Wednesday\n\nRussian missiles struck the city on Wednesday.';
    expect(kinds(text, findSections(text)).map((k) => k[0])).toEqual(['headline', 'body', 'caption', 'body']);
    expect(findSentences(text).map((x) => words(text, x))[0]).toBe('Russian strikes kill 5 in Zaporizhzhia');
  });

  it.each([
    'Palestinians inspect a house destroyed in an Israeli strike in Rafah, Jan. 9, 2024. (AP Photo/Fatima Shbair)',
    'Smoke rises over Gaza City after an air strike, in this picture taken today. REUTERS/Mohammed Salem',
    'Smoke rises after an Israeli strike on Rafah. Photograph: Mahmud Hams/AFP/Getty Images',
    'Rescuers search the rubble in Kharkiv. (AFP via Getty Images)',
  ])('recognises the photo credit in %j', (caption) => {
    const text = `Strikes hit Gaza\n\n${caption}\n\nThe army said it struck targets on Monday.`;
    expect(findSections(text).map((s) => s.kind)).toEqual(['headline', 'caption', 'body']);
  });

  it('reads one paragraph per line when a pasted page has no blank lines', () => {
    const pasted = reference.replace(/\n\s*\n+/g, '\n');
    expect(findSections(pasted).map((s) => s.kind)).toEqual(['headline', 'caption', 'dateline', 'body']);
    expect(findSentences(pasted)).toHaveLength(findSentences(reference).length);
  });

  it('takes a question as a headline', () => {
    const text = 'Is Iran leaving Syria?\n\nTEL AVIV – Iran is withdrawing from Syria, officials said.';
    expect(findSections(text).map((s) => s.kind)).toEqual(['headline', 'dateline', 'body']);
  });

  it('has no headline when the first line is a sentence', () => {
    const text = 'Israel struck targets in Syria on Monday, officials said.\n\nMore follows.';
    expect(findSections(text).map((s) => s.kind)).toEqual(['body']);
  });

  it('keeps spans inside the text and in order', () => {
    const s = findSections(reference);
    for (let i = 0; i < s.length; i++) {
      expect(s[i]!.start).toBeLessThan(s[i]!.end);
      if (i > 0) expect(s[i]!.start).toBeGreaterThanOrEqual(s[i - 1]!.end);
    }
    expect(findSections('')).toEqual([]);
  });
});

describe('findSentences', () => {
  it('does not break on abbreviations or decimals', () => {
    const text = 'U.S. officials met Dr. Smith on Feb. 3 in St. Louis. Rates rose 2.5 percent. The U.S.’ targeted killing was condemned.';
    expect(findSentences(text).map((s) => words(text, s))).toEqual([
      'U.S. officials met Dr. Smith on Feb. 3 in St. Louis.',
      'Rates rose 2.5 percent.',
      'The U.S.’ targeted killing was condemned.',
    ]);
  });

  it('splits after closing quotes and at paragraph breaks', () => {
    const text = '“We will respond,” he said. “They are paying.” Officials agreed.\n\nNext paragraph here';
    expect(findSentences(text).map((s) => words(text, s))).toEqual([
      '“We will respond,” he said.',
      '“They are paying.”',
      'Officials agreed.',
      'Next paragraph here',
    ]);
  });

  it('joins hard-wrapped lines but splits a headline line from the body', () => {
    const text = 'Shelling kills two in Kharkiv\nRussian forces shelled the city overnight, killing two and\nwounding five people, the governor said on Telegram.';
    expect(findSentences(text).map((s) => words(text, s))).toEqual([
      'Shelling kills two in Kharkiv',
      'Russian forces shelled the city overnight, killing two and\nwounding five people, the governor said on Telegram.',
    ]);
  });

  it('stays linear on runs of punctuation and newlines', () => {
    for (const text of ['.'.repeat(50_000), '!?'.repeat(25_000), 'a.\n'.repeat(15_000), ' .'.repeat(25_000)]) {
      const t0 = performance.now();
      findSentences(text);
      findSections(text);
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 6))).toBeLessThan(1500);
    }
  });

  it('splits the reference article into sentences that cover the caption and the dateline', () => {
    const sentences = findSentences(reference).map((s) => words(reference, s));
    expect(sentences).toContain('The latest raids on Monday night killed 14 Iranian militants.');
    expect(sentences).toContain('Israel has also targeted Syria’s air defense systems.');
    expect(sentences.some((s) => s.startsWith('TEL AVIV – Iran is withdrawing'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('- Israel struck what it said'))).toBe(true);
  });
});

describe('a live blog\'s time-stamped items', () => {
  const text = '08:15 Russian forces shelled Huliaipole overnight, one civilian injured - regional administration\n'
    + '09:02 Explosions reported in Odesa; air defense active\n'
    + '09:40 Drone attack on Sumy: two killed, nine injured in a strike on an apartment building';
  it('are one sentence each, and the first is no headline', () => {
    expect(findSections(text).map((s) => s.kind)).not.toContain('headline');
    expect(findSentences(text).map((s) => text.slice(s.start, s.end).slice(0, 5))).toEqual(['08:15', '09:02', '09:40']);
  });
  it('but a line that runs on into a number still runs on', () => {
    const wrapped = 'Russian forces shelled the town, injuring\n12 people, officials said.';
    expect(findSentences(wrapped)).toHaveLength(1);
  });
});
