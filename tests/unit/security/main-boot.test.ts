// Checklist at boot (main.ts against the stand-in): one instance only, app:// registered before ready,
// the security rules in place before the first window, and IPC registered once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { expectAppUrl, expectLockedDownPreferences } from './support/locked-down';
import { fakeElectron, recorded } from './support/fake-electron';
// Loading the mocked module here, once, pins it to the same stand-in object as `recorded` above.
import 'electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

const dataDirs: string[] = [];
afterAll(async () => {
  vi.unstubAllEnvs();
  for (const d of dataDirs) await rm(d, { recursive: true, force: true });
});

/** A fresh run of main.ts. vi.resetModules() keeps mocked modules, so the stand-in stays the same object. */
async function boot(gotLock: boolean) {
  recorded.reset();
  vi.resetModules();
  const dir = await mkdtemp(join(tmpdir(), 'secure-base-boot-'));
  dataDirs.push(dir);
  vi.stubEnv('SECURE_BASE_DATA_DIR', dir);
  fakeElectron.app.requestSingleInstanceLock.mockImplementation(() => (recorded.log.push('single-instance lock'), gotLock));
  await import('../../../src-main/electron/main');
}

it('boots in a safe order and opens one locked-down window', async () => {
  await boot(true);
  await vi.waitFor(() => expect(recorded.windows.length).toBe(1), { timeout: 15_000 });
  const at = (step: string) => recorded.log.indexOf(step);
  expect(at('single-instance lock')).toBe(0);
  expect(at('privileged scheme')).toBeLessThan(at('whenReady'));
  expect(at('permission handler')).toBeLessThan(at('window'));
  expect(at('app.on web-contents-created')).toBeLessThan(at('window'));
  expect(at('protocol app')).toBeLessThan(at('window'));
  expect(recorded.log.filter((s) => s === 'ipc handler')).toHaveLength(1);
  expectLockedDownPreferences(recorded.windows[0].options);
  expectAppUrl(recorded.windows[0].loaded[0]);
});

it('a second instance quits without opening anything', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await boot(false);
  // It never waits for ready, so nothing can happen later: what it did by now is all it does.
  expect(recorded.log).not.toContain('whenReady');
  expect(recorded.appListeners.size).toBe(0);
  expect(fakeElectron.app.quit).toHaveBeenCalled();
  expect(recorded.windows).toHaveLength(0);
  expect(recorded.ipcHandlers.size).toBe(0);
  expect(recorded.privilegedSchemes).toHaveLength(0);
});
