import type { JsonObject, MigrationRegistry } from './migrate';
import { SESSION_SCHEMA_VERSION } from '../session/session-schema';

const obj = (v: unknown): JsonObject => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : {});

/**
 * Version 0 is the unversioned prototype format: no schemaVersion, the notes were one plain string,
 * and neither time spent nor quick captures were kept.
 */
const v0ToV1 = (doc: JsonObject): JsonObject => {
  const notes = doc.notes;
  const { notes: _old, ...rest } = doc;
  return {
    ...rest,
    schemaVersion: 1,
    position: doc.position ?? { activityIndex: 0, step: 0 },
    spentMs: doc.spentMs ?? {},
    results: doc.results ?? {},
    notes:
      typeof notes === 'string' || notes === undefined
        ? { session: notes ?? '', activities: {}, captures: [] }
        : { session: '', activities: {}, captures: [], ...obj(notes) },
  };
};

export const sessionMigrations: MigrationRegistry = {
  what: 'session',
  current: SESSION_SCHEMA_VERSION,
  steps: { 0: v0ToV1 },
};
