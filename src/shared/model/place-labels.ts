// The populated places the basemap may label, as the worker sends them once from the gazetteer it
// already holds: parallel arrays in rank order (best first), names in one string.
export interface PlaceLabels {
  /** Names separated by "\n", in rank order. */
  names: string;
  lat: Float32Array;
  lon: Float32Array;
  /** Population weighted up for capitals and regional seats: what labels are ranked and filtered by. */
  rank: Uint32Array;
  /** 2: national capital, 1: seat of a first-level region, 0: other. */
  seat: Uint8Array;
}
