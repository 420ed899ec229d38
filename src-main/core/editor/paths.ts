import type { FieldPath } from './ops';

/** A change the editor refuses: it names what is wrong in words a facilitator can act on. */
export class EditRejected extends Error {}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Fields the editor manages itself: ids and kinds are generated, sections follow the agenda. */
const LOCKED = new Set(['id', 'kind', 'schemaVersion', 'sections']);

/**
 * The container that holds the last step of `path`, walking only through fields that exist
 * (never the prototype), so a path can reach no further than the workshop's own data.
 */
export function parentOf(root: unknown, path: FieldPath): { parent: Container; key: string | number } {
  let at: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (!isContainer(at) || !Object.hasOwn(at, step)) throw new EditRejected(`There is nothing at ${describe(path)}.`);
    at = (at as Record<string | number, unknown>)[step];
  }
  if (!isContainer(at)) throw new EditRejected(`There is nothing at ${describe(path)}.`);
  const key = path[path.length - 1];
  if (Array.isArray(at) !== (typeof key === 'number')) throw new EditRejected(`There is nothing at ${describe(path)}.`);
  return { parent: at, key };
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  const { parent, key } = parentOf(root, path);
  return Object.hasOwn(parent, key) ? (parent as Record<string | number, unknown>)[key] : undefined;
}

export function assertEditable(path: FieldPath): void {
  if (path.some((p) => typeof p === 'string' && LOCKED.has(p))) throw new EditRejected(`${describe(path)} is managed by the editor.`);
}

/** Set (or with null, remove) one text, number or switch, in place. */
export function setValue(root: unknown, path: FieldPath, value: string | number | boolean | null): void {
  assertEditable(path);
  const { parent, key } = parentOf(root, path);
  const record = parent as Record<string | number, unknown>;
  const exists = Object.hasOwn(parent, key);
  if (Array.isArray(parent) && !exists) throw new EditRejected(`There is no item ${key} at ${describe(path.slice(0, -1))}.`);
  if (value === null) {
    if (Array.isArray(parent)) throw new EditRejected('Remove list items with remove-item.');
    delete record[key];
    return;
  }
  if (exists && typeof record[key] !== typeof value)
    throw new EditRejected(`${describe(path)} takes ${typeof record[key]}, not ${typeof value}.`);
  record[key] = value;
}

export const describe = (path: readonly (string | number)[]): string =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${p}`), '$');
