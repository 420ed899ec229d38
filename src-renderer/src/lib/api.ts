import type { Bridge, ChannelName, EventName, Events, Input, Output, Result } from '../../../src-main/contract';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Present in Electron: the preload's bridge. */
    secureBase?: Bridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** What views and state classes use to talk to the host; tests can pass another. */
export interface Api {
  readonly host: 'electron' | 'web';
  call<K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>>;
  invoke<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>>;
  subscribe<E extends EventName>(event: E, fn: (payload: Events[E]) => void): () => void;
  /** A URL that downloads an exported file (browser host), or null where the host saves it itself. */
  exportUrl(id: string): string | null;
}

export function createApi(bridge: Bridge, host: Api['host'], exportUrl: Api['exportUrl'] = () => null): Api {
  return {
    host,
    invoke: (channel, input) => bridge.invoke(channel, input),
    async call(channel, input) {
      const result = await bridge.invoke(channel, input);
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message, result.error.path);
    },
    subscribe: (event, fn) => bridge.subscribe(event, fn),
    exportUrl,
  };
}

function pickTransport(): Api {
  if (window.secureBase) return createApi(window.secureBase, 'electron');
  const http = createHttpBridge(window.location, window.sessionStorage);
  return createApi(http.bridge, 'web', http.exportUrl);
}

export const api: Api = pickTransport();
