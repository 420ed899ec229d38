// Contract fuzzing through the browser host: POST /api/<channel> over keep-alive sockets.
// HTTP JSON cannot carry NaN, so NaN/Infinity go as 1e999 (which JSON.parse reads as Infinity), as the
// strings "NaN"/"Infinity" and as null; IPC sends the real values (contract-fuzz-ipc.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, fuzzChannel, notAValidationError, PAYLOADS_PER_CHANNEL } from './support/fuzz-driver';
import { httpClient, type HttpClient } from './support/http-client';
import { openWebFixture, TOKEN, type WebFixture } from './support/web-fixture';

let web: WebFixture;
let client: HttpClient;

beforeAll(async () => {
  web = await openWebFixture();
  client = httpClient(web.host.port, { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
});
afterAll(async () => {
  client.close();
  await web.close();
});

const post = (channel: string, body: string) => client.send('POST', `/api/${encodeURIComponent(channel)}`, body);

describe('every channel over HTTP refuses bad payloads and leaves the data folder untouched', () => {
  it.each(channelNames)('%s', async (name) => {
    const report = await fuzzChannel(
      web.app,
      name,
      'http',
      async (p) => {
        const answer = await post(name, p.body);
        if (answer.status !== 200) return `status ${answer.status}`;
        return notAValidationError(JSON.parse(answer.text), answer.text.length);
      },
      8,
    );
    expect(report.sent).toBeGreaterThanOrEqual(PAYLOADS_PER_CHANNEL);
    expect(report.failures).toEqual([]);
    expect(report.storeChanged).toEqual([]);
    expect(report.pollution).toEqual([]);
  });
});

it('answers a body that is not JSON (NaN, Infinity, comments, truncation) with a validation error', async () => {
  for (const body of [
    '{"sessionId": NaN}',
    '{"a": Infinity}',
    'NaN',
    '{',
    '{"a":1,}',
    "{'a':1}",
    '/* */{}',
    '\ufeff{}',
    'undefined',
    '{"a":"\\x41"}',
  ]) {
    const answer = await post('sessions:get', body);
    expect(answer.status, body).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  }
});

it('still answers a good request on the same keep-alive sockets, so the rejections above are real', async () => {
  const answer = await post('sessions:get', JSON.stringify({ sessionId: web.app.samples[0] }));
  expect(JSON.parse(answer.text)).toMatchObject({ ok: true, value: { id: web.app.samples[0] } });
});

it('refuses channel names that are prototype keys, malformed or not channels at all', async () => {
  for (const path of [
    '/api/__proto__',
    '/api/constructor',
    '/api/toString',
    '/api/%5f%5fproto%5f%5f',
    '/api/',
    '/api/app%3Ainfo%20',
    '/api/%E0%A4%A',
    '/api/%',
  ]) {
    const answer = await client.send('POST', path, '{}');
    expect(answer.status, path).toBeLessThan(500);
    expect(JSON.parse(answer.text).ok, path).toBe(false);
  }
});
