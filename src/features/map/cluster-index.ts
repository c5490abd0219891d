// Clustering for the map with supercluster, indexed once per change of the events and then only
// read: a move of the time window groups the events that are in it by the cluster supercluster put
// them in at the current zoom, so counts, positions and single events follow the window without
// rebuilding the index. Pure (no Leaflet, no DOM).
import Supercluster from 'supercluster';

/**
 * supercluster 9 keeps its hierarchy in `trees[z].data`, a flat Int32Array of `stride` numbers per
 * point or cluster: [x, y, zoom, id, parentId, numPoints, (props)]. A point merged into a cluster at
 * zoom z has that cluster's id as its parent in the tree of zoom z + 1. Its public API hands out
 * GeoJSON features one cluster at a time (getLeaves), which is far too slow to regroup 100,000 events
 * on every window move, so this module reads the hierarchy once; test/features/map/cluster-index.test.ts
 * checks every zoom against supercluster's own getClusters, so a change of that layout fails a test.
 */
interface Internals {
  trees: ({ data: Int32Array; numItems: number } | undefined)[];
  stride: number;
}
const OFFSET_ID = 3;
const OFFSET_PARENT = 4;

const MAX_LAT = 85.0511287798;

/** Web Mercator in [0, 1] x [0, 1], as Leaflet and supercluster project: x grows east, y south. */
export function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

export interface ClusterOptions {
  /** Cluster radius in screen pixels. */
  radius: number;
  /** No clusters above this zoom: every point stands alone. */
  maxZoom: number;
}

export interface ClusterIndex {
  readonly size: number;
  /** Mercator x, y of point i at [2i], [2i + 1]. */
  readonly xy: Float64Array;
  /**
   * The points of `members` (indices into the points given to the index) grouped by the cluster
   * that holds them at `zoom`; a point alone at that zoom is a group of one. Groups come in the order
   * their first member appears in `members`.
   */
  groupsAt(zoom: number, members: ArrayLike<number>): number[][];
  /** The cluster (or point) id that holds point i at `zoom`: equal ids, same cluster. */
  groupOf(zoom: number, i: number): number;
}

export function createClusterIndex(points: ReadonlyArray<{ lon: number; lat: number }>, options: ClusterOptions): ClusterIndex {
  const n = points.length;
  const xy = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = mercatorX(points[i]!.lon);
    xy[2 * i + 1] = mercatorY(points[i]!.lat);
  }
  const sc = new Supercluster({ radius: options.radius, maxZoom: options.maxZoom, minZoom: 0, extent: 256, minPoints: 2 });
  sc.load(points.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] } })));
  const { trees, stride } = sc as unknown as Internals;
  const top = options.maxZoom + 1;
  // Per zoom z: pos[z][i], the position in trees[z] of the cluster (or point) holding point i, and
  // ids[z][k], the supercluster id at position k. Worked out once, from the finest zoom down: a
  // point's holder at z is the parent of its holder at z + 1, or that holder itself, copied down.
  const pos: Int32Array[] = [];
  const ids: Int32Array[] = [];
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  pos[top] = identity;
  ids[top] = idsOf(trees[top]);
  for (let z = top - 1; z >= 0; z--) {
    const below = trees[z + 1];
    const here = trees[z];
    // The same tree object at two zooms means nothing merged between them (supercluster shares it).
    if (!below || !here || here === below) {
      pos[z] = pos[z + 1]!;
      ids[z] = ids[z + 1]!;
      continue;
    }
    const hereIds = idsOf(here);
    const at = new Map<number, number>();
    for (let k = 0; k < hereIds.length; k++) at.set(hereIds[k]!, k);
    const up = new Int32Array(below.numItems);
    const data = below.data;
    for (let k = 0; k < below.numItems; k++) {
      const parent = data[k * stride + OFFSET_PARENT]!;
      up[k] = at.get(parent !== -1 ? parent : data[k * stride + OFFSET_ID]!) ?? 0;
    }
    const above = pos[z + 1]!;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = up[above[i]!]!;
    pos[z] = out;
    ids[z] = hereIds;
  }

  function idsOf(tree: Internals['trees'][number]): Int32Array {
    const out = new Int32Array(tree?.numItems ?? 0);
    if (tree) for (let k = 0; k < tree.numItems; k++) out[k] = tree.data[k * stride + OFFSET_ID]!;
    return out;
  }
  const level = (zoom: number) => Math.max(0, Math.min(top, Math.floor(zoom)));

  return {
    size: n,
    xy,
    groupOf: (zoom, i) => {
      const z = level(zoom);
      return ids[z]![pos[z]![i]!]!;
    },
    groupsAt(zoom, members) {
      const z = level(zoom);
      const p = pos[z]!;
      // Counting sort by holder: two passes over typed arrays, no map per point.
      const count = new Int32Array(ids[z]!.length);
      const order: number[] = [];
      for (let k = 0; k < members.length; k++) {
        const g = p[members[k]!]!;
        if (count[g]++ === 0) order.push(g);
      }
      const slot = new Int32Array(ids[z]!.length);
      const out: number[][] = order.map((g, j) => {
        slot[g] = j;
        return new Array<number>(count[g]!);
      });
      const fill = new Int32Array(order.length);
      for (let k = 0; k < members.length; k++) {
        const i = members[k]!;
        const j = slot[p[i]!]!;
        out[j]![fill[j]!++] = i;
      }
      return out;
    },
  };
}
