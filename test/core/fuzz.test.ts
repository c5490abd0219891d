// A seeded sample of the fuzz run (`npm run fuzz` runs 100,000): generated texts with lone
// surrogates, right-to-left text, emoji, page furniture, dates from the year 1 to 9999, huge numbers
// and runs with no sentence breaks, each analysed against a publication date from 1 to 9999. No
// analysis may throw, every span holds its words, and the app's own import accepts the result.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/index.ts';
import { analysisProblems, fuzzCase } from '../helpers/fuzz-text.ts';
import { analyze } from '../helpers/engine.ts';

const SAMPLE = 1000;

describe('the engine on generated hostile text', () => {
  it(`analyses ${SAMPLE} generated texts into analyses the app imports`, () => {
    const random = mulberry32(15);
    const failures: string[] = [];
    for (let i = 0; i < SAMPLE && failures.length < 5; i++) {
      const { text, published } = fuzzCase(random, { longShare: 0.005, longChars: 8000 });
      try {
        const problems = analysisProblems(text, published, analyze(text, { published }));
        if (problems.length) failures.push(`#${i} ${JSON.stringify(text.slice(0, 200))} (${published}): ${problems.slice(0, 3).join('; ')}`);
      } catch (err) {
        failures.push(`#${i} ${JSON.stringify(text.slice(0, 200))} (${published}): threw ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
