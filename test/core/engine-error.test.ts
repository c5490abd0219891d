// A failure of the engine's own (a bug, a JavaScript limit) comes out as an EngineError naming the
// stage and saying the text is not at fault, never as a raw TypeError; bad input keeps its own error.
import { describe, expect, it } from 'vitest';
import { createEngine, EngineError, InvalidDateError } from '../../src/core/index.ts';
import type { Gazetteer } from '../../src/core/index.ts';
import { testGazetteer } from './gazetteer/test-gazetteer.ts';

/** The test gazetteer with its look-up broken, as a bug in the places stage would break it. */
function brokenGazetteer(): Gazetteer {
  const gaz = testGazetteer();
  return Object.assign(Object.create(gaz) as Gazetteer, {
    lookup: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'end')");
    },
  });
}

describe('EngineError', () => {
  it('wraps a failure inside a stage, naming the stage and keeping the cause', () => {
    const engine = createEngine(brokenGazetteer());
    let caught: unknown;
    try {
      engine.analyze('Shelling hit Aleppo on Monday.', { published: '2020-05-06' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(EngineError);
    const e = caught as EngineError;
    expect(e.stage).toBe('places');
    expect(e.message).toMatch(/^Dateline's engine failed while finding places \(TypeError: Cannot read properties of undefined \(reading 'end'\)\)\. This is a fault in Dateline, not in the text/);
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it('leaves a bad publication date as the input error it is', () => {
    expect(() => createEngine(testGazetteer()).analyze('Aleppo.', { published: '2020-02-30' })).toThrow(InvalidDateError);
  });
});
