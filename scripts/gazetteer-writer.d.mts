// Types for scripts/gazetteer-writer.mjs (plain JavaScript: the data build runs before any TypeScript).
export declare const MAGIC: number;
export declare const VERSION: number;
export declare const HEADER_WORDS: number;
export declare const KIND_CODES: Readonly<Record<'' | 'v' | 'a' | 'd' | 'u' | 'p', number>>;

export interface GazetteerTable {
  coordScale: number;
  maxNameTokens: number;
  attribution: string;
  fcodes: readonly string[];
  ccodes: readonly string[];
  countryRecord: readonly number[];
  admin1Keys: readonly string[];
  admin1Record: readonly number[];
  neighbours: readonly string[];
  minorAdmin1: readonly number[];
  name: readonly string[];
  lat: readonly number[];
  lon: readonly number[];
  fc: readonly number[];
  cc: readonly number[];
  a1: readonly number[];
  pop: readonly number[];
  gid: readonly number[];
  names: Iterable<readonly [string, Iterable<string>]>;
}

export declare function writeGazetteer(table: GazetteerTable): Uint8Array;
