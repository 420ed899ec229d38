import type { Role } from '../contract/roles';

/**
 * The role of each of our windows, keyed by its web contents: the console is the facilitator, the
 * audience window the projector. IPC from contents with no role here is refused.
 */
const roles = new WeakMap<object, Role>();

export function assignRole(contents: object, role: Role): void {
  roles.set(contents, role);
}

export const roleOfSender = (contents: unknown): Role | undefined =>
  typeof contents === 'object' && contents !== null ? roles.get(contents) : undefined;
