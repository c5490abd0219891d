// Points drawn on top of each other are fanned out so each stays clickable (clustering itself is
// supercluster's, in cluster-index.ts).

export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

/**
 * Moves points that sit within `near` pixels of an earlier one onto a small circle around it,
 * in input order, so a stack of events at one country's centre becomes a visible ring.
 */
export function fanOut<T>(points: readonly ScreenPoint<T>[], near: number, radius: number): ScreenPoint<T>[] {
  const groups: { x: number; y: number; members: ScreenPoint<T>[] }[] = [];
  const cellOf = new Map<string, number[]>();
  for (const p of points) {
    const cx = Math.floor(p.x / near);
    const cy = Math.floor(p.y / near);
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++) {
      for (let dy = -1; dy <= 1 && found < 0; dy++) {
        for (const gi of cellOf.get(`${cx + dx},${cy + dy}`) ?? []) {
          const g = groups[gi]!;
          if (Math.abs(g.x - p.x) <= near && Math.abs(g.y - p.y) <= near) {
            found = gi;
            break;
          }
        }
      }
    }
    if (found >= 0) {
      groups[found]!.members.push(p);
      continue;
    }
    const k = `${cx},${cy}`;
    cellOf.set(k, [...(cellOf.get(k) ?? []), groups.length]);
    groups.push({ x: p.x, y: p.y, members: [p] });
  }
  const out: ScreenPoint<T>[] = [];
  for (const g of groups) {
    if (g.members.length === 1) {
      out.push(g.members[0]!);
      continue;
    }
    const n = g.members.length;
    const r = radius * Math.max(1, n / 6);
    g.members.forEach((m, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      out.push({ x: g.x + r * Math.cos(a), y: g.y + r * Math.sin(a), item: m.item });
    });
  }
  return out;
}
