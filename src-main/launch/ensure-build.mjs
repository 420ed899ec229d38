// Builds out/ when it is missing or older than the sources, so `npm start` and `npm run web` always serve current code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = join(root, 'out/renderer/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuild() {
  const stale = !existsSync(built) || ['src-renderer', 'src-main'].some((d) => newest(join(root, d)) > statSync(built).mtimeMs);
  if (!stale) return;
  console.log('Secure Base: building…');
  const messages = spawnSync(process.execPath, [join(root, 'src-main/launch/compile-messages.mjs')], { cwd: root, stdio: 'inherit' });
  if (messages.status !== 0) process.exit(messages.status ?? 1);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
