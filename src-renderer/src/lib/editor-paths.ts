import type { FieldPath } from '../../../src-main/contract';

/**
 * A field's JSON path as the host writes it in problems (`$.activities[2].title`), so the editor
 * can show each problem beside its field. Editor paths hold only plain words and indexes.
 */
export const pathKey = (path: readonly (string | number)[]): string =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${p}`), '$');

/** True when `key` is `prefix` or lies inside it. */
export const isUnder = (key: string, prefix: string): boolean =>
  key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);

/**
 * A copy of `root` with one value set (null removes it), sharing everything else. The editor
 * shows typing at once with this, while the host applies the same edit and has the last word.
 */
export function setAt<T>(root: T, path: FieldPath, value: string | number | boolean | null): T {
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  if (rest.length === 0) {
    if (value === null) delete copy[head];
    else copy[head] = value;
  } else {
    copy[head] = setAt(copy[head], rest, value);
  }
  return copy as T;
}

/** Where a dragged row lands: the index to move it to, dropped before or after row `target`. */
export function dropIndex(from: number, target: number, after: boolean): number {
  const at = after ? target + 1 : target;
  return at > from ? at - 1 : at;
}
