// Screen-space grid clustering: points that fall in the same pixel cell at the current zoom
// merge into one cluster when there are enough of them; smaller groups stay individual, and
// points drawn on top of each other are fanned out so each stays clickable.

export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

export interface Clustered<T> {
  singles: ScreenPoint<T>[];
  clusters: Cluster<T>[];
}

/** Groups points by cellSize-pixel cells; a cell with at least minSize points becomes a cluster at its centroid. */
export function gridCluster<T>(points: readonly ScreenPoint<T>[], cellSize: number, minSize: number): Clustered<T> {
  // Numeric cell keys: string keys cost more than the clustering itself on 10,000 points.
  const cells = new Map<number, ScreenPoint<T>[]>();
  for (const p of points) {
    const k = Math.floor(p.x / cellSize) * 0x200000 + Math.floor(p.y / cellSize);
    const cell = cells.get(k);
    if (cell) cell.push(p);
    else cells.set(k, [p]);
  }
  const singles: ScreenPoint<T>[] = [];
  const clusters: Cluster<T>[] = [];
  for (const cell of cells.values()) {
    if (cell.length < minSize) {
      for (const p of cell) singles.push(p);
      continue;
    }
    let sx = 0;
    let sy = 0;
    for (const p of cell) {
      sx += p.x;
      sy += p.y;
    }
    clusters.push({ x: sx / cell.length, y: sy / cell.length, items: cell.map((p) => p.item) });
  }
  return { singles, clusters };
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

/**
 * Merges clusters whose centres lie closer than `dist` pixels (grid cells cut arbitrarily, so two
 * halves of one dense spot would otherwise sit on top of each other). Biggest clusters absorb first.
 */
export function mergeNear<T>(clusters: readonly Cluster<T>[], dist: number): Cluster<T>[] {
  const order = [...clusters].sort((a, b) => b.items.length - a.items.length);
  const out: Cluster<T>[] = [];
  for (const c of order) {
    const into = out.find((o) => Math.hypot(o.x - c.x, o.y - c.y) < dist);
    if (!into) {
      out.push({ x: c.x, y: c.y, items: [...c.items] });
      continue;
    }
    const n = into.items.length + c.items.length;
    into.x = (into.x * into.items.length + c.x * c.items.length) / n;
    into.y = (into.y * into.items.length + c.y * c.items.length) / n;
    // A loop, not push(...items): a cluster of 200,000 events would overflow the call stack.
    for (const item of c.items) into.items.push(item);
  }
  return out;
}
