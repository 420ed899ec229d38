// Checklist: the renderer is served from app://secure-base, never file://, and never a path outside
// the renderer folder. serveRenderer() with a stand-in net.fetch that reads real files.
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

import { registerAppScheme, serveRenderer } from '../../../src-main/electron/protocol';
import { APP_CSP } from '../../../src-main/electron/security-policy';
import { fakeElectron, recorded } from './support/fake-electron';

let outside: string;
let rendererDir: string;
let handle: (request: { url: string; method: string }) => Promise<Response>;
const fetched: string[] = [];

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'secure-base-protocol-'));
  rendererDir = join(outside, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'SECRET');
  await writeFile(join(outside, 'renderer-evil.txt'), 'SECRET');
  await symlink(join(outside, 'secret.txt'), join(rendererDir, 'link.txt'));
  // Like Electron's file handler: reads the file, fails for folders and missing files.
  fakeElectron.net.fetch.mockImplementation(async (url: string) => {
    fetched.push(fileURLToPath(url));
    return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'content-type': 'text/html' } });
  });
  recorded.reset();
  registerAppScheme();
  serveRenderer(rendererDir);
  handle = recorded.protocolHandlers.get('app') as typeof handle;
});
afterAll(() => rm(outside, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle({ url, method });

it('registers app:// as a standard, secure scheme and asks for no extra privileges', () => {
  expect(recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
});

it('serves the renderer with the CSP and nosniff headers', async () => {
  const res = await get('app://secure-base/');
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('<title>ok</title>');
  expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await get('app://secure-base/assets/app.js')).status).toBe(200);
});

it('never reads a file outside the renderer folder', async () => {
  const attempts = [
    'app://secure-base/../secret.txt',
    'app://secure-base/%2e%2e/secret.txt',
    'app://secure-base/..%2fsecret.txt',
    'app://secure-base/assets/..%2f..%2fsecret.txt',
    'app://secure-base/%252e%252e%252fsecret.txt',
    'app://secure-base/..%5csecret.txt',
    'app://secure-base/%5c..%5csecret.txt',
    'app://secure-base/..%2frenderer-evil.txt',
    `app://secure-base/${encodeURIComponent(join(outside, 'secret.txt'))}`,
    'app://secure-base//etc/passwd',
    'app://secure-base/index.html%00.js',
    'app://secure-base/%00',
    'app://secure-base/%E0%A4%A',
    'app://secure-base/assets',
    'app://evil/index.html',
    'app://secure-base.evil/index.html',
    'app://user@secure-base/index.html',
  ];
  for (const url of attempts) {
    const res = await get(url);
    const body = await res.text();
    expect(body, url).not.toContain('SECRET');
  }
  const inside = (await realpath(rendererDir)) + '/';
  for (const path of fetched) expect(path.startsWith(inside), path).toBe(true);
});

it('answers only GET and HEAD', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
    expect((await get('app://secure-base/index.html', method)).status, method).toBe(404);
  expect((await get('app://secure-base/index.html', 'HEAD')).status).toBe(200);
});

it('does not follow a symlink out of the renderer folder', async () => {
  const res = await get('app://secure-base/link.txt');
  expect(res.status).toBe(404);
  expect(await res.text()).not.toContain('SECRET');
});
