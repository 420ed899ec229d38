// Checklist: the preload exposes invoke and subscribe and nothing else; no ipcRenderer, no event objects.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it, vi } from 'vitest';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 1 })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void bridge.exposed.set(key, api) },
  ipcRenderer: { invoke: bridge.invoke, on: bridge.on, removeListener: bridge.removeListener, send: vi.fn(), sendSync: vi.fn() },
  ipcMain: { handle: vi.fn() },
}));

import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../src-main/electron/ipc';
import type { Bridge } from '../../../src-main/contract';

let api: Bridge;
beforeAll(async () => {
  await import('../../../src-main/electron/preload');
  api = bridge.exposed.get('secureBase') as Bridge;
});

it('exposes one object, window.secureBase, with invoke and subscribe only', () => {
  expect([...bridge.exposed.keys()]).toEqual(['secureBase']);
  expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
  for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
});

it('invoke goes through the one invoke channel, with the same names main listens on', async () => {
  await api.invoke('app:info', {});
  expect(bridge.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'app:info', {});
});

it('subscribe hands over the payload only, never the IPC event (it carries the sender)', () => {
  const fn = vi.fn();
  const unsubscribe = api.subscribe('live:changed', fn);
  const [channel, listener] = bridge.on.mock.calls[0] as [string, (...a: unknown[]) => void];
  expect(channel).toBe(EVENT_CHANNEL);
  const ipcEvent = { sender: { send: vi.fn() }, ports: [] };
  listener(ipcEvent, 'live:changed', { step: 1 });
  listener(ipcEvent, 'other:event', { step: 2 });
  expect(fn.mock.calls).toEqual([[{ step: 1 }]]);
  unsubscribe();
  expect(bridge.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, listener);
});

it('the preload source reaches for nothing but contextBridge and ipcRenderer.invoke/on/removeListener', () => {
  const source = readFileSync(new URL('../../../src-main/electron/preload.ts', import.meta.url), 'utf8');
  const uses = [...source.matchAll(/ipcRenderer\.(\w+)/g)].map((m) => m[1]);
  expect(new Set(uses)).toEqual(new Set(['invoke', 'on', 'removeListener']));
  expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  expect(source).not.toMatch(/require\(|process\.|from 'node:/);
});
