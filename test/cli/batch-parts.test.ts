// The batch command's parts on their own: input order through the runner whatever order results
// arrive in, resume skipping, article reading, the progress line, the stream sink's resume cut, and
// the database columns being documented.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchItem } from '../../src/cli/batch/article.ts';
import { ArticleError, articleUid, idOfItem, readArticle, sourceOf, UNKNOWN_SOURCE } from '../../src/cli/batch/article.ts';
import { itemKey } from '../../src/cli/batch/checkpoint.ts';
import type { PendingItem } from '../../src/cli/batch/inputs.ts';
import { Progress } from '../../src/cli/batch/progress.ts';
import type { ArticleResult, RecordOptions } from '../../src/cli/batch/records.ts';
import { failedResult } from '../../src/cli/batch/records.ts';
import type { Analyser, ResultSink } from '../../src/cli/batch/runner.ts';
import { runBatch } from '../../src/cli/batch/runner.ts';
import { TABLES } from '../../src/cli/batch/schema.ts';
import { StreamSink } from '../../src/cli/batch/stream-sink.ts';

const records: RecordOptions = { stream: 'events', db: false, withText: false, batchId: 'b' };

function lines(n: number): PendingItem[] {
  return Array.from({ length: n }, (_, i) => ({ seq: i, label: `in.jsonl:${i + 1}`, kind: 'line' as const, payload: JSON.stringify({ id: `a${i}`, text: 'x' }) }));
}

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

/** A pool whose results come back after a delay that falls with the position: late items finish first. */
function reversingPool(capacity: number, seen: number[] = []): Analyser {
  return {
    capacity,
    poolErrors: 0,
    run: (item: BatchItem) =>
      new Promise<ArticleResult>((resolve) => {
        seen.push(item.seq);
        setTimeout(() => resolve({ seq: item.seq, id: `a${item.seq}`, uid: `u${item.seq}`, label: item.label, ok: true, events: 1, mentions: 0, stream: `${item.seq}\n`, streamItems: 1 }), (12 - (item.seq % 12)) * 3);
      }),
  };
}

function collect(): ResultSink & { got: number[] } {
  const got: number[] = [];
  return { got, write: (r) => void got.push(r.seq), flush: () => Promise.resolve() };
}

const quiet = () => new Progress(() => undefined, false, undefined);

