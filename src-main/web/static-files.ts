import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { realPathInside, safePath } from '../services/safe-path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** A file of the built renderer, or null: never a path outside `root`, not even through a symlink. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const path = safePath(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!path) return null;
  const real = await realPathInside(root, path);
  if (!real) return null;
  try {
    if (!(await stat(real)).isFile()) return null;
    return { body: await readFile(real), type: TYPES[extname(real)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
