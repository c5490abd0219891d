// Every way an analysis can go wrong ends with a clear message and a documented exit code: a time
// limit for any input (the analysis runs on a thread that is terminated), and an engine fault
// that reads as one, never a raw TypeError or a stack trace.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/index.ts';
import type { Engine } from '../../src/core/index.ts';
import { AnalysisFailed, AnalysisThread } from '../../src/cli/run-analysis.ts';
import type { RunOptions } from '../../src/cli/run-analysis.ts';
import { CliError, describeFailure } from '../../src/cli/errors.ts';
import { testEngine } from '../helpers/engine.ts';
import { run } from './capture.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../src/samples/iran-syria-2020-05-06.txt');
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');
const corpus = ['Shelling hit Aleppo on Monday.', 'Troops left Idlib.'].map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';

/** The real engine with a bug in it: its analysis throws what an indexing mistake throws. */
const buggy = (): Engine => ({
  ...testEngine(),
  analyze: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'end')");
  },
});

describe('the time limit', () => {
  it('applies to a small article too, ending it with exit code 1 and what to do', async () => {
    const r = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--timeout', '0.05']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/analysis did not finish within 0\.05 s \(\d+ characters\); split the text into articles, or raise --timeout/);
  });

  it('fails the documents of a corpus that run over, one by one, and prints a line for each', async () => {
    const r = await run(['corpus', 'c.jsonl', '--timeout', '0.05'], { files: { 'c.jsonl': corpus } });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: 'd0', toponyms: [] }, { id: 'd1', toponyms: [] }]);
    expect(r.stderr).toMatch(/document d0: analysis failed: analysis did not finish within 0\.05 s/);
    expect(r.stderr).toMatch(/document d1: analysis failed: analysis did not finish within 0\.05 s/);
    expect(r.stderr).toMatch(/2 documents, 0 toponyms predicted, 2 failed/);
  });

  it('runs a corpus with a generous limit exactly as without one', async () => {
    const limited = await run(['corpus', 'c.jsonl', '-q', '--timeout', '60'], { files: { 'c.jsonl': corpus } });
    const free = await run(['corpus', 'c.jsonl', '-q', '--timeout', '0'], { files: { 'c.jsonl': corpus } });
    expect(limited.code).toBe(0);
    expect(limited.stdout).toBe(free.stdout);
    expect(JSON.parse(limited.stdout.split('\n')[0]!).toponyms.map((t: { name: string }) => t.name)).toContain('Aleppo');
  });

  it('replaces a thread that ran over, so the next text is analysed', async () => {
    const options: RunOptions = { engine: {}, timeoutS: 0.05 };
    const thread = new AnalysisThread(options);
    try {
      await expect(thread.analyze(SAMPLE_TEXT, { published: '2020-05-06' })).rejects.toBeInstanceOf(CliError);
      options.timeoutS = 60;
      const a = await thread.analyze('Shelling hit Aleppo on Monday.', { published: '2020-05-06' });
      expect(a.mentions.map((m) => m.text)).toEqual(['Aleppo']);
    } finally {
      await thread.close();
    }
  });

  it('refuses a limit that is not a number of seconds', async () => {
    const r = await run(['corpus', 'c.jsonl', '--timeout', 'soon'], { files: { 'c.jsonl': corpus } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/corpus: --timeout takes a number of seconds/);
  });
});

describe('a fault in the engine', () => {
  it('reads as a fault in Dateline, without a stack trace, exit code 1', async () => {
    const r = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--timeout', '0'], { loadEngine: async () => buggy() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dateline: analysis failed: Dateline failed with an internal error \(TypeError: Cannot read properties of undefined \(reading 'end'\)\); this is a fault in Dateline, not in the input\.\n/);
    expect(r.stderr).toMatch(/DATELINE_DEBUG=1/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the stage when the engine itself caught it', async () => {
    const gaz = testEngine().gazetteer;
    const broken = Object.assign(Object.create(gaz) as typeof gaz, { lookup: () => { throw new TypeError('boom'); } });
    const r = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--timeout', '0'], { loadEngine: async () => createEngine(broken) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dateline: analysis failed: Dateline's engine failed while finding places \(TypeError: boom\)\. This is a fault in Dateline, not in the text/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails only its document in a corpus, with the same message', async () => {
    const r = await run(['corpus', 'c.jsonl', '--timeout', '0'], { files: { 'c.jsonl': corpus }, loadEngine: async () => buggy() });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/document d0: analysis failed: Dateline failed with an internal error \(TypeError: Cannot read properties of undefined \(reading 'end'\)\); this is a fault in Dateline/);
  });
});

describe('describeFailure', () => {
  it('says a thread-side failure once, an engine fault as it is, anything else as a fault in Dateline', () => {
    expect(describeFailure(new AnalysisFailed("Dateline's engine failed while finding dates (RangeError: x). This is a fault"))).toBe("Dateline's engine failed while finding dates (RangeError: x). This is a fault");
    expect(new AnalysisFailed('x').message).toBe('analysis failed: x');
    expect(describeFailure(new RangeError('Maximum call stack size exceeded'))).toBe('Dateline failed with an internal error (RangeError: Maximum call stack size exceeded); this is a fault in Dateline, not in the input.');
  });
});
