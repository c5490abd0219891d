// Appends batch results to a DuckDB database (tables in schema.ts, documented in docs/BATCH.md),
// and writes the events of a run as GeoParquet through one. Rows arrive from the workers as NDJSON;
// each flush stages them in a temporary file that DuckDB reads itself (read_json) and inserts them
// in one transaction, leaving out articles the database already holds, so appending the same
// article twice, or resuming after a kill between a commit and its checkpoint, adds nothing twice.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { CliError, EXIT } from '../errors.ts';
import type { ArticleResult } from './records.ts';
import type { Column, TableName } from './schema.ts';
import { createTableSql, DB_SCHEMA_VERSION, stagingType, table, TABLES } from './schema.ts';

const STAGED: TableName[] = ['sources', 'articles', 'mentions', 'events', 'event_excerpts'];

export interface BatchInfo {
  batchId: string;
  startedAt: string;
  inputs: string[];
  workers: number;
  tagger: boolean;
  engineSchema: number;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

function jsonColumns(cols: readonly Column[]): string {
  return `{${cols.map((c) => `${c.name}: ${sqlString(stagingType(c))}`).join(', ')}}`;
}

/** The SELECT list that turns a staged row into a table row (the geometry built from lon/lat). */
function selectList(cols: readonly Column[]): string {
  return cols
    .map((c) => (c.type === 'GEOMETRY' ? `CASE WHEN lon IS NULL OR lat IS NULL THEN NULL ELSE ('POINT(' || lon || ' ' || lat || ')')::GEOMETRY END AS ${c.name}` : c.name))
    .join(', ');
}

export class DuckDbSink {
  private buffers = new Map<TableName, string[]>();
  private uidsInChunk = new Set<string>();
  private staging: string;
  private pending = 0;
  private closed = false;
  private committing: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly batchId: string,
  ) {
    this.staging = mkdtempSync(path.join(tmpdir(), 'dateline-batch-'));
  }

  /** Opens (creating if need be) the database and records the run in `batches`. */
  static async open(file: string, info: BatchInfo): Promise<DuckDbSink> {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    let instance: DuckDBInstance;
    try {
      // Offline always: never fetch an extension at run time.
      instance = await DuckDBInstance.create(file, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    } catch (err) {
      throw new CliError(EXIT.input, `${file}: cannot open the DuckDB database (${(err as Error).message}).`);
    }
    const conn = await instance.connect();
    const sink = new DuckDbSink(file, instance, conn, info.batchId);
    await sink.prepare(info);
    return sink;
  }

  private async prepare(info: BatchInfo): Promise<void> {
    const c = this.conn;
    await c.run('CREATE TABLE IF NOT EXISTS dateline_meta (key VARCHAR, value VARCHAR)');
    const meta = (await c.runAndReadAll("SELECT value FROM dateline_meta WHERE key = 'schema_version'")).getRowObjectsJS();
    if (meta.length && meta[0].value !== String(DB_SCHEMA_VERSION)) {
      throw new CliError(EXIT.input, `${this.file}: its tables are of dateline schema ${String(meta[0].value)}, this dateline writes ${DB_SCHEMA_VERSION}; use another database file.`);
    }
    if (!meta.length) await c.run("INSERT INTO dateline_meta VALUES ('schema_version', ?)", [String(DB_SCHEMA_VERSION)]);
    for (const t of TABLES) await c.run(createTableSql(t));
    const { listValue } = await import('@duckdb/node-api');
    const exists = (await c.runAndReadAll('SELECT 1 FROM batches WHERE batch_id = ?', [info.batchId])).getRows().length > 0;
    if (exists) await c.run('UPDATE batches SET workers = ?, finished_at = NULL WHERE batch_id = ?', [info.workers, info.batchId]);
    else {
      await c.run('INSERT INTO batches VALUES (?, ?::TIMESTAMP, NULL, ?, ?, ?, ?, NULL, NULL)', [info.batchId, info.startedAt, listValue(info.inputs), info.workers, info.tagger, info.engineSchema]);
    }
  }

  write(result: ArticleResult): void {
    const db = result.db;
    if (!db?.articles) return;
    // The same article twice in one chunk: keep the first, as the database would across chunks.
    const uid = result.uid;
    if (this.uidsInChunk.has(uid)) return;
    this.uidsInChunk.add(uid);
    for (const name of STAGED) {
      const text = db[name];
      if (!text) continue;
      let list = this.buffers.get(name);
      if (!list) this.buffers.set(name, (list = []));
      list.push(text);
    }
    this.pending++;
  }

  /** Inserts what was written since the last flush, in one transaction. */
  flush(): Promise<void> {
    if (!this.pending) return this.committing;
    // Taken now, so rows written while this commit runs wait for the next one.
    const buffers = this.buffers;
    this.buffers = new Map();
    this.uidsInChunk = new Set();
    this.pending = 0;
    this.committing = this.committing.then(() => this.commit(buffers));
    return this.committing;
  }

  private async commit(buffers: Map<TableName, string[]>): Promise<void> {
    const files = new Map<TableName, string>();
    for (const [name, parts] of buffers) {
      const f = path.join(this.staging, `${name}.ndjson`);
      writeFileSync(f, parts.join(''));
      files.set(name, f);
    }
    const read = (name: TableName) => `read_json(${sqlString(files.get(name)!)}, format = 'newline_delimited', columns = ${jsonColumns(table(name).columns)})`;
    const c = this.conn;
    await c.run('BEGIN TRANSACTION');
    try {
      if (files.has('sources')) {
        await c.run(`INSERT INTO sources SELECT DISTINCT ON (source_id) * FROM ${read('sources')} s WHERE s.source_id NOT IN (SELECT source_id FROM sources)`);
      }
      await c.run(`CREATE OR REPLACE TEMP TABLE stage_articles AS SELECT * FROM ${read('articles')}`);
      await c.run('CREATE OR REPLACE TEMP TABLE fresh AS SELECT s.article_uid FROM stage_articles s ANTI JOIN articles a ON a.article_uid = s.article_uid');
      await c.run('INSERT INTO articles SELECT * FROM stage_articles WHERE article_uid IN (SELECT article_uid FROM fresh)');
      for (const name of ['mentions', 'events', 'event_excerpts'] as const) {
        if (!files.has(name)) continue;
        const cols = table(name).columns;
        await c.run(`INSERT INTO ${name} SELECT ${selectList(cols)} FROM ${read(name)} WHERE article_uid IN (SELECT article_uid FROM fresh)`);
      }
      await c.run('COMMIT');
    } catch (err) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw new CliError(EXIT.failed, `${this.file}: writing to the database failed (${(err as Error).message}).`);
    }
  }

