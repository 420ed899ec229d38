import type { JsonObject, MigrationRegistry } from './migrate';

/**
 * The library file (the facilitator's own workshops and settings). It sits beside the session
 * migrations because the store keeps one registry per kind of file it writes.
 */
export const LIBRARY_SCHEMA_VERSION = 1;

/** Version 0 (unversioned prototype) had only the workshops and, sometimes, part of the settings. */
const v0ToV1 = (doc: JsonObject): JsonObject => ({
  ...doc,
  schemaVersion: 1,
  workshops: doc.workshops ?? [],
  // The defaults as they were when version 1 was introduced, written out so later changes don't reach back.
  settings: { facilitatorName: '', theme: 'dark', chime: true, ...((doc.settings as JsonObject | undefined) ?? {}) },
});

export const libraryMigrations: MigrationRegistry = {
  what: 'library',
  current: LIBRARY_SCHEMA_VERSION,
  steps: { 0: v0ToV1 },
};
