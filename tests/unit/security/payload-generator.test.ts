// The fuzzer's own checks: enough payloads per channel, every attack that fits, the same payloads for
// the same seed. Whether each one is refused is for the host tests (contract-fuzz-*.test.ts), which
// also say, for a payload that got through, whether the schema or the host let it.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channels } from '../../../src-main/contract';
import { CATEGORIES, generateBadPayloads, type Transport } from './support/payloads';
import { FUZZ_SEED, seedFor } from './support/prng';
import { inputJsonSchema, type JsonSchema } from './support/schema-shape';
import { PAYLOADS_PER_CHANNEL } from './support/fuzz-driver';

const names = Object.keys(channels) as (keyof typeof channels)[];
const schemaOf = (name: keyof typeof channels) => channels[name].input as z.ZodType;

describe.each(['ipc', 'http'] as Transport[])('bad payloads over %s', (transport) => {
  it.each(names)('%s: at least 500, with the attacks that need no fields', (name) => {
    const { payloads, notApplicable } = generateBadPayloads(schemaOf(name), transport, PAYLOADS_PER_CHANNEL, seedFor(name, FUZZ_SEED));
    expect(payloads.length).toBeGreaterThanOrEqual(PAYLOADS_PER_CHANNEL);
    // Every channel, even one that takes `{}`, gets these.
    for (const c of ['root', 'extra', 'proto-key', 'deep', 'nan'] as const) expect(notApplicable).not.toContain(c);
    if (transport === 'http') for (const p of payloads) expect(Buffer.byteLength(p.body)).toBeLessThan(1024 * 1024);
  });
});

it('is deterministic for a seed, and another seed gives other payloads', () => {
  const schema = schemaOf('notes:save');
  const run = (seed: number) =>
    generateBadPayloads(schema, 'http', 200, seed).payloads.map((p) => `${p.category} ${p.where} ${p.body.length}`);
  expect(run(7)).toEqual(run(7));
  expect(run(8)).not.toEqual(run(7));
});

it('covers every category on a channel with ids, text and numbers, and each payload is bad by its schema', () => {
  const schema = schemaOf('sessions:start');
  const { notApplicable, payloads } = generateBadPayloads(schema, 'ipc', PAYLOADS_PER_CHANNEL, 1);
  expect(notApplicable).toEqual([]);
  expect(new Set(payloads.map((p) => p.category))).toEqual(new Set(CATEGORIES));
  expect(payloads.filter((p) => schema.safeParse(structuredClone(p.value)).success).map((p) => `${p.category} at ${p.where}`)).toEqual([]);
});

/** The contract's convention, and what makes "extra field" and `__proto__` payloads bad: every object is strict. */
it('every object in every channel input refuses unknown keys', () => {
  const loose: string[] = [];
  const visit = (s: JsonSchema, where: string): void => {
    if (s.type === 'object' && s.additionalProperties !== false && typeof s.additionalProperties !== 'object') loose.push(where);
    for (const [k, p] of Object.entries(s.properties ?? {})) visit(p, `${where}.${k}`);
    for (const b of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) visit(b, where);
    if (s.items) visit(s.items, `${where}[]`);
    if (typeof s.additionalProperties === 'object') visit(s.additionalProperties, `${where}[*]`);
  };
  for (const name of names) visit(inputJsonSchema(schemaOf(name)), name);
  expect(loose).toEqual([]);
});
