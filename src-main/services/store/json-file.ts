import type { z } from 'zod';
import type { StoreFs } from './file-system';
import { DurableFile } from './durable-file';
import { CorruptFileError, NewerFileError } from './store-errors';
import { problemsOf } from '../../core/validation';
import { migrate, type MigrationRegistry } from '../../core/migrations/migrate';
import type { Problem } from '../../core/result';

export { CorruptFileError, NewerFileError };

export type Parsed<T> = { ok: true; value: T; from: number } | { ok: false; newer: boolean; problems: Problem[] };

/** JSON text -> migrated -> validated. */
export function parseDocument<T>(text: string, schema: z.ZodType<T>, migrations: MigrationRegistry | null): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, newer: false, problems: [{ path: '$', message: `not valid JSON (${(err as Error).message})` }] };
  }
  return checkDocument(data, schema, migrations);
}

/** Data -> migrated -> validated. Shared by the store and by backup restore. */
export function checkDocument<T>(data: unknown, schema: z.ZodType<T>, migrations: MigrationRegistry | null): Parsed<T> {
  let from = 0;
  if (migrations) {
    const migrated = migrate(data, migrations);
    if (!migrated.ok) return { ok: false, newer: migrated.newer, problems: [{ path: '$.schemaVersion', message: migrated.message }] };
    data = migrated.doc;
    from = migrated.from;
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data, from } : { ok: false, newer: false, problems: problemsOf(parsed.error) };
}

/**
 * A document file of the data folder: migrated and validated as it is read, written crash-safely.
 * Reading throws CorruptFileError (moved aside by the caller) or NewerFileError (left alone).
 */
export const documentFile = <T>(path: string, schema: z.ZodType<T>, migrations: MigrationRegistry, fs: StoreFs): DurableFile<T> =>
  new DurableFile<T>(path, {
    fs,
    parse(text) {
      const parsed = parseDocument(text, schema, migrations);
      if (parsed.ok) return parsed.value;
      if (parsed.newer) throw new NewerFileError(path, parsed.problems[0].message);
      throw new CorruptFileError(path, parsed.problems);
    },
  });
