// Contract fuzzing through the Electron IPC glue: registerIpc with a fake ipcMain and a trusted sender.
// Each payload is structured-cloned on the way, as Electron's IPC does.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

import { INVOKE_CHANNEL, registerIpc } from '../../../src-main/electron/ipc';
import { assignRole } from '../../../src-main/electron/window-roles';
import { openAppFixture, type AppFixture } from './support/app-fixture';
import { channelNames, fuzzChannel, notAValidationError, PAYLOADS_PER_CHANNEL } from './support/fuzz-driver';

type Listener = (event: unknown, channel: unknown, input: unknown) => unknown;

const consoleContents = {};
assignRole(consoleContents, 'facilitator');
const trustedEvent = { sender: consoleContents, senderFrame: { url: 'app://secure-base/index.html', parent: null } };
let fixture: AppFixture;
let invoke: (channel: string, input: unknown) => Promise<unknown>;

beforeAll(async () => {
  fixture = await openAppFixture();
  const listeners = new Map<string, Listener>();
  registerIpc(fixture.handlers, { handle: (channel: string, fn: Listener) => void listeners.set(channel, fn) } as never);
  const listener = listeners.get(INVOKE_CHANNEL)!;
  invoke = async (channel, input) => listener(trustedEvent, channel, structuredClone(input));
});
afterAll(() => fixture.close());

describe('every channel over IPC refuses bad payloads and leaves the data folder untouched', () => {
  it.each(channelNames)('%s', async (name) => {
    const report = await fuzzChannel(fixture, name, 'ipc', async (p) => {
      const answer = await invoke(name, p.value);
      return notAValidationError(answer, JSON.stringify(answer)?.length ?? 0);
    });
    expect(report.sent).toBeGreaterThanOrEqual(PAYLOADS_PER_CHANNEL);
    expect(report.failures).toEqual([]);
    expect(report.storeChanged).toEqual([]);
    expect(report.pollution).toEqual([]);
  });
});

it('refuses channel names that are prototype keys or not channels at all', async () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'app:info ', 'APP:INFO', 'x'.repeat(100_000)]) {
    const answer = (await invoke(name, {})) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('unknown-channel');
    expect(answer.error.message.length).toBeLessThan(200);
  }
  for (const name of [null, 42, {}, ['app:info']]) {
    const answer = (await invoke(name as never, {})) as { ok: boolean; error: { code: string } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  }
});

/** A control: with validation skipped, the same harness must see accepted payloads and a changed store. */
it('the harness notices when a host skips validation', async () => {
  const control = await openAppFixture();
  try {
    const unvalidated = control.handlers['notes:save'] as (input: unknown) => Promise<unknown>;
    const report = await fuzzChannel(control, 'notes:save', 'ipc', async (p) => {
      const answer = await unvalidated(p.value).then(
        (value) => ({ ok: true, value }),
        (err: Error) => ({ ok: false, error: { code: 'internal', message: err.message } }),
      );
      return notAValidationError(answer, 0);
    });
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.storeChanged.length).toBeGreaterThan(0);
  } finally {
    await control.close();
  }
});

it('bounds the error it sends back, however many bad keys arrive', async () => {
  const input = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key-${i}-${'k'.repeat(50)}`, i]));
  const answer = (await invoke('app:info', input)) as { ok: boolean; error: { problems: unknown[]; message: string } };
  expect(answer.ok).toBe(false);
  expect(answer.error.problems.length).toBeLessThanOrEqual(50);
  expect(JSON.stringify(answer).length).toBeLessThan(64 * 1024);
});
