// The only way a user-supplied URL becomes a link: http and https only, so javascript:, data:
// and the like stay plain text. Render with rel="noopener noreferrer".
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

export const LINK_REL = 'noopener noreferrer';