describe('runBatch', () => {
  it('writes results in input order when they finish in another order', async () => {
    const finishOrder: number[] = [];
    const pool = reversingPool(4);
    const run = pool.run;
    pool.run = async (item) => {
      const r = await run(item);
      finishOrder.push(r.seq);
      return r;
    };
    const sink = collect();
    const result = await runBatch({ pool, items: iterate(lines(30)), sinks: [sink], records, flushEveryMs: 1000, progress: quiet(), onFailure: () => undefined });
    expect(finishOrder).not.toEqual([...finishOrder].sort((a, b) => a - b));
    expect(sink.got).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(result).toMatchObject({ done: 30, analysed: 30, failed: 0, events: 30, interrupted: false });
  });

  it('never has more tasks out than the pool takes at once', async () => {
    let out = 0;
    let most = 0;
    const inner = reversingPool(2);
    const pool: Analyser = {
      capacity: 2,
      poolErrors: 0,
      run: async (item) => {
        most = Math.max(most, ++out);
        const r = await inner.run(item);
        out--;
        return r;
      },
    };
    await runBatch({ pool, items: iterate(lines(12)), sinks: [collect()], records, flushEveryMs: 1000, progress: quiet(), onFailure: () => undefined });
    expect(most).toBe(2);
  });

  it('skips what a checkpoint says is done, and refuses other input', async () => {
    const items = lines(10);
    const seen: number[] = [];
    const sink = collect();
    const lastKey = itemKey(items[3].label, items[3].payload as string);
    const result = await runBatch({ pool: reversingPool(2, seen), items: iterate(items), sinks: [sink], records, resume: { done: 4, failed: 1, events: 7, lastKey }, flushEveryMs: 1000, progress: quiet(), onFailure: () => undefined });
    expect(seen.sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(sink.got).toEqual([4, 5, 6, 7, 8, 9]);
    expect(result).toMatchObject({ done: 10, analysed: 6, failed: 1, events: 13 });

    const other = lines(10).map((p) => ({ ...p, payload: (p.payload as string).replace('"x"', '"y"') }));
    await expect(runBatch({ pool: reversingPool(2), items: iterate(other), sinks: [collect()], records, resume: { done: 4, failed: 0, events: 0, lastKey }, flushEveryMs: 1000, progress: quiet(), onFailure: () => undefined })).rejects.toThrow(/not the one the checkpoint ended on/);
    await expect(runBatch({ pool: reversingPool(2), items: iterate(lines(3)), sinks: [collect()], records, resume: { done: 4, failed: 0, events: 0, lastKey }, flushEveryMs: 1000, progress: quiet(), onFailure: () => undefined })).rejects.toThrow(/has only 3/);
  });

  it('reports an unreadable item as a failure and goes on', async () => {
    const items: PendingItem[] = [...lines(2), { seq: 2, label: 'bad.json', kind: 'line', payload: '', error: 'bad.json: not a JSON line' }, ...lines(4).slice(3).map((p) => ({ ...p, seq: 3 }))];
    const failures: ArticleResult[] = [];
    const sink = collect();
    const result = await runBatch({ pool: reversingPool(2), items: iterate(items), sinks: [sink], records, flushEveryMs: 1000, progress: quiet(), onFailure: (r) => void failures.push(r) });
    expect(sink.got).toEqual([0, 1, 2, 3]);
    expect(failures.map((f) => [f.label, f.error])).toEqual([['bad.json', 'bad.json: not a JSON line']]);
    expect(result.failed).toBe(1);
  });

  it('checkpoints only what every sink has flushed', async () => {
    const states: number[] = [];
    const sink = collect();
    await runBatch({ pool: reversingPool(2), items: iterate(lines(8)), sinks: [sink], records, checkpoint: (s) => void states.push(s.done), flushEveryMs: 5, progress: quiet(), onFailure: () => undefined });
    expect(states.at(-1)).toBe(8);
    expect(states).toEqual([...states].sort((a, b) => a - b));
  });
});

describe('readArticle', () => {
  const line = (doc: unknown, label = 'f.jsonl:1'): BatchItem => ({ seq: 0, label, kind: 'line', payload: JSON.stringify(doc) });
  const file = (text: string, label: string): BatchItem => ({ seq: 0, label, kind: 'file', payload: new TextEncoder().encode(text) });

  it('reads a JSONL article with its own date, id, url and outlet', () => {
    const a = readArticle(line({ id: 7, text: 'Shelling hit the port.', date: '2021-03-04', url: 'https://www.Example.org/x', title: 'T' }), {});
    expect(a).toMatchObject({ id: '7', published: '2021-03-04', url: 'https://www.Example.org/x', sourceId: 'example.org', sourceKind: 'host', title: 'T' });
    expect(readArticle(line({ text: 'x', published: '2021-03-04', source: 'Wire A', url: 'https://b.test/' }), {}).sourceId).toBe('Wire A');
    expect(readArticle(line({ text: 'x' }), { published: '2022-01-02', source: 'Desk' })).toMatchObject({ id: 'f.jsonl:1', published: '2022-01-02', sourceId: 'Desk' });
  });

  it('takes a text file date from its name, else --published', () => {
    expect(readArticle(file('A raid on the camp.', 'news/2019-07-30-camp.txt'), { published: '2020-01-01' }).published).toBe('2019-07-30');
    expect(readArticle(file('A raid on the camp.', 'news/camp.txt'), { published: '2020-01-01' }).published).toBe('2020-01-01');
    const html = readArticle(file('<html><body><p>One</p><p>Two &amp; <b>2</b></p></body></html>', 'x/page.html'), { published: '2020-01-01' });
    expect(html.text).toMatch(/^One\n+Two & 2$/);
    expect(html.warnings.join()).toMatch(/looks like HTML/);
  });

  it('fails an article, not the batch, on a bad or missing date, a bad line, binary text', () => {
    expect(() => readArticle(line({ id: 'd', text: 'x', published: '2021-02-30' }), {})).toThrow(ArticleError);
    expect(() => readArticle(line({ id: 'd', text: 'x', published: '2021-02-30' }), {})).toThrow(/bad publication date/);
    expect(() => readArticle(line({ id: 'd', text: 'x' }), {})).toThrow(/no publication date/);
    expect(() => readArticle({ seq: 0, label: 'f.jsonl:9', kind: 'line', payload: '{"text": ' }, {})).toThrow(/f\.jsonl:9: not a JSON line/);
    expect(() => readArticle(line({ id: 'n', text: 5, published: '2021-01-01' }), {})).toThrow(/"text" must be a string/);
    expect(() => readArticle(file('\u0001\u0002\u0003\u0004 binary', 'b.txt'), { published: '2021-01-01' })).toThrow(/binary/);
    try {
      readArticle(line({ id: 'keep-me', text: 'x', published: 'soon' }), {});
    } catch (err) {
      expect((err as ArticleError).id).toBe('keep-me');
    }
  });

  it('keys an article by source, id, date and text, the same in every run', () => {
    const a = { sourceId: 's', id: '1', published: '2020-01-01', text: 'abc' };
    expect(articleUid(a)).toBe(articleUid({ ...a }));
    expect(articleUid(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(articleUid({ ...a, text: 'abd' })).not.toBe(articleUid(a));
    expect(articleUid({ ...a, published: '2020-01-02' })).not.toBe(articleUid(a));
  });

  it('names an outlet only from what the input says', () => {
    expect(sourceOf(undefined, 'not a url', undefined)).toEqual({ sourceId: UNKNOWN_SOURCE, sourceKind: 'unknown' });
    expect(sourceOf(undefined, 'not a url', 'Desk')).toEqual({ sourceId: 'Desk', sourceKind: 'name' });
    expect(idOfItem({ kind: 'line', label: 'l:1', payload: '{"id":"z","text":""}' })).toBe('z');
    expect(idOfItem({ kind: 'line', label: 'l:1', payload: '{oops' })).toBe('l:1');
  });

  it('keys a failure by where it came from, so a later success is a new row', () => {
    const item = line({ id: 'a', text: 'x' });
    const f = failedResult(item, 'a', 'no date', { ...records, stream: 'analyses', db: true });
    expect(f.uid).not.toBe(articleUid({ sourceId: UNKNOWN_SOURCE, id: 'a', published: '', text: 'x' }));
    expect(JSON.parse(f.stream)).toEqual({ id: 'a', label: 'f.jsonl:1', error: 'no date' });
    expect(JSON.parse(f.db!.articles!)).toMatchObject({ status: 'failed', error: 'no date', input_id: 'a' });
  });
});

describe('Progress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    let out = '';
    const p = new Progress((s) => void (out += s), false, 10);
    p.update({ done: 3, failed: 0, events: 4 }, true);
    p.clear();
    expect(out).toBe('');
  });

  it('redraws one line in place, with the rate and the time left', () => {
    let out = '';
    let t = 0;
    const p = new Progress((s) => void (out += s), true, 100, 0, () => t);
    t = 10_000;
    p.update({ done: 20, failed: 2, events: 31 }, true);
    expect(out).toBe('\r\u001b[Kdateline batch  20 / 100 articles  20%  2.0/s  ETA 0:40  31 events  2 failed');
    out = '';
    t = 10_050;
    p.update({ done: 21, failed: 2, events: 31 });
    expect(out).toBe('');
    p.clear();
    expect(out).toBe('\r\u001b[K');
  });
});

