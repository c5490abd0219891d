// `npm run bench:grouping`: the cost of showing one event per incident across articles, on the
// seeded workspaces the browser bench imports (bench/browser.ts) and on a country-dense one where
// every event sits in one country. Prints numbers, asserts nothing. Best of --runs (default 3).
//   node bin/ts-run.mjs bench/grouping.ts [--sizes 1000,10000,100000] [--runs 3]
import { parseArgs } from 'node:util';
import { groupAcrossArticles, mulberry32, type DatelineEvent, type EventType, type Place } from '../src/core/index.ts';
import { applyCorrectionsDetailed } from '../src/features/workspace/apply-corrections.ts';
import type { WorkspaceArticle } from '../src/shared/model/workspace.ts';
import { syntheticWorkspace } from './browser.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' } } });
const sizes = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const runs = Number(values.runs ?? 3);

function best(f: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const TYPES: EventType[] = ['air_strike', 'drone_strike', 'shelling', 'killing', 'other'];

/** Every event in one country, 60 towns a few km to 200 km apart, over 90 days: the worst bucket load. */
function dense(total: number, articles = 50): WorkspaceArticle[] {
  const rand = mulberry32(7);
  const towns: Place[] = Array.from({ length: 60 }, (_, i) => ({ name: `Town ${i}`, lat: 48 + rand() * 2, lon: 35 + rand() * 3, precision: 'city', country: 'UA' }));
  return Array.from({ length: articles }, (_, a) => {
    const events: DatelineEvent[] = Array.from({ length: Math.ceil(total / articles) }, (_, i) => {
      const day = `2024-${String(1 + Math.floor(rand() * 3)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const words = { start: 0, end: 1, text: 'x' };
      return {
        id: `e${i}`, type: TYPES[Math.floor(rand() * TYPES.length)]!, trigger: words, place: towns[Math.floor(rand() * towns.length)]!, actors: {},
        fatalities: null, excerpt: words, excerpts: [words], confidence: 0.7,
        date: { start: day, end: day, precision: 'day', text: 'x', basis: 'bench', span: { start: 0, end: 1 } },
      };
    });
    return { id: `a${a}`, text: 'x', published: '2024-04-01', addedAt: '', analysis: { schemaVersion: 0, article: { published: '2024-04-01', length: 1 }, sections: [], mentions: [], dates: [], events, warnings: [] } } as unknown as WorkspaceArticle;
  });
}

console.log(`grouping   best of ${runs}; the machine is shared, so take the numbers as rough`);
for (const n of sizes) {
  for (const [label, articles] of [
    ['synthetic', (JSON.parse(syntheticWorkspace(n)) as { articles: WorkspaceArticle[] }).articles],
    ['one-country', dense(n)],
  ] as const) {
    const input = articles.map((a) => ({ articleId: a.id, published: a.published, events: a.analysis?.events ?? [] }));
    const events = input.reduce((s, a) => s + a.events.length, 0);
    const group = best(() => groupAcrossArticles(input));
    let shown = 0;
    const apply = best(() => {
      shown = applyCorrectionsDetailed(articles, []).events.length;
    });
    console.log(`${label.padEnd(11)} ${String(events).padStart(7)} events -> ${String(shown).padStart(7)} shown   groupAcrossArticles ${group.toFixed(1).padStart(8)} ms   applyCorrections ${apply.toFixed(1).padStart(8)} ms`);
  }
}
