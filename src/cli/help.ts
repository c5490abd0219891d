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
  dateline eval-events GOLD.jsonl [--format auto|events|locations] [--json] [--detail]
  dateline COMMAND --help

Commands:
  analyze   Print the Analysis of one article (FILE, or - for stdin).
  corpus    Print the engine's predicted toponyms for each document of a JSONL corpus.
  eval      Score the engine on a JSONL corpus: recognition P/R/F1 and resolution accuracy.
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
  --roles LIST             mention roles to output, comma-separated (default literal,dateline,metonymy:
                           demonyms such as "Iranian" are adjectives, not toponyms; add demonym to count them)
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
  --json                        one JSON object per rule, keys as score.mjs prints them
  --published, --roles, --gazetteer, --no-tagger   as for corpus

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
