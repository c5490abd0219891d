import { describe, expect, it } from 'vitest';
import { fitPlatt } from '../../../src/core/tagger/calibration.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';

describe('Platt scaling', () => {
  it('recovers the logistic curve that generated the labels', () => {
    const random = mulberry32(4);
    const margins: number[] = [];
    const right: boolean[] = [];
    for (let i = 0; i < 5000; i++) {
      const m = random() * 20 - 5;
      margins.push(m);
      right.push(random() < 1 / (1 + Math.exp(-(0.5 * m - 1))));
    }
    const { a, b } = fitPlatt(margins, right);
    expect(a).toBeCloseTo(0.5, 1);
    expect(b).toBeCloseTo(-1, 0);
  });

  it('stays finite on perfectly separated data', () => {
    const { a, b } = fitPlatt([-3, -2, -1, 1, 2, 3], [false, false, false, true, true, true]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(a).toBeGreaterThan(0);
  });
});
