import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppContext } from '../../src-main/services/app-context';
import { createHandlers } from '../../src-main/services/handlers';
import { dispatch } from '../../src-main/services/dispatch';
const ctx = await openAppContext({ host: 'web', dataDir: mkdtempSync(join(tmpdir(), 'hubb-')), templatesDir: 'templates', version: '0' });
const h = createHandlers(ctx);
let bytes = 0;
ctx.events.add({ role: 'facilitator', send: (e, p) => void (bytes += JSON.stringify(p).length) });
ctx.events.add({ role: 'projector', send: (e, p) => void (bytes += JSON.stringify(p).length) });
const s = await h['sessions:start']({ workshopId: 'essentials' } as never);
const times: number[] = []; const emitT: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  let te = 0;
  const off = ctx.events.add({ role: 'facilitator', send: () => void (te = performance.now()) });
  await dispatch(h, 'live:intent', { sessionId: s.id, intent: { type: i % 40 < 20 ? 'next' : 'previous' } });
  off();
  times.push(performance.now() - t0); emitT.push(te - t0);
}
times.sort((a, b) => a - b); emitT.sort((a, b) => a - b);
console.log('full', times[100].toFixed(2), times[190].toFixed(2), 'to emit', emitT[100].toFixed(2), emitT[190].toFixed(2), 'bytes/step', bytes / 200);
process.exit(0);
