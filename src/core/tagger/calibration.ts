// Platt scaling: fits p = 1 / (1 + exp(-(a*margin + b))) to (margin, was-right) pairs from
// cross-validation, so a span's score reads as the share of such spans that were right.

export interface Platt {
  a: number;
  b: number;
}

/** Newton's method on the log loss, with Platt's smoothed targets so separable data stays finite. */
export function fitPlatt(margins: readonly number[], right: readonly boolean[], iterations = 50): Platt {
  const nPos = right.filter(Boolean).length;
  const nNeg = right.length - nPos;
  const hi = (nPos + 1) / (nPos + 2);
  const lo = 1 / (nNeg + 2);
  let a = 0;
  let b = Math.log((nPos + 1) / (nNeg + 1));
  for (let it = 0; it < iterations; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < margins.length; i++) {
      const x = margins[i];
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (right[i] ? hi : lo);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
