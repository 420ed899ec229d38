// The browser host over real sockets: 127.0.0.1 only, a token, our Host and Origin, JSON bodies up to
// 1 MiB, and never a file outside the renderer folder. Raw sockets send paths byte for byte, since
// fetch() and the URL class would normalise `..` before it left the test.
import { symlink } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src-main/web/guard';
import { httpClient, rawHttp, type HttpClient } from './support/http-client';
import { listeningAddresses } from './support/socket-table';
import { openWebFixture, TOKEN, type WebFixture } from './support/web-fixture';

let web: WebFixture;
let client: HttpClient;
let port: number;
let host: string;

beforeAll(async () => {
  web = await openWebFixture();
  port = web.host.port;
  host = `127.0.0.1:${port}`;
  client = httpClient(port);
  await symlink(join(web.outside, 'secret.txt'), join(web.rendererDir, 'link.txt'));
});
afterAll(async () => {
  client.close();
  await web.close();
});

const json = { 'content-type': 'application/json' };
const auth = { authorization: `Bearer ${TOKEN}`, ...json };
const api = (headers: Record<string, string>, channel = 'app:info', body = '{}') => client.send('POST', `/api/${channel}`, body, headers);

describe('binding', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(web.host.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
  });

  it('has no listening socket on any other address of this machine (read from the socket table)', () => {
    // The socket table lists every address the port is bound on: nothing beyond loopback, so no
    // other computer can reach it, and the check sends no traffic to the machine's other addresses.
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  });
});

describe('token', () => {
  it('refuses API calls, live events and exports without the right token', async () => {
    const attempts: [string, string, Record<string, string>][] = [
      ['POST', '/api/app:info', json],
      ['POST', '/api/app:info', { ...json, authorization: 'Bearer ' }],
      ['POST', '/api/app:info', { ...json, authorization: `Bearer ${TOKEN}x` }],
      ['POST', '/api/app:info', { ...json, authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
      ['POST', '/api/app:info', { ...json, authorization: `bearer ${TOKEN}` }],
      ['POST', '/api/app:info', { ...json, authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
      ['POST', `/api/app:info?token=${TOKEN.toUpperCase()}`, json],
      ['GET', '/api/events', {}],
      ['GET', '/api/events?token=', {}],
      ['GET', '/exports/handout.pdf', {}],
    ];
    for (const [method, path, headers] of attempts) {
      const res = await client.send(method, path, method === 'POST' ? '{}' : undefined, headers);
      expect(res.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(401);
    }
  });

  it('answers with the token, as a header or in the query', async () => {
    expect((await api(auth)).status).toBe(200);
    expect((await client.send('POST', `/api/app:info?token=${TOKEN}`, '{}', json)).status).toBe(200);
  });
});

describe('Host and Origin', () => {
  it('refuses a foreign Host (DNS rebinding) on every path', async () => {
    for (const h of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `localhost.evil:${port}`,
      '127.0.0.1:1',
      `[::1]:${port}`,
      `127.0.0.2:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.1:${port}@evil`,
    ]) {
      for (const path of ['/', '/api/app:info']) {
        const res = await rawHttp(port, `GET ${path} HTTP/1.1\r\nHost: ${h}`);
        expect(res.status, `${h} ${path}`).toBe(403);
      }
    }
    expect((await rawHttp(port, 'GET / HTTP/1.0')).status, 'no Host at all').toBe(403);
  });

  it('accepts 127.0.0.1 and localhost on our port', async () => {
    for (const h of [host, `localhost:${port}`, `LOCALHOST:${port}`, '127.0.0.1'])
      expect((await rawHttp(port, `GET / HTTP/1.1\r\nHost: ${h}`)).status, h).toBe(200);
  });

  it('refuses API calls from another origin, even with the token', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${port + 1}`,
      `http://localhost.evil:${port}`,
      `https://127.0.0.1:${port}`,
      'file://',
    ]) {
      const res = await api({ ...auth, origin });
      expect(res.status, origin).toBe(403);
    }
    expect((await api({ ...auth, origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('takes API calls as JSON only, so a cross-site form or text/plain post cannot be simple', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', '']) {
      const res = await api({ authorization: `Bearer ${TOKEN}`, ...(type ? { 'content-type': type } : {}) });
      expect(res.status, type).toBe(415);
    }
    expect((await api({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});

describe('body size', () => {
  it('refuses a declared body over 1 MiB before reading it', async () => {
    const res = await rawHttp(
      port,
      `POST /api/app:info HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}`,
    );
    expect(res.status).toBe(413);
  });

  it('refuses a chunked body that grows past 1 MiB, and closes the connection', async () => {
    // The host answers 413 and closes without reading the rest. A client still writing may see the
    // reset before it reads the 413; either way the body was refused.
    const answer = await new Promise<string>((resolve) => {
      let answered = false;
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/notes:save', headers: auth }, (res) => {
        answered = true;
        res.resume();
        res.on('end', () => resolve(`${res.statusCode} ${res.headers.connection}`));
      });
      req.on('error', () => !answered && resolve('reset'));
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length * 4) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(['413 close', 'reset']).toContain(answer);
  });

  it('still reads a body of exactly 1 MiB (and refuses its content as input, not its size)', async () => {
    const filler = 'a'.repeat(MAX_BODY_BYTES - '{"x":""}'.length);
    const res = await api(auth, 'app:info', `{"x":"${filler}"}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(res.text.length).toBeLessThan(4096);
  });

  it('survives JSON nested half a million levels deep', async () => {
    const depth = (MAX_BODY_BYTES - 16) / 2;
    const res = await api(auth, 'app:info', '['.repeat(depth) + ']'.repeat(depth));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('paths', () => {
  const TRAVERSAL = [
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%c0%afsecret.txt',
    '/..%u2216secret.txt',
    '/../renderer-evil.txt',
    '/%2e%2e/renderer-evil.txt',
    '//etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.txt',
    '/secret.txt%00',
    '/%00',
    '/link.txt',
    'http://127.0.0.1/../secret.txt',
    '*',
    '/%',
    '/%E0%A4%A',
  ];

  it.each(TRAVERSAL)('never serves a file outside the renderer folder: %s', async (path) => {
    const res = await rawHttp(port, `GET ${path} HTTP/1.1\r\nHost: ${host}`);
    expect(res.text).not.toContain('SECRET');
    expect([400, 403, 404]).toContain(res.status);
  });

  it('serves the renderer itself, with its security headers', async () => {
    const res = await client.send('GET', '/assets/app.js', undefined, { host });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('hands out exports by id only, never a path', async () => {
    for (const path of [
      '/exports/..%2flibrary.json',
      '/exports/../library.json',
      '/exports/%2e%2e%2fsessions',
      '/exports/..%5clibrary.json',
      '/exports/.hidden.json',
      '/exports/a%00.pdf',
    ]) {
      const res = await rawHttp(port, `GET ${path}?token=${TOKEN} HTTP/1.1\r\nHost: ${host}`);
      expect([400, 404], path).toContain(res.status);
      expect(res.text, path).not.toContain('schemaVersion');
    }
  });
});

it('keeps answering after all of the above', async () => {
  expect((await api(auth)).status).toBe(200);
});
