// The only thing the renderer sees of Electron: invoke a contract channel, subscribe to an event.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

const bridge = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  subscribe(event, fn) {
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) fn(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('secureBase', bridge);
