// STUB (owner: geoparser work): the in-memory gazetteer built from the compact data file.
export interface Gazetteer {
  readonly size: number;
}
