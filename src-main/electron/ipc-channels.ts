// The two IPC channel names, shared by main (ipc.ts) and the preload, which must not import ipc.ts
// (that would bundle the whole host into the sandboxed preload).
export const INVOKE_CHANNEL = 'secure-base:invoke';
export const EVENT_CHANNEL = 'secure-base:event';
