import type { ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const EXPORT_ID = /^[a-z0-9][a-z0-9-]{0,120}\.(pdf|md|json|txt)$/;
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

/** Hands a file from the exports folder to the browser as a download, or inline for "Open". */
export async function serveExport(res: ServerResponse, exportsDir: string, id: string, inline = false): Promise<void> {
  if (!EXPORT_ID.test(id)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(exportsDir, id));
    res.writeHead(200, {
      'content-type': TYPES[id.split('.').pop()!],
      // Inline lets the browser's PDF viewer open a handout; everything else downloads.
      'content-disposition': `${inline && id.endsWith('.pdf') ? 'inline' : 'attachment'}; filename="${id}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}
