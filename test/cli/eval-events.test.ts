// `dateline eval-events`: reads both gold formats (told apart by their first line), prints the core's
// scores as a table or JSON, and refuses files of neither shape with an input error.
import { describe, expect, it } from 'vitest';
import { run } from './capture.ts';

const REPORT = {
  id: 'r1', published: '2021-03-10',
  text: 'Artillery shells hit a market in Aleppo on Monday, killing six people, officials said.',
  events: [{ type: 'shelling', date: '2021-03-08', place: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'city', sentence: 'Artillery shells hit a market in Aleppo on Monday, killing six people, officials said.' }],
  context_places: [],
};
const EMPTY = { id: 'r2', published: '2021-03-10', text: 'The council met in Lyon on Tuesday to discuss the budget.', events: [], context_places: [] };
const SENTENCE = { id: 's1', text: 'Gunmen attacked a police post in Kandahar on Sunday.', verb: { start: 7, end: 15, text: 'attacked' }, locations: [{ start: 33, end: 41, text: 'Kandahar' }] };
const lines = (...xs: object[]) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';

describe('dateline eval-events', () => {
  it('scores annotated reports', async () => {
    const r = await run(['eval-events', 'gold.jsonl'], { files: { 'gold.jsonl': lines(REPORT, EMPTY) } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 reports \(1 with no event\), 1 gold events/);
    expect(r.stdout).toMatch(/^evidenced recall\s+1\.000\s+\(1\/1\)/m);
    expect(r.stdout).toMatch(/^in empty reports\s+0/m);
    const j = await run(['eval-events', 'gold.jsonl', '--json'], { files: { 'gold.jsonl': lines(REPORT, EMPTY) } });
    expect(JSON.parse(j.stdout.trim())).toMatchObject({ format: 'events', gold: 1, located: 1, dated: 1, leaks: 0 });
  });

  it('scores event-location sentences', async () => {
    const r = await run(['eval-events', 'loc.jsonl', '--json'], { files: { 'loc.jsonl': lines(SENTENCE) } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ format: 'locations', sentences: 1 });
  });

  it('refuses a file of neither shape, and a bad --format', async () => {
    const r = await run(['eval-events', 'x.jsonl'], { files: { 'x.jsonl': lines({ id: 1, text: 'hello' }) } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/neither an events gold file/);
    const f = await run(['eval-events', 'x.jsonl', '--format', 'nope'], { files: { 'x.jsonl': lines(REPORT) } });
    expect(f.code).toBe(2);
  });
});
