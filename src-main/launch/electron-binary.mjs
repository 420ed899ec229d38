// Finds the Electron binary, fetching it once if it is missing. Returns the path, or the reason there is none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

function installedPath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const full = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(full) ? full : null;
}

export function electronBinary({ fetch = true } = {}) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { path: join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron') };
  const found = installedPath();
  if (found) return { path: found };
  if (!existsSync(join(electronDir, 'install.js'))) return { reason: 'the electron package is not installed' };
  if (!fetch) return { reason: 'the Electron binary is not downloaded' };
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  const again = installedPath();
  if (again) return { path: again };
  const why =
    (result.stderr || result.stdout || '')
      .split('\n')
      .find((l) => /error/i.test(l))
      ?.trim() ?? 'download failed';
  return { reason: `the Electron binary is missing and could not be fetched (${why.slice(0, 120)})` };
}
