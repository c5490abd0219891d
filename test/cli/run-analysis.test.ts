// Large inputs run on a worker thread with a time limit: same Analysis as in-process, or a clear failure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processContext } from '../../src/cli/context.ts';
import { runAnalysis } from '../../src/cli/run-analysis.ts';
import { CliError } from '../../src/cli/errors.ts';

const SAMPLE_TEXT = readFileSync(path.resolve(import.meta.dirname, '../../src/samples/iran-syria-2020-05-06.txt'), 'utf8');
const options = { published: '2020-05-06' };

describe('runAnalysis', () => {
  it('gives the same Analysis on a worker thread as in-process', async () => {
    const inProcess = await runAnalysis(SAMPLE_TEXT, options, processContext, { engine: {}, timeoutS: 0 });
    const onWorker = await runAnalysis(SAMPLE_TEXT, options, processContext, { engine: {}, timeoutS: 60, workerThreshold: 0 });
    expect(JSON.stringify(onWorker)).toBe(JSON.stringify(inProcess));
  });

  it('gives up after the time limit with a message that says what to do', async () => {
    const err = await runAnalysis(SAMPLE_TEXT, options, processContext, { engine: {}, timeoutS: 0.05, workerThreshold: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe(1);
    expect((err as CliError).message).toMatch(/did not finish within 0.05 s.*split the text/);
  });

  it('reports a missing gazetteer before starting a thread', async () => {
    const err = await runAnalysis(SAMPLE_TEXT, options, processContext, { engine: {}, timeoutS: 5, workerThreshold: 0, gazetteerPath: '/no/gaz.json' }).catch((e: unknown) => e);
    expect((err as CliError).code).toBe(3);
    expect((err as CliError).message).toMatch(/npm run data/);
  });
});
