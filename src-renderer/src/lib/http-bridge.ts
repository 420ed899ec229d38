import type { Bridge, EventName, Events } from '../../../src-main/contract';
import { m } from './i18n.svelte';

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

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/**
 * The same contract as the preload bridge, over one WebSocket per window: calls go out and live
 * events come back on it. A call made while the socket is (re)connecting goes by POST instead.
 */
export function createHttpBridge(location: Location, storage: Storage) {
  const token = takeToken(location, storage);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const waiting = new Map<number, (a: Answer) => void>();
  let socket: WebSocket | null = null;
  let next = 1;
  let attempt = 0;

  const connect = () => {
    // What is pushed is shaped by the token's role (console or projector), never by the page.
    const ws = new WebSocket(`ws://${location.host}/api/socket?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      dispatchEvent(new CustomEvent('secure-base:connected'));
    };
    ws.onmessage = (e) => {
      const msg = JSON.parse(String(e.data)) as { reply?: number; result?: Answer; event?: string; payload?: unknown };
      if (msg.reply !== undefined) {
        waiting.get(msg.reply)?.(msg.result!);
        waiting.delete(msg.reply);
      } else if (msg.event) for (const l of listeners.get(msg.event) ?? []) l(msg.payload);
    };
    ws.onclose = () => {
      for (const reply of waiting.values()) reply({ ok: false, error: { code: 'io', message: m.common_not_reachable() } });
      waiting.clear();
      dispatchEvent(new CustomEvent('secure-base:disconnected'));
      setTimeout(connect, Math.min(5000, 250 * 2 ** attempt++));
    };
  };

  const post = async (channel: string, input: unknown): Promise<Answer> => {
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
            message: m.common_no_token(),
          },
        };
      return await res.json();
    } catch (err) {
      return { ok: false, error: { code: 'io', message: m.common_not_reachable_reason({ reason: (err as Error).message }) } };
    }
  };

  const bridge: Bridge = {
    async invoke(channel, input) {
      if (!socket) connect();
      if (socket?.readyState !== WebSocket.OPEN) return (await post(channel, input)) as never;
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve as (a: Answer) => void);
        socket!.send(JSON.stringify({ id, channel, input: input ?? {} }));
      });
    },
    subscribe<E extends EventName>(event: E, fn: (payload: Events[E]) => void) {
      if (!socket) connect();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(fn as (p: unknown) => void);
      return () => set!.delete(fn as (p: unknown) => void);
    },
  };
  return { bridge, token, exportUrl: (id: string) => `/exports/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}` };
}
