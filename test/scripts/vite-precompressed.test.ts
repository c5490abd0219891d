// The data files are served from their brotli or gzip copies, by what the browser accepts, with the
// headers a cache needs; nothing outside data/ and no stale copy is ever served.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings, precompressedMiddleware } from '../../scripts/vite-precompressed.ts';

describe('acceptedEncodings', () => {
  test('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('precompressedMiddleware', () => {
  let dir: string;
  let server: Server;
  let port: number;
  const body = JSON.stringify({ names: Array.from({ length: 500 }, (_, i) => `place ${i}`) });
  const bin = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dateline-precompressed-'));
    mkdirSync(path.join(dir, 'data/basemap'), { recursive: true });
    writeFileSync(path.join(dir, 'data/places.json'), body);
    writeFileSync(path.join(dir, 'data/places.json.br'), brotliCompressSync(body));
    writeFileSync(path.join(dir, 'data/places.json.gz'), gzipSync(body));
    writeFileSync(path.join(dir, 'data/gazetteer.bin'), bin);
    writeFileSync(path.join(dir, 'data/gazetteer.bin.br'), brotliCompressSync(bin));
    writeFileSync(path.join(dir, 'data/gazetteer.bin.gz'), gzipSync(bin));
    writeFileSync(path.join(dir, 'data/basemap/stale.json'), body);
    writeFileSync(path.join(dir, 'data/basemap/stale.json.br'), brotliCompressSync('old'));
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, 'data/basemap/stale.json.br'), past, past);
    writeFileSync(path.join(dir, 'secret.txt'), 'no');
    const mw = precompressedMiddleware(dir, '/', true);
    server = createServer((req, res) =>
      mw(req, res, () => {
        res.statusCode = 404;
        res.end('fell through');
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: p, headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  test('brotli to a browser that takes it, with type, encoding, Vary and a validator; 304 on revalidation', async () => {
    const r = await get('/data/places.json', { 'accept-encoding': 'gzip, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(r.body).toString()).toBe(body);
    const again = await get('/data/places.json', { 'accept-encoding': 'br', 'if-none-match': String(r.headers.etag) });
    expect(again.status).toBe(304);
    const head = await get('/data/places.json', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-length']).toBe(String(r.body.length));
  });

  test('gzip when brotli is not accepted; the file itself (to the next handler) when neither is', async () => {
    expect((await get('/data/places.json', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await get('/data/places.json', { 'accept-encoding': 'identity' });
    expect(plain.body.toString()).toBe('fell through');
  });

  test('the binary gazetteer as bytes, with its type', async () => {
    for (const [enc, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const r = await get('/data/gazetteer.bin', { 'accept-encoding': enc });
      expect(r.headers['content-encoding']).toBe(enc);
      expect(r.headers['content-type']).toBe('application/octet-stream');
      expect(decode(r.body).equals(bin)).toBe(true);
    }
  });

  test('never a stale copy, nothing outside data/, no copy asked for by name', async () => {
    expect((await get('/data/basemap/stale.json', { 'accept-encoding': 'br' })).body.toString()).toBe('fell through');
    expect((await get('/data/../secret.txt', { 'accept-encoding': 'br' })).body.toString()).toBe('fell through');
    expect((await get('/data/%2e%2e/secret.txt', { 'accept-encoding': 'br' })).body.toString()).toBe('fell through');
    expect((await get('/data/places.json.br', { 'accept-encoding': 'br' })).body.toString()).toBe('fell through');
    expect((await get('/secret.txt', { 'accept-encoding': 'br' })).body.toString()).toBe('fell through');
  });
});
