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
  dateline COMMAND --help

Commands:
  analyze   Print the Analysis of one article (FILE, or - for stdin).
  corpus    Print the engine's predicted toponyms for each document of a JSONL corpus.
  eval      Score the engine on a JSONL corpus: recognition P/R/F1 and resolution accuracy.

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
  --gazetteer PATH         gazetteer file (default public/data/gazetteer.json, or $DATELINE_GAZETTEER)
  --no-tagger              rules only: leave out the learned toponym tagger (src/core/tagger/model.json)
  --timeout SECONDS        give up on a large input (over 256 K characters) after this long
                           (default 120; 0 = no limit); exit code 1 with a message

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
