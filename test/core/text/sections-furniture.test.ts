// Page furniture before the story: cookie and skip lines, share buttons, bylines, reading times and
// "Updated:" stamps are never the headline or the dateline; a repeated caption is still a caption.
import { describe, expect, it } from 'vitest';
import { findSections, isFurniture } from '../../../src/core/text/sections.ts';

const kinds = (text: string) => findSections(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('isFurniture', () => {
  it.each(['Skip to content', 'Skip to main navigation', 'We use cookies to improve your experience. Accept all cookies', 'Share this article',
    '4 min read', 'By Jane Roe and Ali Khan', 'Updated: 04-10-2023 08:15', 'Last updated 12 March 2024, 10:02 GMT', 'Published on March 3, 2024',
    '06 March 2019 09:10', 'Advertisement'])('%s', (line) => expect(isFurniture(line)).toBe(true));
  it.each(['Attack on army base in Mali', 'Drone strike kills two in Sumy', 'By the end of the day, the town had fallen.',
    'Gunmen stormed a checkpoint near Gao on Monday.'])('not: %s', (line) => expect(isFurniture(line)).toBe(false));
});

describe('findSections with furniture', () => {
  it('takes the headline after a skip line', () => {
    expect(kinds('Skip to content\nAttack on army base in Mali\nGunmen stormed a base near Gao on Monday night.')[1]).toEqual(['headline', 'Attack on army base in Mali']);
  });
  it('takes the headline after a cookie banner, and the dateline after a byline and a stamp', () => {
    const text = 'We use cookies to improve your experience. Accept all cookies\n\nAttack on army base in Mali\n\nBy Jane Roe\n\nUpdated: 04-10-2023 08:15\n\nGAO, Mali — Gunmen stormed an army base on Monday night.';
    const out = kinds(text);
    expect(out.find((s) => s[0] === 'headline')).toEqual(['headline', 'Attack on army base in Mali']);
    expect(out.find((s) => s[0] === 'dateline')).toEqual(['dateline', 'GAO, Mali']);
  });
  it('finds a dateline after byline lines that have no blank line between them', () => {
    const text = 'Drone strike kills two in Mali\nBy Staff Writer\n06 March 2019 09:10\nBAMAKO, Mali (AP) — Two fighters died when a drone hit their truck near Gao on Monday.';
    expect(kinds(text).find((s) => s[0] === 'dateline')).toEqual(['dateline', 'BAMAKO, Mali (AP)']);
  });
  it('reads "Photo caption:" and a caption repeated further down as captions', () => {
    const text = 'Strike on a market\n\nA drone hit a market in Gao on Monday.\n\nPhoto caption: Smoke rises over the market.\n\nThe army said it was investigating.\n\nSmoke rises over the market.';
    const captions = kinds(text).filter((s) => s[0] === 'caption');
    expect(captions.map((c) => c[1])).toEqual(['Photo caption: Smoke rises over the market.', 'Smoke rises over the market.']);
  });
  it('leaves an ordinary article as it was: headline, dateline, body', () => {
    const text = 'Jets strike Aleppo\n\nALEPPO, Syria (AP) — Jets struck a market on Monday.';
    expect(kinds(text).map((s) => s[0])).toEqual(['headline', 'dateline', 'body']);
  });
});
