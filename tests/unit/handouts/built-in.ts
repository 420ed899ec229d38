import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workshopSchema, type Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { scenarioBankSchema, type ScenarioBank } from '../../../src-main/core/workshop/bank-schema';
import { directionOf } from '../../../src-main/core/workshop/language';

const TEMPLATES = join(import.meta.dirname, '../../../templates');

/** Every workshop file in templates/workshops, parsed: a new file is covered as soon as it is there. */
export function builtInWorkshops(): Workshop[] {
  const dir = join(TEMPLATES, 'workshops');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => workshopSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

export function builtInBanks(): ScenarioBank[] {
  const dir = join(TEMPLATES, 'banks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => scenarioBankSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Whether pdftotext reads a workshop's handouts back line by line. Not yet for right-to-left
 * workshops: poppler places each Arabic word's ActualText in a zero-height box of its own, so
 * page fills, layout rows and whole sentences cannot be read back (see `readable` in pdf-tools).
 * Their handouts are checked character by character and word by word instead.
 */
export const READ_BACK_LIMIT = 'pdftotext reads each Arabic word in a box of its own: checked word by word instead';
export const readsBackInLines = (w: Workshop): boolean => directionOf(w.lang) === 'ltr';
