import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../contract';
import { dispatch } from '../services/dispatch';
import type { EventHub } from '../services/event-hub';
import { BodyTooLarge, decodeSegment, hostAllowed, isJsonRequest, originAllowed, readBody, tokenMatches, tokenOf } from './guard';
import { readStatic } from './static-files';
import { openEventStream } from './event-stream';
import { serveExport } from './exports';
import type { Role } from '../contract/roles';
import { attachViewSocket } from './view-socket';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; media-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

export interface WebHostOptions {
  handlers: Handlers;
  events: EventHub;
  rendererDir: string;
  exportsDir: string;
  /** The console's access token: the facilitator role. */
  token: string;
  /** The projector tab's own access token: the projector role, nothing else. */
  projectorToken: string;
  port?: number;
}

export interface WebHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    // Other sites may not embed or read these responses, even as a no-cors <script> or <img>.
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code: 'refused', message } }));
const invalid = (res: ServerResponse, status: number, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code: 'invalid-input', message } }));

/** POST /api/<channel>: a JSON body of at most 1 MiB, answered with the channel's Result. */
async function callChannel(req: IncomingMessage, res: ServerResponse, url: URL, handlers: Handlers, role: Role): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.');
  if (!isJsonRequest(req)) return refuse(res, 415, 'API calls must send Content-Type: application/json.');
  let body: string;
  try {
    body = await readBody(req);
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err;
    // The rest of the body is never read: answer, then close the connection instead of draining it.
    res.setHeader('connection', 'close');
    return refuse(res, 413, 'The request is larger than 1 MiB.');
  }
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return invalid(res, 400, 'The request body is not valid JSON.');
  }
  const channel = decodeSegment(url.pathname.slice(5));
  if (channel === null)
    return send(
      res,
      400,
      JSON.stringify({ ok: false, error: { code: 'unknown-channel', message: 'The channel name is not a valid URL segment.' } }),
    );
  send(res, 200, JSON.stringify(await dispatch(handlers, channel, input, role)));
}

/** The console opens the projector tab with the projector's own token, handed back by 'projector:open'. */
function withProjectorToken(handlers: Handlers, projectorToken: string): Handlers {
  const open = handlers['projector:open'];
  return { ...handlers, 'projector:open': async (input) => ({ ...(await open(input)), projectorToken }) };
}

/** The browser host: the built renderer and the contract, on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = options.port ?? 0;
  const handlers = withProjectorToken(options.handlers, options.projectorToken);
  /** The role an access token stands for; the role is never taken from anything else in a request. */
  const roleOf = (given: string | null): Exclude<Role, 'participant'> | null =>
    tokenMatches(given, options.token) ? 'facilitator' : tokenMatches(given, options.projectorToken) ? 'projector' : null;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'This address is not served here.');
    const url = URL.canParse(req.url ?? '/', `http://127.0.0.1:${port}`) ? new URL(req.url ?? '/', `http://127.0.0.1:${port}`) : null;
    if (!url) return refuse(res, 400, 'The request path is not a valid URL.');
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/exports/')) {
      if (!originAllowed(req, port)) return refuse(res, 403, 'Requests from other sites are refused.');
      const role = roleOf(tokenOf(req, url));
      if (!role) return refuse(res, 401, 'Missing or wrong access token.');
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(req, res, role, options.events);
      if (url.pathname.startsWith('/exports/') && role !== 'facilitator') return refuse(res, 403, 'The projector may not read exports.');
      if (url.pathname.startsWith('/exports/') && req.method === 'GET')
        return serveExport(res, options.exportsDir, url.pathname.slice(9), url.searchParams.get('inline') === '1');
      if (url.pathname.startsWith('/exports/')) return refuse(res, 405, 'Exports are downloaded with GET.');
      return callChannel(req, res, url, handlers, role);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.type);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[secure-base] request failed:', err);
      if (!res.headersSent) refuse(res, 500, 'Internal error.');
      else res.end();
    });
  });
  const sockets = attachViewSocket({ server, port: () => port, roleOf, handlers, events: options.events });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
