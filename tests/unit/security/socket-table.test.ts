// The socket-table reader that binding tests rely on: it must see loopback listeners (IPv4 and IPv6)
// and report nothing once a server has closed.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningAddresses } from './support/socket-table';

const servers: Server[] = [];
const listen = (host: string) =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    servers.push(s);
    s.once('error', reject);
    s.listen(0, host, () => resolve((s.address() as { port: number }).port));
  });
const close = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));

afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

describe('listeningAddresses', () => {
  it('sees a server on 127.0.0.1 and only there', async () => {
    const port = await listen('127.0.0.1');
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  });

  it('sees a server on ::1', async (test) => {
    const port = await listen('::1').catch(() => null);
    if (port === null) {
      // Counted as skipped, never as passed, and says why.
      console.log('socket-table: this machine has no IPv6 loopback; the IPv6 case was skipped');
      return test.skip('no IPv6 loopback on this machine');
    }
    expect(listeningAddresses(port)).toEqual(['::1']);
  });

  it('reports nothing once the server is closed', async () => {
    const port = await listen('127.0.0.1');
    await close(servers.pop()!);
    expect(listeningAddresses(port)).toEqual([]);
  });
});
