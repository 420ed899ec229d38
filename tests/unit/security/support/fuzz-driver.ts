// Sends a channel's bad payloads through one transport and checks each answer and the data folder.
import type { z } from 'zod';
import { channels } from '../../../../src-main/contract';
import { generateBadPayloads, type BadPayload, type Transport } from './payloads';
import { FUZZ_SEED, seedFor } from './prng';
import { prototypePollution, snapshotTree, type AppFixture } from './app-fixture';

// At least 500 per channel and transport; FUZZ_PAYLOADS may ask for more, never fewer.
export const PAYLOADS_PER_CHANNEL = Math.max(500, Number(process.env.FUZZ_PAYLOADS ?? 500));
export const channelNames = Object.keys(channels) as (keyof typeof channels)[];

/** The largest answer to a bad payload: errors quote keys and paths, but never the whole payload. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Why an answer is not a validation error, or null when it is one. */
export function notAValidationError(answer: unknown, bytes: number): string | null {
  const a = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (!a || a.ok !== false) return `accepted: ${JSON.stringify(answer)?.slice(0, 200)}`;
  if (a.error?.code !== 'invalid-input') return `code ${String(a.error?.code)}: ${String(a.error?.message).slice(0, 200)}`;
  if (typeof a.error.message !== 'string' || a.error.message === '') return 'no message';
  if (bytes > MAX_ANSWER_BYTES) return `answer of ${bytes} bytes echoes the payload`;
  return null;
}

/** For a payload that got through: did the channel's schema accept it, or did the host skip the schema? */
function blame(schema: z.ZodType, transport: Transport, p: BadPayload): string {
  const seen = transport === 'ipc' ? structuredClone(p.value) : JSON.parse(p.body);
  return schema.safeParse(seen).success
    ? 'the schema accepts it: tighten the schema, or the generator made a good payload'
    : 'the schema refuses it: the host did not apply it';
}

export interface FuzzReport {
  sent: number;
  failures: string[];
  storeChanged: string[];
  pollution: string[];
  ms: number;
}

/**
 * Every bad payload for `name` through `send`, `concurrency` at a time. `send` resolves to why the
 * answer was wrong, or null. The data folder is hashed before and after.
 */
export async function fuzzChannel(
  fixture: AppFixture,
  name: keyof typeof channels,
  transport: Transport,
  send: (p: BadPayload) => Promise<string | null>,
  concurrency = 1,
): Promise<FuzzReport> {
  const schema = channels[name].input as z.ZodType;
  const { payloads } = generateBadPayloads(schema, transport, PAYLOADS_PER_CHANNEL, seedFor(name, FUZZ_SEED), fixture.samples);
  const before = await snapshotTree(fixture.dataDir);
  const failures: string[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < payloads.length) {
      const p = payloads[next++];
      const why = await send(p).catch((err: Error) => `threw ${err.message}`);
      if (why) failures.push(`${p.category} at ${p.where}: ${why} (${blame(schema, transport, p)})`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  await fixture.ctx.store.flush();
  const after = await snapshotTree(fixture.dataDir);
  const storeChanged = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]);
  return { sent: payloads.length, failures: failures.slice(0, 20), storeChanged, pollution: prototypePollution(), ms };
}
