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
  // reps[z][i]: the id of the cluster (or point) holding point i at zoom z, filled in on first use
  // from the zoom above, down to the zoom asked for.
  const reps: (Int32Array | undefined)[] = [];
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  reps[top] = identity;

  function repsAt(zoom: number): Int32Array {
    const z = Math.max(0, Math.min(top, Math.floor(zoom)));
    if (reps[z]) return reps[z]!;
    const above = repsAt(z + 1);
    const tree = trees[z + 1];
    // The same tree object at two zooms means nothing merged between them (supercluster shares it).
    if (!tree || trees[z] === tree) return (reps[z] = above);
    const parentOf = new Map<number, number>();
    const data = tree.data;
    for (let k = 0, end = tree.numItems * stride; k < end; k += stride) {
      const parent = data[k + OFFSET_PARENT]!;
      if (parent !== -1) parentOf.set(data[k + OFFSET_ID]!, parent);
    }
    if (parentOf.size === 0) return (reps[z] = above);
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = above[i]!;
      out[i] = parentOf.get(r) ?? r;
    }
    return (reps[z] = out);
  }

  return {
    size: n,
    xy,
    groupOf: (zoom, i) => repsAt(zoom)[i]!,
    groupsAt(zoom, members) {
      const r = repsAt(zoom);
      const byGroup = new Map<number, number[]>();
      const out: number[][] = [];
      for (let k = 0; k < members.length; k++) {
        const i = members[k]!;
        const g = r[i]!;
        const list = byGroup.get(g);
        if (list) list.push(i);
        else {
          const fresh = [i];
          byGroup.set(g, fresh);
          out.push(fresh);
        }
      }
      return out;
    },
  };
}
