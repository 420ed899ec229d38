// The built phone page: small enough for a slow phone on a busy Wi-Fi, served alone, and free of
// anything that needs a secure context (the room is plain HTTP on a LAN).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { loadPhonePage } from '../../../src-main/services/room/phone-page';
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../../src-main/launch/ensure-build.mjs';

const renderer = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
let files: Awaited<ReturnType<typeof loadPhonePage>>;

beforeAll(async () => {
  (ensureBuild as () => void)();
  files = await loadPhonePage(renderer);
}, 120_000);

const scripts = () => [...files.entries()].filter(([path]) => path.endsWith('.js'));

it('the phone page’s JavaScript is at most 60 kB gzipped', () => {
  const gzipped = scripts().reduce((n, [, f]) => n + gzipSync(f.body, { level: 9 }).length, 0);
  console.log(`phone page JS: ${scripts().length} files, ${(gzipped / 1024).toFixed(1)} kB gzipped`);
  expect(scripts().length).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(60 * 1024);
});

it('loads none of the console app: only the phone entry and what it imports', () => {
  const index = readFileSync(join(renderer, 'index.html'), 'utf8');
  const appEntry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(index)![1];
  expect([...files.keys()]).not.toContain(`/${appEntry}`);
  expect([...files.keys()].every((p) => p === '/' || /^\/assets\/[A-Za-z0-9._-]+\.(js|css)$/.test(p))).toBe(true);
});

it('uses nothing that needs a secure context', () => {
  for (const [path, f] of scripts()) {
    const text = f.body.toString('utf8');
    for (const api of ['randomUUID', 'serviceWorker', 'wakeLock', 'crypto.subtle', 'navigator.clipboard'])
      expect(text.includes(api), `${path} uses ${api}`).toBe(false);
  }
});
