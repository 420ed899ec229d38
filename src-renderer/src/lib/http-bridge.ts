import type { Bridge, EventName, Events } from '../../../src-main/contract';

const TOKEN_KEY = 'secure-base-token';

/** The browser host's token: taken from the launch URL once, then kept for this tab only. */
export function takeToken(location: Location, storage: Storage): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

/** The same contract as the preload bridge, over HTTP and server-sent events. */
export function createHttpBridge(location: Location, storage: Storage) {
  const token = takeToken(location, storage);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const connect = () => {
    // What is pushed is shaped by the token's role (console or projector), never by the page.
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onopen = () => dispatchEvent(new CustomEvent('secure-base:connected'));
    source.onerror = () => dispatchEvent(new CustomEvent('secure-base:disconnected'));
  };

  const bridge: Bridge = {
    async invoke(channel, input) {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        if (res.status === 401)
          return {
            ok: false,
            error: {
              code: 'invalid-input',
              message: 'This window has no access token. Open Secure Base from the address it printed at start.',
            },
          };
        return await res.json();
      } catch (err) {
        return { ok: false, error: { code: 'io', message: `Secure Base is not reachable: ${(err as Error).message}` } };
      }
    },
    subscribe<E extends EventName>(event: E, fn: (payload: Events[E]) => void) {
      if (!source) connect();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        source!.addEventListener(event, (e) => {
          const payload = JSON.parse((e as MessageEvent).data);
          for (const l of listeners.get(event) ?? []) l(payload);
        });
      }
      set.add(fn as (p: unknown) => void);
      return () => set!.delete(fn as (p: unknown) => void);
    },
  };
  return { bridge, token, exportUrl: (id: string) => `/exports/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}` };
}