  async finish(stats: { articles: number; failed: number }): Promise<void> {
    await this.flush();
    await this.conn.run('UPDATE batches SET finished_at = now()::TIMESTAMP, articles = ?, failed = ? WHERE batch_id = ?', [stats.articles, stats.failed, this.batchId]);
    await this.conn.run('DROP TABLE IF EXISTS stage_articles');
    await this.conn.run('DROP TABLE IF EXISTS fresh');
    await this.conn.run('CHECKPOINT');
    this.close();
  }

  /** Copies this database's events, with their article's URL and title, to a GeoParquet file. */
  async exportParquet(file: string): Promise<void> {
    const events = table('events').columns.map((col) => `e.${col.name}`).join(', ');
    const sql = `COPY (SELECT ${events}, a.input_id AS article_id, a.url, a.title FROM events e JOIN articles a USING (article_uid) ORDER BY a.input_seq, e.event_ord) TO ${sqlString(file)} (FORMAT parquet)`;
    await this.conn.run(sql);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.conn.closeSync();
    this.instance.closeSync();
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/**
 * --parquet: the run's events gathered in a DuckDB file beside the output (PATH.partial.duckdb,
 * which is also what a resume continues), copied to GeoParquet when the run ends, then removed.
 */
export class ParquetSink {
  private constructor(
    readonly file: string,
    private readonly db: DuckDbSink,
  ) {}

  static partialPath(file: string): string {
    return `${file}.partial.duckdb`;
  }

  static async open(file: string, info: BatchInfo, resume: boolean): Promise<ParquetSink> {
    const partial = ParquetSink.partialPath(file);
    if (!resume) for (const f of [partial, `${partial}.wal`]) rmSync(f, { force: true });
    return new ParquetSink(file, await DuckDbSink.open(partial, info));
  }

  write(result: ArticleResult): void {
    this.db.write(result);
  }

  flush(): Promise<void> {
    return this.db.flush();
  }

  async finish(stats: { articles: number; failed: number }): Promise<void> {
    await this.db.flush();
    const tmp = `${this.file}.tmp`;
    try {
      await this.db.exportParquet(tmp);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new CliError(EXIT.failed, `${this.file}: writing the Parquet file failed (${(err as Error).message}).`);
    }
    renameSync(tmp, this.file);
    await this.db.finish(stats);
    const partial = ParquetSink.partialPath(this.file);
    for (const f of [partial, `${partial}.wal`]) rmSync(f, { force: true });
  }

  close(): void {
    this.db.close();
  }
}