describe('StreamSink', () => {
  it('cuts a torn tail off on resume and keeps GeoJSON commas right', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dateline-sink-'));
    const file = path.join(dir, 'out.geojson');
    const result = (seq: number, features: string[]): ArticleResult => ({ seq, id: String(seq), uid: 'u', label: 'l', ok: true, events: features.length, mentions: 0, stream: features.join(',\n'), streamItems: features.length });
    const first = new StreamSink('geojson', file, () => undefined);
    first.write(result(0, ['{"a":1}', '{"a":2}']));
    first.write(result(1, []));
    void first.flush();
    const at = first.flushed;
    first.write(result(2, ['{"a":3}']));
    first.abandon();
    writeFileSync(file, readFileSync(file, 'utf8') + ',\n{"torn');
    const second = new StreamSink('geojson', file, () => undefined, at);
    second.write(result(2, ['{"a":3}']));
    second.finish();
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { features: { a: number }[] };
    rmSync(dir, { recursive: true, force: true });
    expect(parsed.features.map((f) => f.a)).toEqual([1, 2, 3]);
  });
});

describe('the database tables', () => {
  it('has every column documented in docs/BATCH.md', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/BATCH.md'), 'utf8');
    for (const t of TABLES) {
      const section = doc.split(/\n### /).find((s) => s.startsWith(`\`${t.name}\``));
      expect(section, `a "### \`${t.name}\`" section`).toBeDefined();
      for (const c of t.columns) expect(section, `${t.name}.${c.name}`).toMatch(new RegExp(`^\\| \`${c.name}\` \\| ${c.type.replace(/[[\]]/g, '\\$&')} \\|`, 'm'));
    }
  });
});
