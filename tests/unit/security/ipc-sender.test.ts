// Checklist: IPC answers only our own top-level frame; a sub-frame or a foreign origin gets nothing.
import { beforeAll, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

import { EVENT_CHANNEL, INVOKE_CHANNEL, registerIpc } from '../../../src-main/electron/ipc';
import { isTrustedSender } from '../../../src-main/electron/security-policy';
import type { Handlers } from '../../../src-main/contract';
import { recorded } from './support/fake-electron';
import { assignRole } from '../../../src-main/electron/window-roles';

const called = vi.fn(async () => ({ version: 'x' }));
// Every channel answers through the same spy, so a refused call shows as "never called".
const handlers = new Proxy({}, { get: () => called }) as unknown as Handlers;
let listener: (event: unknown, channel: unknown, input: unknown) => Promise<unknown> | unknown;

beforeAll(() => {
  recorded.reset();
  registerIpc(handlers); // the real ipcMain of the stand-in: the default argument is used
  listener = recorded.ipcHandlers.get(INVOKE_CHANNEL) as typeof listener;
});

const consoleContents = {};
const projectorContents = {};
assignRole(consoleContents, 'facilitator');
assignRole(projectorContents, 'projector');
const frame = (url: string, parent: unknown = null, sender: object = consoleContents) => ({ sender, senderFrame: { url, parent } });

it('registers one invoke channel and nothing else', () => {
  expect([...recorded.ipcHandlers.keys()]).toEqual([INVOKE_CHANNEL]);
  expect(EVENT_CHANNEL).not.toBe(INVOKE_CHANNEL);
});

it('answers our own top-level frame', async () => {
  called.mockClear();
  expect(await listener(frame('app://secure-base/index.html#/console'), 'app:info', {})).toMatchObject({ ok: true });
  expect(called).toHaveBeenCalledTimes(1);
});

it('refuses sub-frames, foreign and look-alike origins, and missing frames', async () => {
  called.mockClear();
  const refused = [
    frame('app://secure-base/index.html', { url: 'app://secure-base/index.html' }),
    frame('https://evil.example/'),
    frame('http://127.0.0.1:5173/'),
    frame('file:///opt/secure-base/out/renderer/index.html'),
    frame('app://secure-base.evil/index.html'),
    frame('app://evil/index.html'),
    frame('app://user@secure-base/index.html'),
    frame('devtools://devtools/bundled/inspector.html'),
    frame('about:blank'),
    frame('data:text/html,x'),
    frame(''),
    { senderFrame: null },
    {},
  ];
  for (const event of refused) {
    const answer = await listener(event, 'app:info', {});
    expect(answer, JSON.stringify(event)).toMatchObject({ ok: false });
  }
  expect(called).not.toHaveBeenCalled();
});

it('the rule itself, as a plain function', () => {
  expect(isTrustedSender({ url: 'app://secure-base/', parent: null })).toBe(true);
  expect(isTrustedSender({ url: 'app://secure-base/', parent: undefined })).toBe(false);
  expect(isTrustedSender(null)).toBe(false);
});

it('answers each window within its role only: the projector window may not reach the console’s channels', async () => {
  called.mockClear();
  const projector = (channel: string, input: unknown) =>
    listener(frame('app://secure-base/index.html', null, projectorContents), channel, input);
  for (const channel of ['sessions:list', 'live:intent', 'notes:capture', 'backup:restore', 'projector:open', 'app:info'])
    expect(await projector(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(called).not.toHaveBeenCalled();
  expect(await projector('app:reference', {})).toMatchObject({ ok: true });
  expect(called).toHaveBeenCalledTimes(1);
});

it('refuses a trusted frame whose window was given no role', async () => {
  called.mockClear();
  const answer = await listener(frame('app://secure-base/index.html', null, {}), 'app:info', {});
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(called).not.toHaveBeenCalled();
});
