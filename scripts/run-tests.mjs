// Runs every test suite (unit and browser) through vitest and prints one closing line,
// `tests: N passed, N failed`, that CI and people can read. Exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const projects = args.includes('--unit-only') ? ['unit'] : args.includes('--e2e-only') ? ['e2e'] : ['unit', 'e2e'];
const passthrough = args.filter((a) => !a.startsWith('--unit-only') && !a.startsWith('--e2e-only'));

mkdirSync('test-results', { recursive: true });
const report = path.join('test-results', 'vitest.json');
rmSync(report, { force: true });

const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(
  process.execPath,
  [vitest, 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...passthrough],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
  // A suite that failed to load reports no tests; count it so it cannot hide.
  for (const suite of json.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed = 1;
  console.error('run-tests: vitest wrote no report; counting the run as failed.');
}
if (r.status !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || r.status !== 0 ? 1 : 0);
