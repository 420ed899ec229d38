import { join } from 'node:path';
import { workshopSchema, type Workshop } from '../../core/workshop/workshop-schema';
import { freshId } from '../../core/editor/ids';
import type { Problem } from '../../core/result';
import type { ExportedFile } from '../../contract/handouts';
import type { ImportedWorkshop } from '../../contract/editor';
import { parseJsonFile } from '../templates/load-templates';
import { writeFileAtomic } from '../store/durable-file';
import { AppFailure } from '../errors';

/**
 * A workshop file's text, checked exactly as the built-in templates are. Editors on Windows
 * often start a UTF-8 file with a byte-order mark; it is not part of the JSON, so it is dropped.
 */
export function readWorkshopFile(text: string): { workshop?: Workshop; problems: Problem[] } {
  const parsed = parseJsonFile(workshopSchema, text.replace(/^\uFEFF/, ''), 'workshop file');
  return parsed.value ? { workshop: parsed.value, problems: [] } : { problems: parsed.problems };
}

/**
 * Import a file as a workshop of the user's own. Nothing is saved unless the whole file is valid;
 * an id that is taken already (built-in, saved or draft) is replaced by a fresh one.
 */
export async function importWorkshopFile(
  text: string,
  taken: ReadonlySet<string>,
  save: (w: Workshop) => Promise<void>,
): Promise<ImportedWorkshop> {
  const { workshop, problems } = readWorkshopFile(text);
  if (!workshop) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new AppFailure('invalid-input', `This workshop file cannot be imported: ${first.path}: ${first.message}${more}`, {
      path: first.path,
      problems,
    });
  }
  const id = freshId(workshop.id, taken);
  await save({ ...workshop, id });
  return { workshopId: id, title: workshop.title, ...(id !== workshop.id ? { renamedFrom: workshop.id } : {}) };
}

/** The file's name in the exports folder; it matches what the browser host serves from there. */
export const workshopFileName = (id: string): string => `workshop-${id}.json`;

/** Write a workshop as a readable .json file that imports again (here or on another computer). */
export async function exportWorkshopFile(exportsDir: string, workshop: Workshop): Promise<ExportedFile> {
  const fileName = workshopFileName(workshop.id);
  const text = `${JSON.stringify(workshop, null, 2)}\n`;
  await writeFileAtomic(join(exportsDir, fileName), text);
  return { id: fileName, fileName, bytes: Buffer.byteLength(text) };
}
