import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface PhoneFile {
  body: Buffer;
  type: string;
}

/**
 * The phone page and exactly the files it loads, read once when the room opens: the room serves
 * these and nothing else, so no other file of the app can be fetched from the room's port.
 */
export async function loadPhonePage(rendererDir: string): Promise<Map<string, PhoneFile>> {
  const html = await readFile(join(rendererDir, 'phone.html'));
  const files = new Map<string, PhoneFile>([['/', { body: html, type: TYPES['.html'] }]]);
  const refs = [...html.toString('utf8').matchAll(/(?:src|href)="\.?\/?(assets\/[A-Za-z0-9._-]+\.(?:js|css))"/g)].map((m) => m[1]);
  const queue = [...new Set(refs)];
  for (let i = 0; i < queue.length; i++) {
    const rel = queue[i];
    const body = await readFile(join(rendererDir, rel));
    files.set(`/${rel}`, { body, type: TYPES[rel.slice(rel.lastIndexOf('.'))] });
    // Chunks a script imports (statically or dynamically) sit beside it.
    if (rel.endsWith('.js'))
      for (const m of body.toString('utf8').matchAll(/^\s*(?:import|export)\b[^;'"]*?["']\.\/([A-Za-z0-9._-]+\.js)["']/gm))
        if (!queue.includes(`assets/${m[1]}`)) queue.push(`assets/${m[1]}`);
  }
  return files;
}
