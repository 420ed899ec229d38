import type { SessionSummary } from '../core/session/session-schema';

export interface ListedSession {
  id: string;
  workshopId: string;
  workshopTitle: string;
  group: string;
  /** When the session was started (ISO 8601). */
  date: string;
  ended: boolean;
  endedAt?: string;
}

/** Sessions newest first, in the shape `sessions --json` prints. */
export const sessionListing = (sessions: readonly SessionSummary[]): ListedSession[] =>
  [...sessions]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((s) => ({
      id: s.id,
      workshopId: s.workshopId,
      workshopTitle: s.workshopTitle,
      group: s.group,
      date: s.createdAt,
      ended: s.endedAt !== undefined,
      ...(s.endedAt ? { endedAt: s.endedAt } : {}),
    }));
