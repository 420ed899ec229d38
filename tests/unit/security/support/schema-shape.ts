// Reads a channel's input schema as JSON Schema (zod's own export) and builds a valid-ish example
// plus the list of places ("sites") in it that the fuzzer can break.
import { z } from 'zod';
import type { Rng } from './prng';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
export const JSON_TYPES: readonly JsonType[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

export type Key = string | number;

/** One value position in the example, with what the schema allows there. */
export interface Site {
  path: Key[];
  /** JSON types accepted here, over every branch of a union. */
  accepts: Set<JsonType>;
  /** The branches that describe this position (one unless it is a union). */
  branches: JsonSchema[];
  /** Accepts strings with no pattern, enum or const: "NaN" or "../x" would be fine text here. */
  freeText: boolean;
}

export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A position whose example value is a plain object: fields can be dropped or added there. */
export interface ObjectSite {
  path: Key[];
  schema: JsonSchema;
}

export class Shape {
  readonly sites: Site[] = [];
  readonly objectSites: ObjectSite[] = [];

  constructor(
    readonly root: JsonSchema,
    private readonly samples: readonly string[],
  ) {}

  private resolve(s: JsonSchema): JsonSchema {
    if (!s.$ref) return s;
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    const target = this.root.$defs?.[name];
    if (!target) throw new Error(`cannot resolve ${s.$ref}`);
    return this.resolve(target);
  }

  /** Leaf branches of a node: unions flattened, refs resolved. */
  branchesOf(s: JsonSchema): JsonSchema[] {
    const r = this.resolve(s);
    const union = r.anyOf ?? r.oneOf;
    if (union) return union.flatMap((b) => this.branchesOf(b));
    if (r.allOf?.length) return this.branchesOf(r.allOf[0]);
    return [r];
  }

  /** A valid-ish value for `s`, recording a site for every position on the way. */
  example(s: JsonSchema, rng: Rng, path: Key[] = []): unknown {
    const branches = this.branchesOf(s);
    this.sites.push(siteOf(path, branches));
    const b = rng.pick(branches);
    if ('const' in b) return b.const;
    if (b.enum) return rng.pick(b.enum);
    switch (typeOf(b)) {
      case 'object': {
        this.objectSites.push({ path, schema: b });
        const out: Record<string, unknown> = {};
        for (const [key, prop] of Object.entries(b.properties ?? {})) out[key] = this.example(prop, rng, [...path, key]);
        const extra = typeof b.additionalProperties === 'object' ? b.additionalProperties : null;
        if (extra && Object.keys(out).length === 0) {
          const key = this.sampleString(b.propertyNames ?? { type: 'string' });
          out[key] = this.example(extra, rng, [...path, key]);
        }
        return out;
      }
      case 'array': {
        const n = Math.max(1, b.minItems ?? 0);
        return Array.from({ length: Math.min(n, b.maxItems ?? n) }, (_, i) => this.example(b.items ?? {}, rng, [...path, i]));
      }
      case 'string':
        return this.sampleString(b);
      case 'number':
        return inRange(b, typeOfRaw(b) === 'integer');
      case 'boolean':
        return true;
      default:
        return null;
    }
  }

  /** A string that passes the pattern when one of the known ids or stock samples does. */
  sampleString(b: JsonSchema): string {
    const min = b.minLength ?? 0;
    const max = b.maxLength ?? Infinity;
    const fits = (v: string) => v.length >= min && v.length <= max && (!b.pattern || new RegExp(b.pattern).test(v));
    if (b.format === 'date-time') return '2024-05-01T09:30:00.000Z';
    return [...this.samples, 'text', 'abc', 'a', 's-abcd-1234', 'c-abcd-1234'].find(fits) ?? 'a'.repeat(Math.max(1, min));
  }
}

function siteOf(path: Key[], branches: JsonSchema[]): Site {
  const accepts = new Set<JsonType>();
  let freeText = false;
  for (const b of branches) {
    const t = typeOf(b);
    if (t === 'any') JSON_TYPES.forEach((x) => accepts.add(x));
    else accepts.add(t);
    if ((t === 'string' || t === 'any') && !b.pattern && !b.enum && !('const' in b) && !b.format) freeText = true;
  }
  return { path, accepts, branches, freeText };
}

function typeOfRaw(b: JsonSchema): string | undefined {
  if (Array.isArray(b.type)) return b.type.find((t) => t !== 'null') ?? 'null';
  if (b.type) return b.type;
  if ('const' in b) return b.const === null ? 'null' : Array.isArray(b.const) ? 'array' : typeof b.const;
  if (b.enum) return typeof b.enum[0];
  if (b.properties) return 'object';
  return undefined;
}

export function typeOf(b: JsonSchema): JsonType | 'any' {
  const t = typeOfRaw(b);
  if (t === 'integer') return 'number';
  return (JSON_TYPES as readonly string[]).includes(t ?? '') ? (t as JsonType) : 'any';
}

function inRange(b: JsonSchema, integer: boolean): number {
  const lo = b.minimum ?? (b.exclusiveMinimum !== undefined ? b.exclusiveMinimum + 1 : -Infinity);
  const hi = b.maximum ?? (b.exclusiveMaximum !== undefined ? b.exclusiveMaximum - 1 : Infinity);
  const v = Math.min(Math.max(1, lo), hi);
  return integer ? Math.ceil(v) : v;
}
