// `dateline batch` end to end, on real worker threads (at most 2) and tiny inputs of our own: input
// order, each output format read back (GeoJSON, CSV, DuckDB, GeoParquet), a bad article reported
// and skipped, no progress off a terminal, and a run killed mid-way then resumed giving the same
// output as one uninterrupted run.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../src/cli/batch/checkpoint.ts';
import { BATCH_CSV_COLUMNS } from '../../src/cli/batch/records.ts';
import { TABLES } from '../../src/cli/batch/schema.ts';
import { run } from './capture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dateline.mjs');
// Each run starts worker threads that load the gazetteer; on a loaded 2-core machine that alone
// can take tens of seconds, so these tests get room (they assert nothing about time).
const SLOW = 240_000;

// Invented reports: several with events, one long one so that later articles finish before it.
const SENTENCES = [
  'Shelling hit Aleppo on Monday, killing three people, a monitoring group said.',
  'An airstrike hit a weapons depot near Idlib on Sunday night, killing five fighters.',
  'A drone strike on a car in Deir ez-Zor killed two men on Tuesday, residents said.',
  'Rockets struck the outskirts of Homs on Saturday, wounding four civilians.',
  'Gunmen raided a checkpoint near Daraa on Monday and killed a soldier.',
];
const LONG = Array.from({ length: 40 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} Officials in Damascus gave no details.`).join('\n\n');

interface Doc {
  id?: string;
  text: unknown;
  published?: string;
  url?: string;
  title?: string;
}

const GOOD: Doc[] = [
  { id: 'long', text: LONG, published: '2020-05-06', url: 'https://www.wire-one.test/long' },
  ...SENTENCES.map((text, i) => ({ id: `s${i}`, text, published: '2020-05-06', url: i % 2 ? 'https://wire-two.test/a' : 'https://www.wire-one.test/b' })),
  { id: 'formula', text: '=Shelling hit Aleppo on Monday, killing three people.', published: '2020-05-06', title: '=HYPERLINK("http://x.test")' },
];
const jsonl = (docs: readonly Doc[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

let dir: string;
const at = (name: string) => path.join(dir, name);

async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, file === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** RFC 4180 fields, quotes and doubled quotes included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    }
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell === '' && row.length === 0, 'the CSV ends with CRLF').toBe(true);
  return rows;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dateline-batch-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline batch', () => {
  it('keeps input order on 2 workers, reports bad articles and goes on, and writes DuckDB and GeoParquet', async () => {
    const docs: Doc[] = [...GOOD.slice(0, 3), { id: 'bad-date', text: 'Shelling hit Aleppo.', published: '2020-02-31' }, ...GOOD.slice(3), { id: 'no-text', text: 42, published: '2020-05-06' }];
    const input = jsonl(docs).replace('\n', '\n{not json\n');
    writeFileSync(at('in.jsonl'), input);
    const r = await run(['batch', at('in.jsonl'), '-j', '2', '--format', 'analyses', '-o', at('a.jsonl'), '--duckdb', at('a.duckdb'), '--parquet', at('a.parquet'), '--no-tagger']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/in\.jsonl:2: .*not a JSON line/);
    expect(r.stderr).toMatch(/in\.jsonl:5 \(bad-date\): bad publication date/);
    expect(r.stderr).toMatch(/\(no-text\): .*"text" must be a string/);
    expect(r.stderr).toMatch(/dateline batch: 10 articles, \d+ events, 3 failed/);
    // Not a terminal: no progress line, nothing drawn over.
    expect(r.stderr.includes('\r') || r.stderr.includes('\u001b')).toBe(false);

    const lines = readFileSync(at('a.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['long', `${at('in.jsonl')}:2`, 's0', 's1', 'bad-date', 's2', 's3', 's4', 'formula', 'no-text']);
    expect(lines.filter((l) => l.error).map((l) => l.id)).toEqual([`${at('in.jsonl')}:2`, 'bad-date', 'no-text']);
    for (const l of lines.filter((x) => !x.error)) {
      const doc = docs.find((d) => d.id === l.id)!;
      expect(l.analysis.article.published).toBe('2020-05-06');
      for (const e of l.analysis.events) expect((doc.text as string).slice(e.excerpt.start, e.excerpt.end)).toBe(e.excerpt.text);
    }
    const events = lines.reduce((n, l) => n + (l.analysis?.events.length ?? 0), 0);
    expect(events).toBeGreaterThan(8);

    // The database: every documented table, with the rows the analyses hold.
    const db = at('a.duckdb');
    const tables = (await query(db, "SELECT table_name FROM duckdb_tables() WHERE table_name <> 'dateline_meta' ORDER BY 1")).map((t) => t.table_name);
    expect(tables).toEqual(TABLES.map((t) => t.name).sort());
    for (const t of TABLES) {
      const cols = (await query(db, `SELECT column_name FROM duckdb_columns() WHERE table_name = '${t.name}' ORDER BY column_index`)).map((c) => c.column_name);
      expect(cols).toEqual(t.columns.map((c) => c.name));
    }
    const articles = await query(db, 'SELECT input_id, status, event_count, source_id FROM articles ORDER BY input_seq');
    expect(articles.map((a) => a.input_id)).toEqual(lines.map((l) => l.id));
    expect(articles.filter((a) => a.status === 'failed').length).toBe(3);
    expect((await query(db, 'SELECT count(*)::INTEGER n FROM events'))[0].n).toBe(events);
    expect((await query(db, 'SELECT source_id FROM sources ORDER BY 1')).map((s) => s.source_id)).toEqual(['(unknown)', 'wire-one.test', 'wire-two.test']);
    const orphans = await query(db, 'SELECT count(*)::INTEGER n FROM events e ANTI JOIN articles a USING (article_uid)');
    expect(orphans[0].n).toBe(0);
    const excerpts = await query(db, 'SELECT count(*)::INTEGER n FROM event_excerpts x JOIN events e USING (event_uid)');
    expect(excerpts[0].n).toBe(lines.reduce((n, l) => n + (l.analysis?.events ?? []).reduce((m: number, e: { excerpts: unknown[] }) => m + e.excerpts.length, 0), 0));
    const placed = await query(db, "SELECT lon, lat, geometry::VARCHAR g FROM events WHERE place_name = 'Aleppo' LIMIT 1");
    expect(placed[0].g).toBe(`POINT (${placed[0].lon} ${placed[0].lat})`);
    expect((await query(db, 'SELECT finished_at IS NOT NULL done, articles::INTEGER n, failed::INTEGER f FROM batches'))[0]).toEqual({ done: true, n: 10, f: 3 });

    // GeoParquet, read back by an independent reader (hyparquet) and by DuckDB.
    const pq = at('a.parquet');
    expect(existsSync(`${pq}.partial.duckdb`)).toBe(false);
    const file = await asyncBufferFromFile(pq);
    const meta = await parquetMetadataAsync(file);
    const geo = JSON.parse(meta.key_value_metadata!.find((kv) => kv.key === 'geo')!.value!);
    expect(geo).toMatchObject({ primary_column: 'geometry', columns: { geometry: { encoding: 'WKB', geometry_types: ['Point'] } } });
    expect(geo.version).toMatch(/^1\.\d\.\d$/);
    const rows = (await parquetReadObjects({ file })) as { event_uid: string; lon: number | null; lat: number | null; geometry: { type: string; coordinates: number[] } | null; article_id: string }[];
    expect(rows.length).toBe(events);
    expect(rows.map((x) => x.article_id)).toEqual(lines.flatMap((l) => (l.analysis?.events ?? []).map(() => l.id)));
    for (const x of rows) {
      if (x.lon === null) expect(x.geometry).toBeNull();
      else expect(x.geometry).toEqual({ type: 'Point', coordinates: [x.lon, x.lat] });
    }
    const [minX, minY, maxX, maxY] = geo.columns.geometry.bbox as number[];
    const lons = rows.filter((x) => x.lon !== null).map((x) => x.lon!);
    expect([minX, maxX]).toEqual([Math.min(...lons), Math.max(...lons)]);
    expect(minY).toBeLessThanOrEqual(maxY);
    const kv = await query(':memory:', `SELECT decode(value) v FROM parquet_kv_metadata('${pq}') WHERE decode(key) = 'geo'`);
    expect(JSON.parse(kv[0].v as string)).toEqual(geo);

    // Appending the same articles again adds no row twice.
    const again = await run(['batch', at('in.jsonl'), '-j', '1', '--duckdb', db, '--no-tagger', '-q']);
    expect(again.code).toBe(1);
    expect((await query(db, 'SELECT count(*)::INTEGER n FROM events'))[0].n).toBe(events);
    expect((await query(db, 'SELECT count(*)::INTEGER n FROM batches'))[0].n).toBe(2);
  }, SLOW);

  it('streams a GeoJSON FeatureCollection and a GeoJSON text sequence', async () => {
    writeFileSync(at('good.jsonl'), jsonl(GOOD));
    const r = await run(['batch', at('good.jsonl'), '-j', '1', '--format', 'geojson', '--no-tagger', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(5);
    const ids = fc.features.map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.properties).toMatchObject({ kind: 'event', published: '2020-05-06' });
      expect(GOOD.map((d) => d.id)).toContain(f.properties.article);
      if (f.geometry) {
        const [lon, lat] = f.geometry.coordinates;
        expect(f.geometry.type).toBe('Point');
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      }
    }
    const seq = await run(['batch', at('good.jsonl'), '-j', '1', '--format', 'geojsonseq', '--no-tagger', '-q']);
    const records = seq.stdout.split('\u001e').slice(1);
    expect(seq.stdout.startsWith('\u001e')).toBe(true);
    expect(records.map((x) => JSON.parse(x).id)).toEqual(ids);
    for (const x of records) expect(x.endsWith('\n')).toBe(true);
  }, SLOW);

  it('writes the ACLED-like CSV with formula cells neutralised, and draws progress only on a terminal', async () => {
    const folder = at('folder');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    writeFileSync(path.join(folder, 'b-2020-05-06.txt'), SENTENCES[1]);
    writeFileSync(path.join(folder, 'sub', 'c.txt'), SENTENCES[2]);
    writeFileSync(path.join(folder, 'a.jsonl'), jsonl([GOOD.at(-1)!]));
    writeFileSync(path.join(folder, 'notes.bin'), 'ignored');
    const r = await run(['batch', folder, '-j', '2', '--format', 'csv', '--published', '2020-05-07', '--no-tagger'], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\r\u001b[Kdateline batch  ');
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...BATCH_CSV_COLUMNS]);
    for (const row of rows.slice(1)) expect(row.length).toBe(BATCH_CSV_COLUMNS.length);
    const col = (name: string) => BATCH_CSV_COLUMNS.indexOf(name as (typeof BATCH_CSV_COLUMNS)[number]);
    // a.jsonl, b-2020-05-06.txt, sub/c.txt: sorted, and each text file dated by its name or --published.
    expect(rows.slice(1).map((row) => [row[col('article_id')], row[col('published')]])).toEqual([
      ['formula', '2020-05-06'],
      [path.join(folder, 'b-2020-05-06.txt'), '2020-05-06'],
      [path.join(folder, 'sub', 'c.txt'), '2020-05-07'],
    ]);
    expect(rows[1][col('notes')]).toBe("'=Shelling hit Aleppo on Monday, killing three people.");
    expect(rows[1][col('source')]).toBe('\'=HYPERLINK("http://x.test")');
  }, SLOW);

  it('refuses to overwrite an output, or to resume without a file', async () => {
    writeFileSync(at('exists.jsonl'), 'keep me\n');
    const r = await run(['batch', at('good.jsonl'), '-o', at('exists.jsonl'), '--no-tagger']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists: pass --force/);
    expect(readFileSync(at('exists.jsonl'), 'utf8')).toBe('keep me\n');
    expect((await run(['batch', at('good.jsonl'), '--resume'])).stderr).toMatch(/standard output cannot be resumed/);
    expect((await run(['batch', at('nowhere')])).code).toBe(3);
  }, SLOW);

  it('resumed after a kill mid-run, writes what one uninterrupted run writes', async () => {
    const docs: Doc[] = Array.from({ length: 14 }, (_, i) => ({ id: `k${i}`, text: SENTENCES[i % SENTENCES.length], published: `2020-05-${String(6 + (i % 3)).padStart(2, '0')}`, url: `https://wire-${i % 3}.test/${i}` }));
    const input = jsonl(docs);
    const refOut = at('ref.csv');
    const ref = await run(['batch', '-', '-j', '2', '--format', 'csv', '-o', refOut, '--duckdb', at('ref.duckdb'), '--no-tagger', '-q'], { stdin: input });
    expect(ref.code).toBe(0);

    const out = at('k.csv');
    const db = at('k.duckdb');
    const args = [BIN, 'batch', '-', '-j', '2', '--format', 'csv', '-o', out, '--duckdb', db, '--no-tagger', '-q', '--checkpoint-every', '0.1'];
    // The first run gets 6 articles and then waits for more on an open stdin: it is killed there,
    // mid-run, with its outputs flushed as far as its last checkpoint.
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.write(input.split('\n').slice(0, 6).join('\n') + '\n');
    const cpFile = `${out}.checkpoint.json`;
    const deadline = Date.now() + 60_000;
    while ((readCheckpoint(cpFile)?.done ?? 0) < 6) {
      if (Date.now() > deadline) throw new Error(`no checkpoint at 6 articles; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited;
    expect(readCheckpoint(cpFile)!.done).toBe(6);
    // A write torn by the kill, past what the checkpoint covers.
    appendFileSync(out, 'e1,2020-05-0');

    const again = await run(['batch', '-', '-j', '2', '--format', 'csv', '-o', out, '--duckdb', db, '--no-tagger'], { stdin: input });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/pass --resume to continue it/);
    const resumed = await run(['batch', '-', '-j', '2', '--format', 'csv', '-o', out, '--duckdb', db, '--no-tagger', '--resume'], { stdin: input });
    expect(resumed.stderr).toMatch(/14 articles \(8 in this run, resumed after 6\)/);
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(refOut, 'utf8'));
    expect(existsSync(cpFile)).toBe(false);
    const sql = 'SELECT event_uid, type, date_start::VARCHAR d, place_name, fatalities_min FROM events ORDER BY event_uid';
    expect(await query(db, sql)).toEqual(await query(at('ref.duckdb'), sql));
    const counts = 'SELECT (SELECT count(*) FROM articles)::INTEGER a, (SELECT count(*) FROM mentions)::INTEGER m, (SELECT count(*) FROM event_excerpts)::INTEGER x, (SELECT count(*) FROM batches)::INTEGER b';
    expect(await query(db, counts)).toEqual(await query(at('ref.duckdb'), counts));
  }, SLOW);

  it('gives up on an article past --timeout and goes on with the next', async () => {
    const docs: Doc[] = [{ id: 'quick', text: SENTENCES[0], published: '2020-05-06' }, { id: 'huge', text: Array.from({ length: 2000 }, () => LONG).join('\n\n'), published: '2020-05-06' }, { id: 'after', text: SENTENCES[1], published: '2020-05-06' }];
    writeFileSync(at('slow.jsonl'), jsonl(docs));
    const r = await run(['batch', at('slow.jsonl'), '-j', '1', '--timeout', '1.5', '--format', 'analyses', '--no-tagger', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/slow\.jsonl:2 \(huge\): timed out after 1\.5 s/);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, !!l.error])).toEqual([
      ['quick', false],
      ['huge', true],
      ['after', false],
    ]);
  }, SLOW);
});
