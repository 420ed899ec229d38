import { realpath } from 'node:fs/promises';
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

/**
 * The real path of a file that `safePath` allowed, or null when it does not exist or a symlink
 * takes it outside `root`: resolving the name alone cannot see where a link points.
 */
export async function realPathInside(root: string, path: string): Promise<string | null> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
    return real.startsWith(realRoot + sep) ? real : null;
  } catch {
    return null;
  }
}
