// The full fuzz run: 100,000 generated hostile texts (test/helpers/fuzz-text.ts) through the
// engine with the tagger, each checked as the unit suite's seeded sample is (no throw, spans hold
// their words, the app's import validator accepts the analysis). Prints numbers; exit 1 on any failure.
//   npm run fuzz [-- --count N] [--seed S]
import { parseArgs } from 'node:util';
import { mulberry32 } from '../src/core/index.ts';
import { analysisProblems, fuzzCase } from '../test/helpers/fuzz-text.ts';
import { testEngine } from '../test/helpers/engine.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '15' } } });
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--count N] [--seed S]');
  process.exit(2);
}

const engine = testEngine();
const random = mulberry32(seed);
const failures: string[] = [];
let chars = 0;
let mentions = 0;
let dates = 0;
let events = 0;
let droppedDates = 0;
let longCases = 0;
let worstMsPerKb = 0;
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const { text, published } = fuzzCase(random);
  chars += text.length;
  if (text.length >= 20_000) longCases++;
  const start = performance.now();
  try {
    const a = engine.analyze(text, { published });
    const ms = performance.now() - start;
    times.push(ms);
    if (text.length >= 4096) worstMsPerKb = Math.max(worstMsPerKb, ms / (text.length / 1024));
    mentions += a.mentions.length;
    dates += a.dates.length;
    events += a.events.length;
    if (a.warnings.some((w) => w.includes('left out: Dateline holds dates'))) droppedDates++;
    const problems = analysisProblems(text, published, a);
    if (problems.length) failures.push(`#${i} (${published}) ${JSON.stringify(text.slice(0, 160))}: ${problems.slice(0, 3).join('; ')}`);
  } catch (err) {
    failures.push(`#${i} (${published}) ${JSON.stringify(text.slice(0, 160))}: threw ${(err as Error).message}`);
  }
  if ((i + 1) % 10_000 === 0) console.error(`fuzz: ${i + 1} / ${count}, ${failures.length} failed, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1) ?? '-';
console.log(`fuzz: seed ${seed}, ${count} texts, ${(chars / 1e6).toFixed(1)} million characters (${longCases} long runs without sentence breaks)`);
console.log(`fuzz: ${failures.length} failed; ${mentions} mentions, ${dates} dates, ${events} events; ${droppedDates} analyses left out a date outside the years 1-9999`);
console.log(`fuzz: per analysis ms p50 ${q(0.5)}, p99 ${q(0.99)}, max ${q(1)}; worst ${worstMsPerKb.toFixed(1)} ms per KB (texts of 4 KB or more); ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
process.exit(failures.length ? 1 : 0);
