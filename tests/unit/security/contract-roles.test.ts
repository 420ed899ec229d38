// Roles: each caller reaches only the channels of its role, whatever it sends. Per role, every channel
// outside it is sent its schema's example (a good-looking call) and a batch of bad payloads; every
// one is refused as `forbidden` before a handler runs, and the data folder stays byte-identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channels, type ChannelName, type Handlers } from '../../../src-main/contract';
import { channelRoles, channelsOf, ROLES, type Role } from '../../../src-main/contract/roles';
import { dispatch } from '../../../src-main/services/dispatch';
import { generateBadPayloads } from './support/payloads';
import { seedFor, FUZZ_SEED } from './support/prng';
import { snapshotTree } from './support/app-fixture';
import { httpClient, type HttpClient } from './support/http-client';
import { openWebFixture, PROJECTOR_TOKEN, type WebFixture } from './support/web-fixture';

const PER_CHANNEL = 40;
let web: WebFixture;
let projector: HttpClient;

beforeAll(async () => {
  web = await openWebFixture();
  projector = httpClient(web.host.port, { authorization: `Bearer ${PROJECTOR_TOKEN}`, 'content-type': 'application/json' });
});
afterAll(async () => {
  projector.close();
  await web.close();
});

const outside = (role: Role) => (Object.keys(channels) as ChannelName[]).filter((n) => !(channelsOf(role) as string[]).includes(n));
const payloadsFor = (name: ChannelName) =>
  generateBadPayloads(channels[name].input as z.ZodType, 'ipc', PER_CHANNEL, seedFor(`role-${name}`, FUZZ_SEED), web.app.samples).payloads;

it('every channel belongs to at least one role, and the projector’s are few and read the room view only', () => {
  for (const [name, roles] of Object.entries(channelRoles)) expect(roles.length, name).toBeGreaterThan(0);
  expect(channelsOf('projector').sort()).toEqual([
    'app:reference',
    'language:get',
    'projector:intent',
    'projector:join',
    'room:join-screen',
    'room:join-view',
    'room:questions-view',
  ]);
  expect(channelsOf('participant').sort()).toEqual(['phone:answer', 'phone:hello', 'phone:ping', 'phone:upvote', 'phone:write']);
});

describe.each(ROLES)('the %s role', (role) => {
  it('is refused every channel outside its role, good-looking or hostile, and nothing is written', async () => {
    const called: string[] = [];
    const spy = new Proxy({}, { get: (_t, name) => async () => void called.push(String(name)) }) as unknown as Handlers;
    const before = await snapshotTree(web.app.dataDir);
    let sent = 0;
    for (const name of outside(role))
      for (const p of payloadsFor(name)) {
        const answer = await dispatch(spy, name, p.value, role);
        expect(answer, `${name} ${p.category}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        sent++;
      }
    expect(sent).toBeGreaterThanOrEqual(outside(role).length * PER_CHANNEL);
    expect(called).toEqual([]);
    expect(await snapshotTree(web.app.dataDir)).toEqual(before);
  });
});

describe('the browser host gives the projector token the projector role and nothing more', () => {
  it('refuses the console’s channels with `forbidden`, whatever the body', async () => {
    const before = await snapshotTree(web.app.dataDir);
    for (const name of outside('projector'))
      for (const p of payloadsFor(name).slice(0, 10)) {
        const answer = await projector.send('POST', `/api/${encodeURIComponent(name)}`, p.body);
        expect(answer.status, name).toBe(200);
        expect(JSON.parse(answer.text), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    await web.app.ctx.store.flush();
    expect(await snapshotTree(web.app.dataDir)).toEqual(before);
  });

  it('answers the projector’s own channels, and refuses exports', async () => {
    const sessionId = web.app.samples[0];
    const joined = JSON.parse((await projector.send('POST', '/api/projector:join', JSON.stringify({ sessionId }))).text);
    expect(joined).toMatchObject({ ok: true });
    expect(JSON.stringify(joined)).not.toContain('"script"');
    expect((await projector.send('GET', '/exports/handout.pdf')).status).toBe(403);
  });

  it('hands the projector token to the console with the projector route, never the other way round', async () => {
    const sessionId = web.app.samples[0];
    const opened = JSON.parse((await projector.send('POST', '/api/projector:open', JSON.stringify({ sessionId }))).text);
    expect(opened).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const console = httpClient(web.host.port, { authorization: `Bearer ${web.token}`, 'content-type': 'application/json' });
    const fromConsole = JSON.parse((await console.send('POST', '/api/projector:open', JSON.stringify({ sessionId }))).text);
    console.close();
    expect(fromConsole.value).toEqual({ opened: false, url: `#/projector/${sessionId}`, projectorToken: PROJECTOR_TOKEN });
  });
});
