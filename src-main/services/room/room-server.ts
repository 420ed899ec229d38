import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_PHONE_MESSAGE_BYTES, phoneEnvelope, type RoomToPhone } from '../../contract/room';
import { RateLimit } from '../../core/room/limits';
import type { PhoneFile } from './phone-page';
import type { PhoneLink } from './room';

export const PHONE_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface RoomServerOptions {
  address: string;
  port: number;
  files: Map<string, PhoneFile>;
  /** Sockets allowed at once (phones and their reloads). */
  maxSockets: number;
  /** A phone's messages per second, and its burst. */
  rate?: { perSecond: number; burst: number };
  /** Time a socket may stay without joining, and between heartbeats. */
  helloMs?: number;
  heartbeatMs?: number;
  connected(link: PhoneLink): void;
  message(link: PhoneLink, channel: string, input: unknown): Promise<unknown>;
  disconnected(link: PhoneLink): void;
}

export interface RoomServer {
  server: Server;
  address: string;
  port: number;
  /** Cuts every phone's connection at once, as a Wi-Fi hiccup would; the phones come back by themselves. */
  dropAll(): void;
  close(): Promise<void>;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': PHONE_PAGE_CSP,
};

const notFound = (res: ServerResponse) => {
  res.writeHead(404, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
};

/**
 * The room's server: the phone page over plain HTTP and one WebSocket per phone, on one address and
 * port. Nothing else is served here: the facilitator's API and app answer 404.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  let port = options.port;
  const origin = () => `http://${options.address}:${port}`;
  const hostOk = (req: IncomingMessage) => req.headers.host === `${options.address}:${port}`;
  const originOk = (req: IncomingMessage) => req.headers.origin === undefined || req.headers.origin === origin();

  const server = createServer((req, res) => {
    if (!hostOk(req)) {
      res.writeHead(421, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('This address is not served here.');
    }
    const path = (req.url ?? '/').split('?')[0];
    const file = req.method === 'GET' || req.method === 'HEAD' ? options.files.get(path) : undefined;
    if (!file) return notFound(res);
    res.writeHead(200, { ...HEADERS, 'content-type': file.type, 'content-length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 50;

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PHONE_MESSAGE_BYTES, perMessageDeflate: false });
  const refuseUpgrade = (socket: Socket, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if ((req.url ?? '').split('?')[0] !== '/ws') return refuseUpgrade(socket, '404 Not Found');
    if (!hostOk(req) || !originOk(req)) return refuseUpgrade(socket, '403 Forbidden');
    if (wss.clients.size >= options.maxSockets) return refuseUpgrade(socket, '503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => connect(ws, req.socket.remoteAddress ?? ''));
  });

  const rate = options.rate ?? { perSecond: 5, burst: 10 };
  const helloMs = options.helloMs ?? 10_000;
  const heartbeatMs = options.heartbeatMs ?? 15_000;

  function connect(ws: WebSocket, remote: string): void {
    const send = (m: RoomToPhone) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    const link: PhoneLink = {
      phone: null,
      address: remote,
      send,
      close: (closing) => {
        send({ event: 'closed', ...closing });
        ws.close(1000, 'room closed');
      },
    };
    const limit = new RateLimit(rate.perSecond, rate.burst, Date.now());
    let alive = true;
    // A socket that never joins, or a phone that vanished without a goodbye (half-open), is let go.
    const noHello = setTimeout(() => !link.phone && ws.terminate(), helloMs);
    const beat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
      send({ event: 'ping', at: Date.now() });
    }, heartbeatMs);
    ws.on('pong', () => (alive = true));
    ws.on('message', async (data, isBinary) => {
      alive = true;
      const allowed = limit.take(Date.now());
      if (isBinary) return send({ reply: -1, result: invalid('Messages must be text.') });
      let parsed: unknown;
      try {
        parsed = JSON.parse(data.toString());
      } catch {
        return send({ reply: -1, result: invalid('The message is not valid JSON.') });
      }
      const envelope = phoneEnvelope.safeParse(parsed);
      if (!envelope.success) return send({ reply: -1, result: invalid('A message needs an id, a channel and an input.') });
      // Past the rate, the message is answered (with its id, so the phone knows which) but not acted on.
      if (!allowed) return send({ reply: envelope.data.id, result: refused('Too many messages from this phone; slow down.') });
      const result = (await options.message(link, envelope.data.channel, envelope.data.input)) as never;
      send({ reply: envelope.data.id, result });
    });
    ws.on('close', () => {
      clearTimeout(noHello);
      clearInterval(beat);
      options.disconnected(link);
    });
    ws.on('error', () => ws.terminate());
    options.connected(link);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    address: options.address,
    port,
    dropAll: () => {
      for (const ws of wss.clients) ws.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const invalid = (message: string) => ({ ok: false as const, error: { code: 'invalid-input' as const, message } });
const refused = (message: string) => ({ ok: false as const, error: { code: 'forbidden' as const, message } });
