import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Handlers } from '../contract';
import type { Role } from '../contract/roles';
import { dispatch } from '../services/dispatch';
import type { EventHub } from '../services/event-hub';
import { hostAllowed, MAX_BODY_BYTES, originAllowed } from './guard';

type ViewRole = Exclude<Role, 'participant'>;

export interface ViewSocketOptions {
  server: Server;
  port(): number;
  roleOf(token: string | null): ViewRole | null;
  handlers: Handlers;
  events: EventHub;
}

/**
 * One WebSocket per window of the browser host (GET /api/socket?token=…): the window's calls go out
 * and live events come back on it, instead of one POST per key and a separate event stream. The
 * role is the token's, as for every other request.
 */
export function attachViewSocket(o: ViewSocketOptions): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES, perMessageDeflate: false });
  const refuse = (socket: Socket, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };
  o.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = URL.canParse(req.url ?? '', 'http://127.0.0.1') ? new URL(req.url ?? '', 'http://127.0.0.1') : null;
    if (!url || url.pathname !== '/api/socket') return refuse(socket, '404 Not Found');
    if (!hostAllowed(req, o.port()) || !originAllowed(req, o.port())) return refuse(socket, '403 Forbidden');
    const role = o.roleOf(url.searchParams.get('token'));
    if (!role) return refuse(socket, '401 Unauthorized');
    // Keys must not wait for Nagle's algorithm: each message goes out as it is sent.
    socket.setNoDelay(true);
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, role));
  });

  function serve(ws: WebSocket, role: ViewRole): void {
    const send = (message: unknown) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
    const remove = o.events.add({ role, send: (event, payload) => send({ event, payload }) });
    let alive = true;
    const beat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, 25_000);
    ws.on('pong', () => (alive = true));
    ws.on('message', async (data) => {
      alive = true;
      let call: { id?: unknown; channel?: unknown; input?: unknown };
      try {
        call = JSON.parse(String(data));
      } catch {
        return send({ reply: -1, result: { ok: false, error: { code: 'invalid-input', message: 'The message is not valid JSON.' } } });
      }
      const id = typeof call?.id === 'number' ? call.id : -1;
      if (typeof call?.channel !== 'string')
        return send({
          reply: id,
          result: { ok: false, error: { code: 'unknown-channel', message: 'The channel name must be a string.' } },
        });
      send({ reply: id, result: await dispatch(o.handlers, call.channel, call.input ?? {}, role) });
    });
    ws.on('close', () => {
      clearInterval(beat);
      remove();
    });
    ws.on('error', () => ws.terminate());
  }

  return {
    close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
