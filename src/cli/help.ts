// The --help texts: the contract scripts rely on, including the exit codes.

const EXIT_CODES = `Exit codes:
  0  success
  1  analysis failed (the engine raised an error; for corpus, at least one document failed)
  2  usage error: unknown command or option, missing argument, unreadable --published date
  3  unreadable input: missing file, binary or non-UTF-8 data, malformed corpus line,
     missing gazetteer (build it with \`npm run data\`)
`;

export const HELP = `dateline: places and dated, located events from a news article (offline).

Usage:
  dateline analyze FILE|- --published YYYY-MM-DD [--format json|geojson|csv]
  dateline corpus FILE.jsonl [--published YYYY-MM-DD] [--roles ...]
  dateline eval FILE.jsonl [--match eupeg|exact|overlap] [--json]
  dateline batch INPUT... [--format events|analyses|geojson|geojsonseq|csv] [-o FILE]
                 [--duckdb FILE.duckdb] [--parquet FILE.parquet] [--workers N] [--resume]
  dateline eval-events GOLD.jsonl [--format auto|events|locations] [--json] [--detail]
  dateline COMMAND --help

Commands:
  analyze   Print the Analysis of one article (FILE, or - for stdin).
  corpus    Print the engine's predicted toponyms for each document of a JSONL corpus.
  eval      Score the engine on a JSONL corpus: recognition P/R/F1 and resolution accuracy.
  batch     Analyse many articles on every core; write their events in input order as JSONL,
            GeoJSON or CSV, into a DuckDB database, or to GeoParquet. Resumable.
  eval-events  Score the engine's events on annotated reports or event-location sentences.

${EXIT_CODES}`;

export const ANALYZE_HELP = `Usage: dateline analyze FILE|- --published YYYY-MM-DD [options]

Reads UTF-8 text (a file, or stdin with -). HTML input is reduced to its text content,
with a warning. Offsets (start, end) are UTF-16 code units into the analysed text, end exclusive.

Options:
  --published YYYY-MM-DD   publication date; relative dates ("on Monday") are read against it (required)
  --format json|geojson|csv
                           json (default): the whole Analysis (mentions, dates, events, warnings)
                           geojson: an RFC 7946 FeatureCollection of events and places ([lon, lat];
                             "precision" and "approximate" mark country/region-level items)
                           csv: one row per event, ACLED-like columns, RFC 4180 quoting; a text
                             cell starting with = + - @ gets a leading ' (formula injection)
  --title TEXT             article title (kept in the output)
  --source-url URL         where the article came from (kept; the csv/geojson "source", else the
                           title, else the file name)
  --compact                json on one line
  --gazetteer PATH         gazetteer file (default public/data/gazetteer.bin, or $DATELINE_GAZETTEER)
  --no-tagger              rules only: leave out the learned toponym tagger (src/core/tagger/model.json)
  --timeout SECONDS        give up on the analysis after this long (default 120; 0 = no limit,
                           run in-process); exit code 1 with a message

${EXIT_CODES}`;

export const CORPUS_HELP = `Usage: dateline corpus FILE.jsonl [options]

Reads one document a line: {"corpus","id","text","date"?,"toponyms":[...]}; prints one line a document:
{"id","toponyms":[{"start","end","name","lat","lon"}]}, the mentions the engine resolved to a place.
Each document is analysed as published on its own "date"; documents without one use --published,
default 2010-01-01 (toponyms do not depend on it).

Options:
  --published YYYY-MM-DD   date for documents without one (default 2010-01-01)
  --roles LIST             mention roles to output, comma-separated (default all:
                           literal,dateline,metonymy,demonym)
  --demonyms adjectives|all|none
                           which demonyms count as toponyms of their country: adjectives (default:
                           "Russian officials", the convention of LGL and most news corpora), all
                           (plural nouns such as "Palestinians" too) or none (GeoVirus's convention)
  --gazetteer PATH         gazetteer file
  --no-tagger              rules only: leave out the learned toponym tagger
  --detail                 add role, score, place, precision, country and source to each toponym
  --timeout SECONDS        give up on a document after this long (default 120; 0 = no limit):
                           it is counted as failed and the run goes on with the next
  -q, --quiet              no summary line on stderr

${EXIT_CODES}`;

export const EVAL_HELP = `Usage: dateline eval FILE.jsonl [options]

Runs the engine on a gold JSONL corpus and prints recognition precision/recall/F1 and resolution
acc@161 km, mean and median error (km) and AUC (lower is better), under the EUPEG inexact match
(span centres < 10 characters apart, same surface ignoring case) and the exact match, both on
toponyms with coordinates. The figures equal those of
  node score.mjs GOLD PRED --match eupeg --coords-only
for PRED = the output of \`dateline corpus GOLD\`.

Options:
  --match eupeg|exact|overlap   print only this rule
  --all-toponyms                also score toponyms without coordinates (no --coords-only)
  --pred FILE.jsonl             score these predictions instead of running the engine
  --gold-spans                  resolution alone: take the gold spans (with coordinates) as the
                                mentions and score where the resolver places them: acc@161 over
                                all of them (a name the gazetteer lacks is a miss) and over those
                                placed, mean and median km, AUC
  --json                        one JSON object per rule, keys as score.mjs prints them
  --published, --roles, --demonyms, --gazetteer, --no-tagger   as for corpus

${EXIT_CODES}`;

