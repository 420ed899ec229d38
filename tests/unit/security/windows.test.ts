// Checklist: every window the app creates is sandboxed, isolated, without Node, and loads app:// only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

import { createConsoleWindow, createProjectorWindow } from '../../../src-main/electron/windows';
import { EventHub } from '../../../src-main/services/event-hub';
import { recorded } from './support/fake-electron';
import { roleOfSender } from '../../../src-main/electron/window-roles';
import { expectAppUrl, expectLockedDownPreferences } from './support/locked-down';
import { fileURLToPath } from 'node:url';

const deps = { preloadDir: '/opt/secure-base/out/preload', events: new EventHub() } as Parameters<typeof createConsoleWindow>[0];

beforeEach(() => recorded.reset());

it('the console window is locked down and loads app://secure-base', () => {
  createConsoleWindow(deps);
  const [win] = recorded.windows;
  expectLockedDownPreferences(win.options);
  expect(win.loaded).toHaveLength(1);
  expectAppUrl(win.loaded[0]);
});

it('the projector window is locked down on an external display and on the laptop alone', () => {
  createProjectorWindow(deps, 's-2024-05-01-abcd1234');
  createProjectorWindow(deps, 's-2024-05-01-abcd1234', 1);
  expect(recorded.windows).toHaveLength(2);
  for (const win of recorded.windows) {
    expectLockedDownPreferences(win.options);
    for (const url of win.loaded) expectAppUrl(url);
  }
});

it('each window is given its role: the console the facilitator, the audience window the projector', () => {
  const console = createConsoleWindow(deps);
  const projector = createProjectorWindow(deps, 's-2024-05-01-abcd1234');
  expect(roleOfSender(console.webContents)).toBe('facilitator');
  expect(roleOfSender(projector.webContents)).toBe('projector');
});

const electronDir = fileURLToPath(new URL('../../../src-main/electron/', import.meta.url));
const sources = readdirSync(electronDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(electronDir, f), 'utf8') }));

/** Windows added later, anywhere in the Electron host, must take the same preferences. */
it('every `new BrowserWindow` in src-main/electron takes secureWebPreferences()', () => {
  const found: string[] = [];
  for (const { file, text } of sources) {
    const parts = text.split('new BrowserWindow(').slice(1);
    parts.forEach((after, i) => {
      const options = after.slice(0, after.indexOf('\n  });') + 1 || 2000);
      if (!/webPreferences:\s*secureWebPreferences\(/.test(options)) found.push(`${file} #${i + 1}`);
    });
  }
  expect(found).toEqual([]);
});

it('no window loads a file:// URL or a remote page', () => {
  for (const { file, text } of sources) {
    expect(text, file).not.toMatch(/\.loadFile\(/);
    expect(text, file).not.toMatch(/loadURL\(\s*['"`](file|https?):/);
  }
});
