// Every way an analysis can go wrong ends with a clear message and a documented exit code: an
// engine fault reads as one, never as a raw TypeError or a stack trace.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/index.ts';
import type { Engine } from '../../src/core/index.ts';
import { describeFailure } from '../../src/cli/errors.ts';
import { testEngine } from '../helpers/engine.ts';
import { run } from './capture.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../src/samples/iran-syria-2020-05-06.txt');
const corpus = ['Shelling hit Aleppo on Monday.', 'Troops left Idlib.'].map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';

/** The real engine with a bug in it: its analysis throws what an indexing mistake throws. */
const buggy = (): Engine => ({
  ...testEngine(),
  analyze: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'end')");
  },
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
    const r = await run(['corpus', 'c.jsonl'], { files: { 'c.jsonl': corpus }, loadEngine: async () => buggy() });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/document d0: analysis failed: Dateline failed with an internal error \(TypeError: Cannot read properties of undefined \(reading 'end'\)\); this is a fault in Dateline/);
  });
});

describe('describeFailure', () => {
  it('says an engine fault as it is, anything else as a fault in Dateline', () => {
    expect(describeFailure(new RangeError('Maximum call stack size exceeded'))).toBe('Dateline failed with an internal error (RangeError: Maximum call stack size exceeded); this is a fault in Dateline, not in the input.');
  });
});
