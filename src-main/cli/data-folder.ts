import { stat } from 'node:fs/promises';
import type { SessionSummary } from '../core/session/session-schema';
import type { Workshop } from '../core/workshop/workshop-schema';
import { openStore } from '../services/store/store';

/** What the facilitator saved: own workshops and sessions. */
export interface SavedData {
  ownWorkshops: Workshop[];
  sessions: SessionSummary[];
}

/**
 * Reads the data folder through the store (so a damaged file is quarantined as the app would), then
 * releases it. A data folder that does not exist yet holds nothing, and is not created.
 */
export async function readSavedData(dataDir: string): Promise<SavedData> {
  const exists = await stat(dataDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) return { ownWorkshops: [], sessions: [] };
  const store = await openStore(dataDir, { owner: 'cli' });
  try {
    const [ownWorkshops, sessions] = await Promise.all([store.listUserWorkshops(), store.listSessions()]);
    return { ownWorkshops, sessions };
  } finally {
    await store.close();
  }
}