export const BATCH_HELP = `Usage: dateline batch INPUT... [options]

Analyses many articles over worker threads (one engine each) and writes the results in input order.
INPUT is a folder (its .txt .text .md .html .htm .json .jsonl .ndjson files, sorted, recursively),
a file, a quoted glob ("news/**/*.html"), or - for JSONL on stdin. A JSONL line (and a .json file,
one object or an array of them) is {"text", "published"?, "id"?, "title"?, "url"?, "source"?}
("date" is read as "published"). A text or HTML file is one article; its publication date is a
YYYY-MM-DD in its name, else --published. HTML is reduced to its text, as by analyze.

Outputs (any together; with none given, events JSONL go to stdout):
  -f, --format F     what the stream holds (default events):
                       events      one JSON line per event: {"article": {id, uid, source, url?,
                                   title?, published}, ...the event as in the Analysis}
                       analyses    one JSON line per article: {id, uid, source, ..., analysis}, or
                                   {id, label, error} for a failed article
                       geojson     one RFC 7946 FeatureCollection of event Features, streamed
                       geojsonseq  RFC 8142 GeoJSON text sequence: one Feature per record
                       csv         the ACLED-like columns of analyze --format csv, then article_id
                                   and published; cells starting = + - @ get a leading '
  -o, --out FILE     write the stream to FILE (default stdout)
  --duckdb FILE      append to a DuckDB database: tables batches, sources, articles, mentions,
                     events, event_excerpts (docs/BATCH.md); an article it holds already is skipped
  --with-text        also keep each article's text in the database
  --parquet FILE     write the events as GeoParquet (WKB point geometry, "geo" metadata) when the
                     run ends; FILE.partial.duckdb holds them meanwhile

Running:
  -j, --workers N    worker threads (default: the available cores)
  --timeout SECONDS  give up on one article after this long (default 60; 0 = no limit); it is
                     reported as failed and the batch goes on
  --published DATE   publication date of articles that give none (YYYY-MM-DD)
  --source NAME      outlet of articles with neither a "source" nor a "url"
  --gazetteer PATH, --no-tagger   as for analyze
  --no-progress      no progress line (it is drawn on stderr only when stderr is a terminal)
  -q, --quiet        no summary line either; failed articles are still reported

Resuming (file outputs only; standard output cannot be resumed):
  Every few seconds the outputs are made durable and a checkpoint (FILE.checkpoint.json beside
  the first of --out, --duckdb, --parquet; or --checkpoint PATH) records how many articles are
  done. After a kill, Ctrl-C or a crash, run the same command with --resume: the outputs are cut
  back to the checkpoint and the run goes on with the next article. The checkpoint is removed
  when the run finishes. An existing output is not overwritten without --force.
  --resume           continue the interrupted run (same inputs, same outputs)
  --force            start over: overwrite --out and --parquet, drop the checkpoint
                     (a --duckdb database is appended to, never emptied)
  --checkpoint PATH  where the checkpoint lives
  --checkpoint-every SECONDS   how often it is written (default 2)

A failed article (unreadable line, bad or missing date, engine error, time-out) is reported on
stderr with its place in the input, kept as a failure in analyses output and the database, and
the batch goes on; the exit code is then 1.

${EXIT_CODES}`;

export const EVAL_EVENTS_HELP = `Usage: dateline eval-events GOLD.jsonl [options]

Runs the engine on a gold file and scores its events. Two formats, told apart by the first line:

events (annotated reports): {"id","published","text","events":[{"type","date","place","lat","lon",
  "precision","sentence",...}],"context_places":[{"name","label"}]}
  located recall   a gold event is matched one-to-one (Hungarian method: most located matches, then
                   evidenced, dated, same type, nearest) to a placed event within 50 km (city, point),
                   161 km (region) or 500 km (country) of the gold place
  evidenced recall located, and one of the event's excerpts overlaps the gold sentence
  dated recall     located, and its date range holds the gold day and spans at most two days
                   (over gold events with a day)
  placed per gold  events with a place, per gold event
  type agreement   among located events; the gold's "attack" agrees with armed_clash, other, killing, raid
  toll agreement   among located events whose gold gives a toll: the event's killed range holds it (a
                   gold 0 agrees with no count); gold tolls of null are not scored
  leaks            events placed at a name the report lists as a dateline or metonym (their place's name
                   or words), unless matched to a gold event and evidenced (the dateline city can be the scene)
  in empty reports events predicted in reports whose gold has none
  gazetteer misses missed gold events whose place name the engine did not resolve where the text says
                   it, or with no resolved mention within tolerance of the gold place

locations (Halterman 2019 event-location sentences): {"id","text","verb":{start,end},"locations":[...]}
  some event at the gold place: an event's place words overlap a gold location span, or its place lies
  within 25 km of the place the engine gave a mention overlapping one; and, among sentences with an
  event whose trigger overlaps the gold verb, the share where such an event is at the gold place.

Options:
  --format auto|events|locations   default auto (from the first line)
  --json                           one JSON object with the totals (and, with --detail, one per document)
  --detail                         list each report's misses, extra events and leaks (each missed sentence)
  --published YYYY-MM-DD           date for documents without one (default 2010-01-01)
  --gazetteer PATH, --no-tagger    as for analyze

${EXIT_CODES}`;
