// A workspace carried in a link's fragment (#ws=...), so it opens in another browser with no
// server and no file: the articles (text, date, title, source) and the corrections, deflated
// (the browser's own CompressionStream) and base64url-encoded. Analyses are left out: the
// receiving browser runs the same engine and gets them back, so the link stays small. The
// fragment never reaches a server. Decoding takes any pasted text and never throws.
import type { Correction, WorkspaceArticle } from '../../shared/model/workspace.ts';

export const LINK_PARAM = 'ws';
/**
 * The longest fragment a link may carry. Browsers take far longer URLs, but mail and chat apps
 * and URL shorteners cut or refuse long ones; past this a saved map file is the way to share.
 */
export const MAX_LINK_CHARS = 16_000;
const FORMAT = 'dateline-link';
const VERSION = 1;

export interface LinkedWorkspace {
  articles: WorkspaceArticle[];
  corrections: Correction[];
}

type LinkArticle = Pick<WorkspaceArticle, 'id' | 'text' | 'published' | 'addedAt'> & Partial<Pick<WorkspaceArticle, 'title' | 'sourceUrl'>>;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: string };

/** The fragment (without '#') for a workspace, or why it cannot be a link. */
export async function encodeWorkspaceLink(articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): Promise<EncodeResult> {
  if (articles.length === 0) return { ok: false, error: 'The workspace is empty: there is nothing to put in a link.' };
  const slim: LinkArticle[] = articles.map((a) => ({
    id: a.id,
    text: a.text,
    published: a.published,
    addedAt: a.addedAt,
    ...(a.title ? { title: a.title } : {}),
    ...(a.sourceUrl ? { sourceUrl: a.sourceUrl } : {}),
  }));
  const json = JSON.stringify({ format: FORMAT, version: VERSION, articles: slim, corrections });
  const packed = toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  const fragment = `${LINK_PARAM}=${packed}`;
  if (fragment.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: `This workspace (${articles.length} article${articles.length === 1 ? '' : 's'}) would make a link of ${fragment.length.toLocaleString('en')} characters; a link carries at most ${MAX_LINK_CHARS.toLocaleString('en')}. Use "Save map as file", or "Export Dateline JSON", to share it whole.`,
    };
  }
  return { ok: true, fragment };
}

/** The packed workspace in a location hash ("#ws=..."), or null when it carries none. */
export function linkPayload(hash: string): string | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const v = p.get(LINK_PARAM);
  return v ? v : null;
}

export type DecodeResult = { ok: true; workspace: LinkedWorkspace } | { ok: false; error: string };

/**
 * Unpacks a link's workspace into the articles (with no analysis yet) and corrections. The result
 * is not trusted: it goes through the same validation as an imported workspace file.
 */
export async function decodeWorkspaceLink(payload: string): Promise<DecodeResult> {
  const broken = 'This link carries a workspace that cannot be read (was it cut short when copied?). Ask for the link again, or for the saved map file.';
  if (payload.length > MAX_LINK_CHARS * 4 || !/^[A-Za-z0-9_-]+$/.test(payload)) return { ok: false, error: broken };
  let parsed: unknown;
  try {
    const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: broken };
  }
  const o = parsed as { format?: unknown; version?: unknown; articles?: unknown; corrections?: unknown };
  if (!o || typeof o !== 'object' || o.format !== FORMAT || !Array.isArray(o.articles) || !Array.isArray(o.corrections)) return { ok: false, error: broken };
  if (o.version !== VERSION) return { ok: false, error: `This link was made by another version of Dateline (link format ${String(o.version)}); this one reads format ${VERSION}.` };
  const articles = (o.articles as LinkArticle[]).map((a) => ({ ...a, analysis: null }) as WorkspaceArticle);
  return { ok: true, workspace: { articles, corrections: o.corrections as Correction[] } };
}
