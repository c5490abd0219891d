// One-to-one matching of gold items to predicted items that maximises the total weight (the Hungarian
// method, Kuhn-Munkres, O(n³)): used by the event scorers so that one prediction never counts twice
// and a greedy early choice never costs a later match.

/**
 * `weight[g][p]` is the value of pairing gold g with prediction p; null (or ≤ 0) means they may not be
 * paired. Returns, for each gold item, the index of its prediction or -1.
 */
export function maxWeightAssignment(weight: ReadonlyArray<ReadonlyArray<number | null>>, predictions: number): number[] {
  const rows = weight.length;
  const n = Math.max(rows, predictions);
  if (rows === 0) return [];
  if (predictions === 0) return Array.from({ length: rows }, () => -1);
  let top = 0;
  for (const row of weight) for (const w of row) if (w !== null && w > top) top = w;
  // Square cost matrix: pairs that may not be made, and the padding, cost as much as leaving both alone.
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < predictions ? weight[i]![j] ?? null : null;
    return w !== null && w > 0 ? top - w : top;
  };
  // The classic potentials formulation, 1-based (e-maxx): u rows, v columns, p[j] the row matched to column j.
  const u = Array.from({ length: n + 1 }, () => 0);
  const v = Array.from({ length: n + 1 }, () => 0);
  const p = Array.from({ length: n + 1 }, () => 0);
  const way = Array.from({ length: n + 1 }, () => 0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = Array.from({ length: n + 1 }, () => Infinity);
    const used = Array.from({ length: n + 1 }, () => false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = Array.from({ length: rows }, () => -1);
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i < rows && j - 1 < predictions) {
      const w = weight[i]![j - 1] ?? null;
      if (w !== null && w > 0) out[i] = j - 1;
    }
  }
  return out;
}
