import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workshopSchema, type Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { scenarioBankSchema, type ScenarioBank } from '../../../src-main/core/workshop/bank-schema';

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
