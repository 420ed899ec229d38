/**
 * Schema migrations for the files the app keeps. Each step is a pure function from version N to N+1,
 * applied in order when a file is read, so an old file opens as the current version and is written
 * back in the current shape at its next save. Steps are frozen in time: they never import today's
 * defaults or schemas, because a later change to those would silently change what an old step does.
 */
export type JsonObject = Record<string, unknown>;
export type MigrationStep = (doc: JsonObject) => JsonObject;

export interface MigrationRegistry {
  /** What the file holds, in words for messages ("session", "library"). */
  what: string;
  current: number;
  /** steps[n] turns a version-n document into a version-(n+1) one. */
  steps: Readonly<Record<number, MigrationStep>>;
}

export type Migrated = { ok: true; doc: unknown; from: number } | { ok: false; newer: boolean; message: string };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file without a schemaVersion predates versioning: version 0. */
export function versionOf(doc: JsonObject): number | null {
  if (!('schemaVersion' in doc)) return 0;
  const v = doc.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function migrate(raw: unknown, registry: MigrationRegistry): Migrated {
  if (!isObject(raw)) return { ok: false, newer: false, message: `a ${registry.what} file must hold a JSON object` };
  const from = versionOf(raw);
  if (from === null) return { ok: false, newer: false, message: 'schemaVersion must be a whole number' };
  if (from > registry.current) {
    return {
      ok: false,
      newer: true,
      message:
        `this ${registry.what} was saved by a newer version of Secure Base ` +
        `(format ${from}; this version reads up to ${registry.current})`,
    };
  }
  let doc: JsonObject = raw;
  for (let v = from; v < registry.current; v++) {
    const step = registry.steps[v];
    if (!step) return { ok: false, newer: false, message: `no migration from ${registry.what} format ${v}` };
    try {
      doc = step(doc);
    } catch (err) {
      return { ok: false, newer: false, message: `could not upgrade from format ${v}: ${(err as Error).message}` };
    }
  }
  return { ok: true, doc, from };
}

/** Every version below current has a step: checked by the tests, so a bump without a step fails early. */
export function missingSteps(registry: MigrationRegistry): number[] {
  const missing: number[] = [];
  for (let v = 0; v < registry.current; v++) if (!registry.steps[v]) missing.push(v);
  return missing;
}
