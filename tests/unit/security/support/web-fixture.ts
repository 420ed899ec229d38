// The browser host in-process on port 0, over a real app context and a small renderer folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../../src-main/web/server';
import { openAppFixture, type AppFixture } from './app-fixture';

export const TOKEN = 'test-token-0123456789abcdefghij';
export const PROJECTOR_TOKEN = 'test-projector-0123456789abcdef';

export interface WebFixture {
  app: AppFixture;
  host: WebHost;
  /** Folder that holds the renderer folder; a secret file sits beside the renderer, outside it. */
  outside: string;
  rendererDir: string;
  /** The console's token. */
  token: string;
  close(): Promise<void>;
}

export async function openWebFixture(): Promise<WebFixture> {
  const app = await openAppFixture();
  const outside = await mkdtemp(join(tmpdir(), 'secure-base-web-'));
  const rendererDir = join(outside, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Secure Base</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'SECRET-OUTSIDE-RENDERER');
  await writeFile(join(outside, 'renderer-evil.txt'), 'SECRET-SIBLING-PREFIX');
  const host = await startWebHost({
    handlers: app.handlers,
    events: app.ctx.events,
    rendererDir,
    exportsDir: app.ctx.exportsDir,
    token: TOKEN,
    projectorToken: PROJECTOR_TOKEN,
    port: 0,
  });
  return {
    app,
    host,
    outside,
    rendererDir,
    token: TOKEN,
    close: async () => {
      await host.close();
      await app.close();
      await rm(outside, { recursive: true, force: true });
    },
  };
}
