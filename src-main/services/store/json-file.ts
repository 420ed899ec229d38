import { readFile, rename } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { problemsOf } from '../../core/validation';
import type { Problem } from '../../core/result';

export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

/** A lowdb adapter that validates what it reads and writes crash-safely. */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      throw new CorruptFileError(this.path, [{ path: '$', message: `not valid JSON (${(err as Error).message})` }]);
    }
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) throw new CorruptFileError(this.path, problemsOf(parsed.error));
    return parsed.data;
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.path, JSON.stringify(data));
  }
}

/** Move a file that cannot be read aside, so the rest of the data opens and nothing is deleted. */
export async function quarantine(path: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.replace(/\.json$/, '') + `.corrupt-${stamp}.json`;
  await rename(path, target);
  return target;
}
