import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { workshopSchema, type Workshop } from '../../core/workshop/workshop-schema';
import { scenarioBankSchema, type ScenarioBank } from '../../core/workshop/bank-schema';
import { validate } from '../../core/validation';
import { languageName } from '../../core/workshop/language';
import type { Problem } from '../../core/result';

export interface TemplateProblem {
  file: string;
  problems: Problem[];
}

export interface BuiltInLibrary {
  workshops: Workshop[];
  banks: ScenarioBank[];
  /** Files that were reported and skipped. */
  problems: TemplateProblem[];
}

/** Parse and validate one JSON text; every problem names its JSON path. */
export function parseJsonFile<S extends z.ZodType>(schema: S, text: string, what: string): { value?: z.infer<S>; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problems: [{ path: '$', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const result = validate(schema, data, what);
  return result.ok
    ? { value: result.value, problems: [] }
    : { problems: result.error.problems ?? [{ path: '$', message: result.error.message }] };
}

async function loadFolder<S extends z.ZodType>(dir: string, schema: S, what: string, problems: TemplateProblem[]): Promise<z.infer<S>[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const loaded: z.infer<S>[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const parsed = parseJsonFile(schema, await readFile(file, 'utf8'), what);
    if (parsed.value !== undefined) loaded.push(parsed.value);
    else problems.push({ file, problems: parsed.problems });
  }
  return loaded;
}

/** Loads the built-in library. A broken file is reported and skipped; it never stops the app. */
export async function loadTemplates(templatesDir: string): Promise<BuiltInLibrary> {
  const problems: TemplateProblem[] = [];
  const workshops = await loadFolder(join(templatesDir, 'workshops'), workshopSchema, 'workshop', problems);
  const banks = await loadFolder(join(templatesDir, 'banks'), scenarioBankSchema, 'scenario bank', problems);
  const seen = new Set<string>();
  const unique = workshops.filter((w) => {
    if (!seen.has(w.id)) return (seen.add(w.id), true);
    problems.push({
      file: join(templatesDir, 'workshops'),
      problems: [{ path: '$.id', message: `workshop id "${w.id}" is used twice; the second is skipped` }],
    });
    return false;
  });
  const linked = unique.filter((w) => {
    const problem = translationProblem(w, unique);
    if (problem) problems.push({ file: join(templatesDir, 'workshops'), problems: [problem] });
    return !problem;
  });
  return { workshops: originalsFirst(linked), banks, problems };
}

/**
 * Each original in file order, followed by its translations ordered by the language's own name:
 * the library reads as a list of workshops, each with its versions beside it.
 */
function originalsFirst(workshops: Workshop[]): Workshop[] {
  const rank = new Map(workshops.filter((w) => !w.translationOf).map((w, i) => [w.id, i]));
  const key = (w: Workshop) => rank.get(w.translationOf ?? w.id) ?? rank.size;
  const name = (w: Workshop) => (w.translationOf ? languageName(w.lang) : '');
  return workshops
    .map((w, i) => ({ w, i }))
    .sort((a, b) => key(a.w) - key(b.w) || (name(a.w) < name(b.w) ? -1 : name(a.w) > name(b.w) ? 1 : a.i - b.i))
    .map((x) => x.w);
}

/** A translation must name a workshop in the library, in another language, that is not itself a translation. */
export function translationProblem(w: Workshop, library: readonly Workshop[]): Problem | undefined {
  if (!w.translationOf) return undefined;
  const original = library.find((x) => x.id === w.translationOf);
  const where = `workshop "${w.id}" is skipped`;
  if (!original) return { path: '$.translationOf', message: `"${w.translationOf}" is not a workshop in the library; ${where}` };
  if (original.translationOf)
    return { path: '$.translationOf', message: `"${w.translationOf}" is itself a translation; name its original; ${where}` };
  if (original.lang === w.lang) return { path: '$.lang', message: `"${w.lang}" is the language of the original too; ${where}` };
  return undefined;
}
