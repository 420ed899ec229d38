// Bad payloads for one channel: start from a valid-ish example built from the channel's schema,
// break it in one place, and keep only what is bad by construction.
import type { z } from 'zod';
import { createRng, type Rng } from './prng';
import { inputJsonSchema, Shape, typeOf, type JsonSchema, type JsonType, type Key, type ObjectSite, type Site } from './schema-shape';
import { rejectedByAll } from './leaf-check';
import {
  EXTRA_KEYS,
  IPC_ONLY_VALUES,
  ODD_STRINGS,
  PROTO_KEYS,
  RawJson,
  TRAVERSAL,
  WRONG_TYPE_SAMPLES,
  encodeBody,
  nested,
  nestedRaw,
} from './bad-values';

export type Transport = 'ipc' | 'http';

export const CATEGORIES = ['wrong-type', 'missing', 'extra', 'proto-key', 'huge', 'traversal', 'nan', 'deep', 'range', 'root'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BadPayload {
  category: Category;
  /** Where the payload was broken, as a JSON path. */
  where: string;
  /** What IPC sends (after structured clone in the test's fake ipcMain). */
  value: unknown;
  /** What HTTP sends: JSON text, with NaN and Infinity spelled as HTTP JSON allows (see ../README.md). */
  body: string;
}

/** Just under the host's 1 MiB cap: over it the host answers 413, which the web-host tests cover. */
export const MAX_HTTP_BODY = 1024 * 1024 - 4096;

type Maker = (g: Generator) => { at: Key[]; value: unknown; proto?: [string, unknown] } | null;

interface Generator {
  rng: Rng;
  transport: Transport;
  shape: Shape;
  example: unknown;
}

const pathText = (path: readonly Key[]) =>
  '$' +
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k.slice(0, 40))}]`))
    .join('');

function pickSite(g: Generator, ok: (s: Site) => boolean): Site | null {
  const sites = g.shape.sites.filter(ok);
  return sites.length ? g.rng.pick(sites) : null;
}

function pickObject(g: Generator, ok: (s: ObjectSite) => boolean): ObjectSite | null {
  const sites = g.shape.objectSites.filter(ok);
  return sites.length ? g.rng.pick(sites) : null;
}

const strict = (s: JsonSchema) => s.additionalProperties === false;
const stringBranches = (s: Site) => s.branches.filter((b) => typeOf(b) === 'string');
const acceptsAnything = (s: Site) => s.branches.some((b) => typeOf(b) === 'any');

function pickBad<T>(g: Generator, site: Site, candidates: readonly T[]): T | null {
  const bad = candidates.filter((v) => rejectedByAll(site.branches, v));
  return bad.length ? g.rng.pick(bad) : null;
}

const makers: Record<Category, Maker> = {
  'wrong-type'(g) {
    const site = pickSite(g, (s) => s.path.length > 0 && !acceptsAnything(s));
    if (!site) return null;
    const wrong = (Object.keys(WRONG_TYPE_SAMPLES) as JsonType[])
      .filter((t) => !site.accepts.has(t))
      .flatMap((t): unknown[] => [...WRONG_TYPE_SAMPLES[t]]);
    // Date, Map and friends count as objects to a schema, so they are wrong only where no object fits.
    if (g.transport === 'ipc' && !site.accepts.has('object')) wrong.push(...IPC_ONLY_VALUES());
    return wrong.length ? { at: site.path, value: structuredClone(g.rng.pick(wrong)) } : null;
  },
  missing(g) {
    const site = pickObject(g, (s) => (s.schema.required?.length ?? 0) > 0);
    if (!site) return null;
    return { at: [...site.path, g.rng.pick(site.schema.required!)], value: DELETE };
  },
  extra(g) {
    const site = pickObject(g, (s) => strict(s.schema));
    if (!site) return null;
    const key = g.rng.pick(EXTRA_KEYS.filter((k) => !Object.hasOwn(site.schema.properties ?? {}, k)));
    return { at: [...site.path, key], value: poolValue(g) };
  },
  'proto-key'(g) {
    const site = pickObject(g, (s) => strict(s.schema));
    if (!site) return null;
    return { at: site.path, value: KEEP, proto: g.rng.pick(PROTO_KEYS) };
  },
  huge(g) {
    const site = pickSite(g, (s) => stringBranches(s).length > 0 || s.branches.some((b) => typeOf(b) === 'array'));
    if (!site) return null;
    const strings = stringBranches(site);
    if (strings.length && (g.rng.chance(0.8) || !site.branches.some((b) => typeOf(b) === 'array'))) {
      const length = hugeLength(g, strings);
      return { at: site.path, value: g.rng.pick(['a', 'é', '-', '𝕏']).repeat(length) };
    }
    const array = site.branches.find((b) => typeOf(b) === 'array')!;
    const count = array.maxItems !== undefined ? array.maxItems + 1 : 100_000;
    const current = valueAt(g.example, site.path);
    const item = Array.isArray(current) && current.length ? current[0] : 0;
    return { at: site.path, value: Array.from({ length: count }, () => structuredClone(item)) };
  },
  traversal(g) {
    const site = pickSite(g, (s) => stringBranches(s).length > 0 && !s.freeText && !acceptsAnything(s));
    if (!site) return null;
    const value = pickBad(g, site, TRAVERSAL);
    return value === null ? null : { at: site.path, value };
  },
  nan(g) {
    const numeric = g.shape.sites.filter((s) => s.accepts.has('number') && !acceptsAnything(s));
    const site = numeric.length && g.rng.chance(0.7) ? g.rng.pick(numeric) : pickSite(g, (s) => !acceptsAnything(s));
    if (!site) return null;
    if (g.transport === 'ipc') return { at: site.path, value: g.rng.pick([NaN, Infinity, -Infinity]) };
    // HTTP JSON has no NaN: 1e999 parses to Infinity; otherwise the spellings a client might send.
    const options: unknown[] = [new RawJson('1e999'), new RawJson('-1e999')];
    for (const text of ['NaN', 'Infinity', '-Infinity']) if (rejectedByAll(site.branches, text)) options.push(text);
    if (rejectedByAll(site.branches, null)) options.push(null);
    return { at: site.path, value: g.rng.pick(options) };
  },
  deep(g) {
    const site = pickSite(g, (s) => !acceptsAnything(s));
    if (!site) return null;
    const kinds = (['array', 'object'] as const).filter((k) => !site.accepts.has(k));
    if (!kinds.length) return null;
    const kind = g.rng.pick(kinds);
    // Structured clone (IPC) stops near 4,000 levels; JSON.parse (HTTP) takes far more.
    const depth =
      g.transport === 'ipc' ? g.rng.pick([64, 500, 1000]) : g.rng.pick(kind === 'array' ? [64, 1000, 10_000] : [64, 1000, 5000]);
    return { at: site.path, value: g.transport === 'ipc' ? nested(depth, kind) : nestedRaw(depth, kind) };
  },
  range(g) {
    const site = pickSite(g, (s) => s.path.length > 0 && !acceptsAnything(s) && !s.freeText);
    if (!site) return null;
    const candidates: unknown[] = [...ODD_STRINGS];
    for (const b of site.branches) {
      if (typeOf(b) === 'number') {
        const lo = b.minimum ?? b.exclusiveMinimum;
        const hi = b.maximum ?? b.exclusiveMaximum;
        if (lo !== undefined) candidates.push(lo - 1, lo - 0.5);
        if (hi !== undefined) candidates.push(hi + 1, hi + 0.5);
        candidates.push(0.5, 2 ** 53, -(2 ** 53), 1e308, -1e308);
      }
      if (b.enum)
        candidates.push(...b.enum.filter((e) => typeof e === 'string').flatMap((e) => [e.toUpperCase(), `${e} `, ` ${e}`]), 'not-a-value');
      if ('const' in b && typeof b.const === 'string') candidates.push(b.const.toUpperCase(), `${b.const}\n`, 'not-a-value');
      if (typeOf(b) === 'string' && b.minLength) candidates.push('x'.repeat(b.minLength - 1));
    }
    const array = site.branches.find((b) => typeOf(b) === 'array' && (b.minItems ?? 0) > 0);
    if (array && site.branches.length === 1) return { at: site.path, value: [] };
    const value = pickBad(g, site, candidates);
    return value === null ? null : { at: site.path, value };
  },
  root(g) {
    const rootSite = g.shape.sites[0];
    const options: unknown[] = [null, [], 'x', 0, true, [g.example], '{}'].filter((v) => !rootSite.accepts.has(jsonType(v)));
    // Only IPC can send nothing at all, NaN or a BigInt; over HTTP an empty body means {}.
    if (g.transport === 'ipc') options.push(undefined, NaN, 10n);
    return options.length ? { at: [], value: g.rng.pick(options) } : null;
  },
};

/** Just over the longest allowed length; a pattern bounds ids already, so a few KB shows it; free text gets 300 KB. */
function hugeLength(g: Generator, strings: JsonSchema[]): number {
  if (strings.every((b) => b.maxLength !== undefined)) return Math.max(...strings.map((b) => b.maxLength!)) + 1 + g.rng.int(64);
  if (strings.every((b) => b.pattern || b.enum || 'const' in b)) return g.rng.pick([1_000, 10_000, 100_000]);
  return g.transport === 'ipc' && g.rng.chance(0.1) ? 2_000_000 : 300_000;
}

const DELETE = Symbol('delete');
const KEEP = Symbol('keep');

function jsonType(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as JsonType;
}

function poolValue(g: Generator): unknown {
  const ipc = g.transport === 'ipc';
  return g.rng.pick<() => unknown>([
    () => 'x',
    () => 0,
    () => null,
    () => true,
    () => ({}),
    () => [],
    () => 'a'.repeat(20_000),
    () => '../../library.json',
    () => (ipc ? NaN : new RawJson('1e999')),
    () => (ipc ? -Infinity : new RawJson('-1e999')),
    () => (ipc ? nested(1000, 'array') : nestedRaw(2000, 'array')),
    () => (ipc ? nested(1000, 'object') : nestedRaw(2000, 'object')),
  ])();
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<Key, unknown>)?.[k], root);
}

/** The example with one place changed; own `__proto__` keys are defined, never assigned. */
function apply(example: unknown, change: { at: Key[]; value: unknown; proto?: [string, unknown] }): unknown {
  if (change.at.length === 0 && !change.proto) return change.value;
  const root = structuredClone(example);
  const parentPath = change.proto ? change.at : change.at.slice(0, -1);
  const parent = valueAt(root, parentPath) as Record<Key, unknown>;
  if (change.proto) {
    Object.defineProperty(parent, change.proto[0], { value: change.proto[1], enumerable: true, writable: true, configurable: true });
    return root;
  }
  const key = change.at[change.at.length - 1];
  if (change.value === DELETE) delete parent[key];
  else Object.defineProperty(parent, key, { value: change.value, enumerable: true, writable: true, configurable: true });
  return root;
}

export interface Generated {
  payloads: BadPayload[];
  /** Categories this channel's schema gives no place for (e.g. no fields to drop from `{}`). */
  notApplicable: Category[];
}

/**
 * `count` bad payloads for a channel and transport, the same ones for the same seed.
 * `samples` are real ids (a session, a workshop) so the example refers to things that exist.
 */
export function generateBadPayloads(
  schema: z.ZodType,
  transport: Transport,
  count: number,
  seed: number,
  samples: readonly string[] = [],
): Generated {
  const rng = createRng(seed);
  const shape = new Shape(inputJsonSchema(schema), samples);
  const example = shape.example(shape.root, rng);
  const g: Generator = { rng, transport, shape, example };
  const payloads: BadPayload[] = [];
  const failedTries = new Map<Category, number>();
  // Huge strings cost the most to send; twenty per channel show a bound holds.
  let huge = 0;
  for (let i = 0; payloads.length < count && i < count * 20; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    if ((failedTries.get(category) ?? 0) > 50 || (category === 'huge' && huge >= 20)) continue;
    const change = makers[category](g);
    if (!change) {
      failedTries.set(category, (failedTries.get(category) ?? 0) + 1);
      continue;
    }
    const value = apply(example, change);
    const body = transport === 'http' ? encodeBody(value) : '';
    if (Buffer.byteLength(body) > MAX_HTTP_BODY) continue;
    if (category === 'huge') huge++;
    payloads.push({ category, where: pathText(change.at), value: transport === 'ipc' ? value : undefined, body });
  }
  const seen = new Set(payloads.map((p) => p.category));
  return { payloads, notApplicable: CATEGORIES.filter((c) => !seen.has(c)) };
}
