import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub, Subscriber } from '../services/event-hub';

/** Live changes as server-sent events, shaped for the role of the caller's access token. */
export function openEventStream(req: IncomingMessage, res: ServerResponse, role: Subscriber['role'], events: EventHub): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.socket?.setNoDelay(true);
  res.write(': connected\n\n');
  const remove = events.add({
    role,
    send(event, payload) {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25000);
  req.on('close', () => {
    clearInterval(keepAlive);
    remove();
  });
}
