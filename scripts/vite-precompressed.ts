// A Vite plugin that serves the precompressed copies scripts/compress-data.mjs writes beside every
// file under data/ (gazetteer.bin.br, basemap/admin1.json.gz, ... whatever the format): brotli or
// gzip by the request's Accept-Encoding, with Content-Encoding, Vary and a validator, for `npm start`
// (public/) and `npm run preview` (dist/). Other requests, and files without a copy, fall through.
import { createReadStream, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
};

/** The encodings a request accepts, in the order we prefer them; q=0 refuses one. */
export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[] {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(ok);
}

function fileStat(f: string): Stats | null {
  try {
    const s = statSync(f);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

type Next = (err?: unknown) => void;

/**
 * Connect middleware serving `<root>/data/...` (the URL `<base>data/...`) from its .br/.gz copies.
 * `checkFresh` skips a copy older than its file (public/, where the data can be rebuilt under a
 * running server); dist/ gets copy times from the build, not the data's, so it is not checked there.
 */
export function precompressedMiddleware(root: string, urlBase = '/', checkFresh = false) {
  const base = path.resolve(root);
  const prefix = `${urlBase}data/`;
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let url: string;
    try {
      url = decodeURIComponent((req.url ?? '').split('?')[0]!);
    } catch {
      return next();
    }
    if (!url.startsWith(prefix)) return next();
    const file = path.resolve(base, url.slice(urlBase.length));
    // Never outside the served directory ("/data/../../etc/passwd").
    if (!file.startsWith(base + path.sep) || /\.(br|gz)$/.test(file)) return next();
    const original = fileStat(file);
    if (!original) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    for (const enc of acceptedEncodings(req.headers['accept-encoding'] as string | undefined)) {
      const copy = `${file}.${enc === 'br' ? 'br' : 'gz'}`;
      const st = fileStat(copy);
      // A copy older than its file is stale (the data was rebuilt): serve the file itself instead.
      if (!st || (checkFresh && st.mtimeMs < original.mtimeMs)) continue;
      const etag = `"${enc}-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'no-cache');
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.setHeader('Content-Encoding', enc);
      res.setHeader('Content-Length', String(st.size));
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(copy).on('error', next).pipe(res);
      return;
    }
    next();
  };
}

export function precompressed(): Plugin {
  let publicDir = 'public';
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'dateline:precompressed-data',
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(precompressedMiddleware(publicDir, base, true));
    },
    configurePreviewServer(server) {
      server.middlewares.use(precompressedMiddleware(outDir, base));
    },
  };
}
