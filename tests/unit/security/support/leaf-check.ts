// Whether a scalar would pass one branch of a site, so a mutation is known to be bad before it is sent.
import { typeOf, type JsonSchema } from './schema-shape';

export function scalarAccepted(b: JsonSchema, v: unknown): boolean {
  if ('const' in b) return Object.is(b.const, v);
  if (b.enum) return b.enum.some((e) => Object.is(e, v));
  const t = typeOf(b);
  if (t === 'any') return true;
  if (typeof v === 'string') {
    if (t !== 'string') return false;
    if (b.minLength !== undefined && v.length < b.minLength) return false;
    if (b.maxLength !== undefined && v.length > b.maxLength) return false;
    return !b.pattern || new RegExp(b.pattern).test(v);
  }
  if (typeof v === 'number') {
    if (t !== 'number' || !Number.isFinite(v)) return false;
    const integer = b.type === 'integer' || (Array.isArray(b.type) && b.type.includes('integer'));
    if (integer && !Number.isSafeInteger(v)) return false;
    if (b.minimum !== undefined && v < b.minimum) return false;
    if (b.maximum !== undefined && v > b.maximum) return false;
    if (b.exclusiveMinimum !== undefined && v <= b.exclusiveMinimum) return false;
    return b.exclusiveMaximum === undefined || v < b.exclusiveMaximum;
  }
  if (typeof v === 'boolean') return t === 'boolean';
  if (v === null) return t === 'null';
  return false;
}

/** True when no branch of the site takes the value: it is a bad value by construction. */
export const rejectedByAll = (branches: readonly JsonSchema[], v: unknown): boolean => !branches.some((b) => scalarAccepted(b, v));
