// The tables `dateline batch --duckdb` appends to: one definition per column (name, SQL type, what
// it holds), used for CREATE TABLE, for the staging read and, through a test, for docs/BATCH.md.

export interface Column {
  name: string;
  type: string;
  doc: string;
}

export interface Table {
  name: TableName;
  doc: string;
  columns: Column[];
}

export type TableName = 'batches' | 'sources' | 'articles' | 'mentions' | 'events' | 'event_excerpts';

/** Bumped when a column changes meaning or type; a database of another version is refused, not mixed. */
export const DB_SCHEMA_VERSION = 1;

const c = (name: string, type: string, doc: string): Column => ({ name, type, doc });

export const TABLES: Table[] = [
  {
    name: 'batches',
    doc: 'One row per `dateline batch` run that wrote to this database (a resumed run keeps its row).',
    columns: [
      c('batch_id', 'VARCHAR', 'The run: a random id, the same across a --resume of it.'),
      c('started_at', 'TIMESTAMP', 'When the run (its first part, if it was resumed) started, UTC.'),
      c('finished_at', 'TIMESTAMP', 'When it finished; NULL while it runs or after an interruption.'),
      c('inputs', 'VARCHAR[]', 'The inputs as given on the command line (folders, globs, files, "-" for stdin).'),
      c('workers', 'INTEGER', 'Worker threads of the last part of the run.'),
      c('tagger', 'BOOLEAN', 'Whether the learned toponym tagger was on (--no-tagger turns it off).'),
      c('engine_schema', 'INTEGER', "The engine's Analysis schemaVersion."),
      c('articles', 'BIGINT', 'Articles read, failed ones included (set when the run finishes).'),
      c('failed', 'BIGINT', 'Articles that failed (set when the run finishes).'),
    ],
  },
  {
    name: 'sources',
    doc: 'One row per outlet: the host of the article URL (without "www."), else the "source" field or --source name.',
    columns: [
      c('source_id', 'VARCHAR', 'The outlet key: "reuters.com", or the name given; "(unknown)" when there is none.'),
      c('kind', 'VARCHAR', '"host" (from a URL), "name" (a source field or --source) or "unknown".'),
      c('first_batch', 'VARCHAR', 'The batch that first added an article from this source.'),
    ],
  },
  {
    name: 'articles',
    doc: 'One row per article analysed (failed ones too, with status "failed"). An article already in the database (same article_uid) is skipped.',
    columns: [
      c('article_uid', 'VARCHAR', 'Key: 16 hex digits of SHA-1 over source, input id, publication date and text; the same article read twice gets the same key.'),
      c('input_id', 'VARCHAR', 'The id given in the input, else its URL, else the file name or "file.jsonl:LINE".'),
      c('source_id', 'VARCHAR', 'The outlet (sources.source_id).'),
      c('url', 'VARCHAR', 'The article URL, when the input gave one.'),
      c('title', 'VARCHAR', 'The title, when the input gave one.'),
      c('published', 'DATE', 'Publication date, the day relative dates are read against; NULL if unreadable (then status is "failed").'),
      c('status', 'VARCHAR', '"ok", or "failed" (bad date, engine error, time-out); the reason is in error.'),
      c('error', 'VARCHAR', 'Why the article failed; NULL when it did not.'),
      c('text_length', 'INTEGER', 'Length of the analysed text in UTF-16 code units (the unit of every offset).'),
      c('text_sha1', 'VARCHAR', 'SHA-1 of the analysed text, to find the same text under two ids.'),
      c('text', 'VARCHAR', 'The analysed text, only with --with-text (offsets point into it); NULL otherwise.'),
      c('mention_count', 'INTEGER', 'Place mentions found.'),
      c('event_count', 'INTEGER', 'Events found.'),
      c('warnings', 'VARCHAR[]', "The engine's and the input decoder's warnings for this article."),
      c('batch_id', 'VARCHAR', 'The run that added it (batches.batch_id).'),
      c('input_seq', 'BIGINT', "Position in that run's input, from 0."),
    ],
  },
  {
    name: 'mentions',
    doc: 'One row per place mention (a span of the article that names a place, with its role and the place it resolved to).',
    columns: [
      c('article_uid', 'VARCHAR', 'The article (articles.article_uid).'),
      c('mention_ord', 'INTEGER', 'Order of the mention in the article, from 0.'),
      c('source_id', 'VARCHAR', "Copy of the article's source_id, so per-source queries need no join."),
      c('published', 'DATE', "Copy of the article's publication date."),
      c('start_offset', 'INTEGER', 'Start of the words (UTF-16 units into the analysed text, inclusive).'),
      c('end_offset', 'INTEGER', 'End of the words (exclusive).'),
      c('text', 'VARCHAR', 'The words, e.g. "Deir ez-Zor".'),
      c('role', 'VARCHAR', '"literal" (the place itself), "dateline" (where the reporter filed from), "metonymy" (a place standing for a government), "demonym" ("Iranian").'),
      c('place_name', 'VARCHAR', 'The gazetteer place it resolved to; NULL when none.'),
      c('precision', 'VARCHAR', '"country", "region", "city" or "point": a country-level place is not a pin.'),
      c('country', 'VARCHAR', 'ISO 3166-1 alpha-2 code of the place.'),
      c('admin1', 'VARCHAR', 'First-level region of the place, when known.'),
      c('geoname_id', 'BIGINT', 'GeoNames id of the place, when it has one.'),
      c('lat', 'DOUBLE', 'Latitude (WGS 84).'),
      c('lon', 'DOUBLE', 'Longitude (WGS 84).'),
      c('score', 'DOUBLE', 'Confidence in the resolved place, 0..1.'),
      c('proposed_by', 'VARCHAR', '"rules" (gazetteer matcher) or "tagger" (learned tagger).'),
      c('reason', 'VARCHAR', 'One line: why this place and not another.'),
    ],
  },
  {
    name: 'events',
    doc: 'One row per event (an incident the article reports: a strike, shelling, raid, killing ...), with its date, place and first excerpt.',
    columns: [
      c('event_uid', 'VARCHAR', 'Key: article_uid || \':\' || event_id.'),
      c('article_uid', 'VARCHAR', 'The article (articles.article_uid).'),
      c('event_id', 'VARCHAR', "The engine's id of the event within its article."),
      c('event_ord', 'INTEGER', 'Order of the event in the article, from 0.'),
      c('source_id', 'VARCHAR', "Copy of the article's source_id."),
      c('published', 'DATE', "Copy of the article's publication date."),
      c('type', 'VARCHAR', 'Dateline type: air_strike, drone_strike, missile_attack, shelling, raid, bombing, armed_clash, killing, withdrawal, other.'),
      c('acled_event_type', 'VARCHAR', 'ACLED event_type (e.g. "Explosions/Remote violence").'),
      c('acled_sub_event_type', 'VARCHAR', 'ACLED sub_event_type (e.g. "Air/drone strike").'),
      c('date_start', 'DATE', 'First day the event may have happened on; NULL when undated.'),
      c('date_end', 'DATE', 'Last day (inclusive); equals date_start for a known day.'),
      c('date_precision', 'VARCHAR', '"day", "part-of-day", "week", "month", "year" or "unknown".'),
      c('date_text', 'VARCHAR', 'The words that date it, e.g. "on Monday night".'),
      c('date_basis', 'VARCHAR', 'Why this date, e.g. "relative to published 2020-05-06".'),
      c('place_name', 'VARCHAR', 'Where it happened (the scene, not the speaker); NULL when unplaced.'),
      c('place_text', 'VARCHAR', 'The words that name the place.'),
      c('precision', 'VARCHAR', '"country", "region", "city" or "point".'),
      c('country', 'VARCHAR', 'ISO 3166-1 alpha-2 code of the place.'),
      c('admin1', 'VARCHAR', 'First-level region of the place, when known.'),
      c('geoname_id', 'BIGINT', 'GeoNames id of the place.'),
      c('lat', 'DOUBLE', 'Latitude (WGS 84); NULL when unplaced.'),
      c('lon', 'DOUBLE', 'Longitude (WGS 84).'),
      c('geometry', 'GEOMETRY', 'POINT(lon lat), DuckDB\'s GEOMETRY (WKB); NULL when unplaced. The Parquet export writes it as GeoParquet.'),
      c('attacker', 'VARCHAR', 'Who struck, as the text names them.'),
      c('target', 'VARCHAR', 'Who or what was struck.'),
      c('claim', 'VARCHAR', 'Set when the attribution is reported as a claim ("alleged", "blamed").'),
      c('fatalities_min', 'INTEGER', 'Lowest credible death toll (ACLED records the lowest).'),
      c('fatalities_max', 'INTEGER', 'Highest toll the text allows ("dozens" is a range).'),
      c('injured_min', 'INTEGER', 'Lowest injured count.'),
      c('injured_max', 'INTEGER', 'Highest injured count.'),
      c('trigger_text', 'VARCHAR', 'The word(s) that report the event, e.g. "airstrike".'),
      c('trigger_start', 'INTEGER', 'Start of the trigger (UTF-16 units).'),
      c('trigger_end', 'INTEGER', 'End of the trigger (exclusive).'),
      c('excerpt_text', 'VARCHAR', 'The sentence that first reported the event: the evidence.'),
      c('excerpt_start', 'INTEGER', 'Start of that sentence.'),
      c('excerpt_end', 'INTEGER', 'End of that sentence (exclusive).'),
      c('excerpt_count', 'INTEGER', 'How many excerpts were merged into the event (all are in event_excerpts).'),
      c('confidence', 'DOUBLE', "The engine's confidence in the event, 0..1."),
    ],
  },
  {
    name: 'event_excerpts',
    doc: 'One row per excerpt of an event: every sentence of the article that reports it (the first is the events row\'s excerpt).',
    columns: [
      c('event_uid', 'VARCHAR', 'The event (events.event_uid).'),
      c('article_uid', 'VARCHAR', 'The article.'),
      c('excerpt_ord', 'INTEGER', 'Order among the event\'s excerpts, from 0.'),
      c('start_offset', 'INTEGER', 'Start of the sentence (UTF-16 units).'),
      c('end_offset', 'INTEGER', 'End of the sentence (exclusive).'),
      c('text', 'VARCHAR', 'The sentence.'),
    ],
  },
];

export function table(name: TableName): Table {
  return TABLES.find((t) => t.name === name)!;
}

/** The staging form of a column: what the NDJSON rows carry (the geometry is built from lon/lat). */
export function stagingType(col: Column): string {
  return col.type === 'GEOMETRY' ? 'VARCHAR' : col.type;
}

export function createTableSql(t: Table): string {
  return `CREATE TABLE IF NOT EXISTS ${t.name} (${t.columns.map((col) => `${col.name} ${col.type}`).join(', ')})`;
}
