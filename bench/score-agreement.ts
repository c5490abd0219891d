// Not a test (needs ../shared): runs the engine over the full corpora, then checks that the CLI's
// scores equal those of the shared score.mjs on the same predictions, rule by rule.
//   npm run bench:agreement -- [GOLD.jsonl ...]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pairsById, roundResult, score } from '../src/core/index.ts';
import type { MatchRule, Toponym } from '../src/core/index.ts';
import { DEFAULT_CORPUS_PUBLISHED, DEFAULT_CORPUS_ROLES, parseCorpus, predictDoc } from '../src/cli/corpus-file.ts';
import { loadEngine, REPO_ROOT } from '../src/cli/engine.ts';

const SHARED_EVAL = path.resolve(REPO_ROOT, '../shared/eval');
const SCORER = path.join(SHARED_EVAL, 'score.mjs');
if (!existsSync(SCORER)) {
  console.log(`skipped: ${SCORER} is not there`);
  process.exit(0);
}
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(SHARED_EVAL).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(SHARED_EVAL, f));
// The CLI's defaults, so the figures printed here are those `dateline eval` prints.
const { engine } = await loadEngine(undefined, { tagger: true });
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-agreement-'));
let disagreements = 0;
for (const gold of files) {
  const docs = parseCorpus(readFileSync(gold, 'utf8'), gold);
  const predictions = docs.map((d) => predictDoc(d, engine, DEFAULT_CORPUS_PUBLISHED, { roles: DEFAULT_CORPUS_ROLES }));
  const predFile = path.join(dir, `${path.basename(gold)}.pred.jsonl`);
  writeFileSync(predFile, predictions.map((p) => JSON.stringify({ id: p.id, toponyms: p.toponyms })).join('\n') + '\n');
  const byId = new Map<string, Toponym[]>(predictions.map((p) => [p.id, p.toponyms]));
  for (const match of ['eupeg', 'exact'] as MatchRule[]) {
    for (const coordsOnly of [true, false]) {
      const args = [SCORER, gold, predFile, '--match', match, ...(coordsOnly ? ['--coords-only'] : [])];
      const theirs = spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout.trim();
      const ours = JSON.stringify(roundResult(score(pairsById(docs, byId), { match, coordsOnly })));
      const same = ours === theirs;
      if (!same) disagreements++;
      console.log(`${same ? 'AGREE ' : 'DIFFER'} ${path.basename(gold)} --match ${match}${coordsOnly ? ' --coords-only' : ''}\n  ${ours}${same ? '' : `\n  score.mjs: ${theirs}`}`);
    }
  }
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = disagreements ? 1 : 0;
