import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../contract';
import { dispatch } from '../services/dispatch';
import { fail } from '../core/result';
import { isTrustedSender } from './security-policy';
import { INVOKE_CHANNEL } from './ipc-channels';

export { INVOKE_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/** The IPC glue: one handler for the whole contract, answering only our own top-level frames. */
export function registerIpc(handlers: Handlers, ipc: Pick<typeof ipcMain, 'handle'> = ipcMain): void {
  ipc.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return fail('invalid-input', 'Calls are accepted only from Secure Base’s own windows.');
    if (typeof channel !== 'string') return fail('unknown-channel', 'The channel name must be a string.');
    return dispatch(handlers, channel, input);
  });
}
