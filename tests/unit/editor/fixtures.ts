import { readdirSync, readFileSync } from 'node:fs';
import { workshopSchema, type Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { scenarioBankSchema, type ScenarioBank } from '../../../src-main/core/workshop/bank-schema';
import type { Sources } from '../../../src-main/core/editor/apply';

const root = new URL('../../../templates/', import.meta.url);

/** Template files by the id inside them, whatever their file names. */
function byId(folder: string, id: string): unknown {
  const dir = new URL(`${folder}/`, root);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    if (data.id === id) return data;
  }
  throw new Error(`no ${folder} template "${id}"`);
}

export const builtIn = (id: string): Workshop => workshopSchema.parse(byId('workshops', id));
export const bank = (id: string): ScenarioBank => scenarioBankSchema.parse(byId('banks', id));

/** Sources over a few built-in workshops and banks, as the host would give them. */
export function sourcesOf(workshops: Workshop[], banks: ScenarioBank[] = []): Sources {
  return {
    activity: (w, a) => workshops.find((x) => x.id === w)?.activities.find((x) => x.id === a),
    card: (b, c) => banks.find((x) => x.id === b)?.cards.find((x) => x.id === c),
  };
}

export const indexOfKind = (w: Workshop, kind: Workshop['activities'][number]['kind']): number =>
  w.activities.findIndex((a) => a.kind === kind);
