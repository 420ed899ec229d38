import { resolve, sep } from 'node:path';

/**
 * Resolve a URL path inside `root`, or null when it would leave it (`..`, encoded or not,
 * backslashes, NUL bytes). The path is decoded exactly once, then resolved and checked.
 */
export function safePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  return full === base || full.startsWith(base + sep) ? full : null;
}
