// Which markers the map shows for a view and a time window: the events in both, one marker each
// while the view holds few, grouped by their supercluster cluster when it holds many; a group too
// small to be worth a cluster stays as its events. Pure: world pixels in, markers out.
import type { ClusterIndex } from './cluster-index.ts';

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

/** Undated events are shown whatever the window: their range is everything. */
export const ALWAYS: readonly [number, number] = [-1e9, 1e9];

export interface LayoutInput {
  index: ClusterIndex;
  /** First and last day of each indexed point's date range (ALWAYS for undated). */
  start: Int32Array;
  end: Int32Array;
  /** The time window as day numbers, or null for all. */
  window: readonly [number, number] | null;
  zoom: number;
  /** At or above this zoom nothing is clustered. */
  maxZoom: number;
  /** The view in world pixels at `zoom` (padded by the caller). */
  view: { minX: number; minY: number; maxX: number; maxY: number };
  /** A spot (world pixels) whose events are spread out rather than clustered. */
  expanded?: { x: number; y: number } | null;
  /** Clusters are drawn only when the view holds more events than this. */
  clusterAbove: number;
  /** A cluster needs at least this many events in the window. */
  minCluster: number;
  /** Above this many single markers, every group of two or more is a cluster (the page stays light). */
  maxSingles: number;
}

export interface LaidCluster {
  /** Stable while the zoom stays: the supercluster id. */
  id: number;
  x: number;
  y: number;
  members: number[];
}

export interface LaidSingle {
  i: number;
  x: number;
  y: number;
}

export interface Layout {
  clusters: LaidCluster[];
  singles: LaidSingle[];
  /** Events in the window and in the view. */
  inView: number;
}

export function layoutMarkers(input: LayoutInput): Layout {
  const { index, start, end, window, zoom, view } = input;
  const scale = 256 * 2 ** zoom;
  const xy = index.xy;
  const members: number[] = [];
  const loose: number[] = [];
  const ex = input.expanded;
  for (let i = 0; i < index.size; i++) {
    if (window && (start[i]! > window[1] || end[i]! < window[0])) continue;
    const x = xy[2 * i]! * scale;
    const y = xy[2 * i + 1]! * scale;
    if (x < view.minX || x > view.maxX || y < view.minY || y > view.maxY) continue;
    if (ex && Math.abs(x - ex.x) < 1 && Math.abs(y - ex.y) < 1) loose.push(i);
    else members.push(i);
  }
  const inView = members.length + loose.length;
  const singles: LaidSingle[] = loose.map((i) => ({ i, x: xy[2 * i]! * scale, y: xy[2 * i + 1]! * scale }));
  const clusters: LaidCluster[] = [];
  if (zoom >= input.maxZoom || inView <= input.clusterAbove) {
    for (const i of members) singles.push({ i, x: xy[2 * i]! * scale, y: xy[2 * i + 1]! * scale });
    return { clusters, singles, inView };
  }
  const groups = index.groupsAt(zoom, members);
  let small = 0;
  for (const g of groups) if (g.length < input.minCluster) small += g.length;
  const minCluster = small > input.maxSingles ? 2 : input.minCluster;
  for (const g of groups) {
    if (g.length < minCluster) {
      for (const i of g) singles.push({ i, x: xy[2 * i]! * scale, y: xy[2 * i + 1]! * scale });
      continue;
    }
    // At the centre of the events in the window, not of all the cluster ever held.
    let sx = 0;
    let sy = 0;
    for (const i of g) {
      sx += xy[2 * i]!;
      sy += xy[2 * i + 1]!;
    }
    clusters.push({ id: index.groupOf(zoom, g[0]!), x: (sx / g.length) * scale, y: (sy / g.length) * scale, members: g });
  }
  return { clusters, singles, inView };
}
