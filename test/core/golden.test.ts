// The whole Analysis of the reference article, stored as a golden fixture. Any change in the engine's
// output fails here with a diff; regenerate on purpose with `UPDATE_GOLDEN=1 npx vitest run --project unit test/core/golden.test.ts`
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types.ts';
import { REPO_ROOT, analyze } from '../helpers/engine.ts';

const ARTICLE = path.join(REPO_ROOT, 'src/samples/iran-syria-2020-05-06.txt');
const GOLDEN = path.join(REPO_ROOT, 'test/fixtures/golden/iran-syria-2020-05-06.json');
const OPTIONS = { published: '2020-05-06', title: 'Defense Officials: Iran Retreating out of Syria as Israeli Strikes Batter Forces' };

const text = readFileSync(ARTICLE, 'utf8');
const actual = analyze(text, OPTIONS);
const serialised = `${JSON.stringify(actual, null, 2)}\n`;

if (process.env.UPDATE_GOLDEN === '1') {
  mkdirSync(path.dirname(GOLDEN), { recursive: true });
  writeFileSync(GOLDEN, serialised);
}

// One line per item, so a failure first shows WHAT moved in words a reviewer can read.
const eventLines = (a: Analysis) => a.events.map((e) =>
  `${e.id} ${e.type} "${e.trigger.text}" @${e.place ? `${e.place.name}/${e.place.precision}` : '-'} ${e.date ? `${e.date.start}..${e.date.end}/${e.date.precision}` : 'undated'} killed=${e.fatalities ? `${e.fatalities.min}-${e.fatalities.max}` : '-'} by=${e.actors.attacker ?? '-'} conf=${e.confidence} excerpts=${e.excerpts.length}`);
const mentionLines = (a: Analysis) => a.mentions.map((m) => `${m.start} "${m.text}" ${m.role} -> ${m.place?.name ?? '-'}`);
const dateLines = (a: Analysis) => a.dates.map((d) => `${d.span.start} "${d.text}" ${d.start}..${d.end} ${d.precision} (${d.basis})`);

describe('golden analysis of the reference article', () => {
  it('has a stored golden fixture', () => {
    expect(existsSync(GOLDEN), `missing ${GOLDEN}; create it with UPDATE_GOLDEN=1`).toBe(true);
  });
  const expected = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Analysis) : null;

  it('events are unchanged', () => {
    expect(eventLines(actual)).toEqual(eventLines(expected!));
  });
  it('dates are unchanged', () => {
    expect(dateLines(actual)).toEqual(dateLines(expected!));
  });
  it('mentions are unchanged', () => {
    expect(mentionLines(actual)).toEqual(mentionLines(expected!));
  });
  it('the whole Analysis is byte-identical', () => {
    expect(serialised).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

// The acceptance floor, asserted directly so a carelessly regenerated golden cannot hide a regression.
describe('acceptance on the reference article', () => {
  const events = actual.events;
  it('an air strike in Syria on the night of 2020-05-04 with 14 killed, at country precision', () => {
    const e = events.find((x) => x.type === 'air_strike' && x.date?.start === '2020-05-04');
    expect(e, eventLines(actual).join('\n')).toBeDefined();
    expect([e!.place?.name, e!.place?.precision, e!.date?.partOfDay, e!.fatalities]).toEqual(['Syria', 'country', 'night', { min: 14, max: 14 }]);
  });
  it('a missile strike on Damascus on 2019-01-21, from the caption', () => {
    const e = events.find((x) => x.type === 'missile_attack' && x.place?.name === 'Damascus');
    expect(e?.date?.start, eventLines(actual).join('\n')).toBe('2019-01-21');
    const caption = actual.sections.find((s) => s.kind === 'caption')!;
    expect(e!.trigger.start).toBeGreaterThanOrEqual(caption.start);
    expect(e!.trigger.end).toBeLessThanOrEqual(caption.end);
  });
  it('no event at Tel Aviv, Jerusalem or Tehran', () => {
    for (const e of events) expect(['Tel Aviv', 'Jerusalem', 'Tehran']).not.toContain(e.place?.name);
  });
  it('Iran’s withdrawal from Syria reported on 2020-05-05', () => {
    const e = events.find((x) => x.type === 'withdrawal');
    expect([e?.place?.name, e?.date?.start], eventLines(actual).join('\n')).toEqual(['Syria', '2020-05-05']);
  });
  it('no event is silently stamped with the publication date', () => {
    for (const e of events) expect(e.date?.start).not.toBe('2020-05-06');
  });
});
