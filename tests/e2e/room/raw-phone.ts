import { expect } from '@playwright/test';
import WebSocket from 'ws';
import type { RoomStatus } from '../../../src-main/contract/room';

/** A phone over a raw WebSocket (with a page's key when given): sends one call after joining. */
export async function rawCall(status: RoomStatus, phoneKey: string | null, channel: string, input: object): Promise<unknown> {
  const ws = new WebSocket(`${status.address!.replace('http', 'ws')}/ws`, { headers: { origin: status.address! } });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  const replies = new Map<number, unknown>();
  ws.on('message', (d) => {
    const m = JSON.parse(String(d));
    if ('reply' in m) replies.set(m.reply, m.result);
  });
  const send = async (id: number, channel: string, input: object) => {
    ws.send(JSON.stringify({ id, channel, input }));
    await expect.poll(() => replies.has(id)).toBe(true);
    return replies.get(id);
  };
  await send(1, 'phone:hello', { token: new URL(status.joinUrl!).searchParams.get('t'), ...(phoneKey ? { phone: phoneKey } : {}) });
  const result = await send(2, channel, input);
  ws.close();
  return result;
}
