import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { nodeFs, type StoreFs } from './file-system';
import { errnoOf } from '../errors';
import { CorruptFileError, NewerFileError } from './store-errors';
import { problemsOf } from '../../core/validation';
import { migrate, type MigrationRegistry } from '../../core/session/migrations/migrate';
import type { Problem } from '../../core/result';

export { CorruptFileError, NewerFileError };

export type Parsed<T> = { ok: true; value: T; from: number } | { ok: false; newer: boolean; problems: Problem[] };

/** JSON text -> migrated -> validated. Shared by the store and by backup restore. */
export function parseDocument<T>(text: string, schema: z.ZodType<T>, migrations: MigrationRegistry | null): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, newer: false, problems: [{ path: '$', message: `not valid JSON (${(err as Error).message})` }] };
  }
  return checkDocument(data, schema, migrations);
}

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

/** A lowdb adapter that migrates and validates what it reads, and writes crash-safely. */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly migrations: MigrationRegistry | null = null,
    private readonly fs: StoreFs = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await this.fs.readFile(this.path, 'utf8');
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') return null;
      throw err;
    }
    const parsed = parseDocument(raw, this.schema, this.migrations);
    if (parsed.ok) return parsed.value;
    if (parsed.newer) throw new NewerFileError(this.path, parsed.problems[0].message);
    throw new CorruptFileError(this.path, parsed.problems);
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.path, JSON.stringify(data), this.fs);
  }
}
