// The one function both hosts use to turn a URL path into a file path inside the renderer folder.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { realPathInside, safePath } from '../../../src-main/services/safe-path';

const root = '/srv/app/out/renderer';

it('keeps ordinary paths inside the root', () => {
  expect(safePath(root, '/index.html')).toBe(`${root}/index.html`);
  expect(safePath(root, '/assets/app%20name.js')).toBe(`${root}/assets/app name.js`);
  expect(safePath(root, 'assets/a.js')).toBe(`${root}/assets/a.js`);
  // A path that climbs out and back in by name stays inside.
  expect(safePath(root, '/assets/../index.html')).toBe(`${root}/index.html`);
});

it.each([
  '/../secret',
  '/..%2fsecret',
  '/%2e%2e/secret',
  '/%2E%2E%2Fsecret',
  '/assets/../../secret',
  '/..%5csecret',
  '/\\..\\secret',
  '/%00',
  '/index.html%00.js',
  '/%',
  '/%E0%A4%A',
  '/../renderer-evil/x',
])('refuses %s', (path) => {
  expect(safePath(root, path)).toBeNull();
});

it('decodes once: a double-encoded dot stays a literal name inside the root', () => {
  expect(safePath(root, '/%252e%252e/secret')).toBe(`${root}/%2e%2e/secret`);
});

it('treats an absolute path as relative to the root', () => {
  expect(safePath(root, '//etc/passwd')).toBe(`${root}/etc/passwd`);
  expect(safePath(root, '/%2Fetc%2Fpasswd')).toBe(`${root}/etc/passwd`);
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secure-base-safe-path-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), 'ok');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  await symlink(join(dir, 'secret.txt'), join(dir, 'renderer', 'link.txt'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('follows symlinks only while they stay inside', async () => {
  const renderer = join(dir, 'renderer');
  expect(await realPathInside(renderer, join(renderer, 'index.html'))).toMatch(new RegExp(`\\${sep}index\\.html$`));
  expect(await realPathInside(renderer, join(renderer, 'link.txt'))).toBeNull();
  expect(await realPathInside(renderer, join(renderer, 'missing.txt'))).toBeNull();
});
