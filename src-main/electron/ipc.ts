import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../contract';
import { dispatch } from '../services/dispatch';
import { fail } from '../core/result';
import { isTrustedSender } from './security-policy';
import { INVOKE_CHANNEL } from './ipc-channels';
import { roleOfSender } from './window-roles';

export { INVOKE_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

/**
 * The IPC glue: one handler for the whole contract, answering only our own top-level frames, each
 * with the role of the window it belongs to (the projector window may call projector channels only).
 */
export function registerIpc(handlers: Handlers, ipc: Pick<typeof ipcMain, 'handle'> = ipcMain): void {
  ipc.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return fail('invalid-input', 'Calls are accepted only from Secure Base’s own windows.');
    if (typeof channel !== 'string') return fail('unknown-channel', 'The channel name must be a string.');
    const role = roleOfSender(event.sender);
    if (!role) return fail('forbidden', 'This window has no role in Secure Base; its calls are refused.');
    return dispatch(handlers, channel, input, role);
  });
}
