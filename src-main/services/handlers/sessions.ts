import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import { newSession } from '../../core/session/new-session';
import { sessionRecord } from '../../core/session/session-record';
import type { Session } from '../../core/session/session-schema';
import type { AppContext } from '../app-context';
import { notFound } from '../errors';
import { exportNotes } from '../session-notes/export-notes';
import { searchNotes } from '../session-notes/search-notes';
import { findWorkshop } from './workshops';

export const newSessionId = (now = new Date()): string => `s-${now.toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;

type SessionChannels =
  | 'sessions:start'
  | 'sessions:list'
  | 'sessions:get'
  | 'sessions:record'
  | 'sessions:delete'
  | 'sessions:search'
  | 'sessions:export'
  | 'notes:save';

/** Not found, or, when its file was damaged and moved aside, which file and where it went. */
function missing(ctx: AppContext, sessionId: string): Error {
  const q = ctx.store.quarantined.find((f) => f.sessionId === sessionId);
  return notFound(
    q ? `This session's file could not be read, so it was moved aside to ${q.movedTo} (${q.reason}).` : `No session "${sessionId}".`,
  );
}

async function sessionOf(ctx: AppContext, sessionId: string): Promise<Session> {
  const session = await ctx.store.getSession(sessionId);
  if (!session) throw missing(ctx, sessionId);
  return session;
}

/** The workshop's activities when it still exists, so results read with their labels. */
const activitiesOf = (ctx: AppContext, workshopId: string) =>
  findWorkshop(ctx, workshopId).then(
    (f) => f.workshop.activities,
    () => undefined,
  );

export const sessionHandlers = (ctx: AppContext): Pick<Handlers, SessionChannels> => ({
  async 'sessions:start'({ workshopId, group, participants }) {
    const { workshop } = await findWorkshop(ctx, workshopId);
    const now = new Date();
    const session = newSession(workshop, {
      id: newSessionId(now),
      now: now.toISOString(),
      group: group ?? '',
      ...(participants !== undefined ? { participants } : {}),
    });
    await ctx.store.createSession(session);
    return session;
  },
  'sessions:list': () => ctx.store.listSessions(),
  'sessions:get': ({ sessionId }) => sessionOf(ctx, sessionId),
  async 'sessions:record'({ sessionId }) {
    const session = await sessionOf(ctx, sessionId);
    return sessionRecord(session, await activitiesOf(ctx, session.workshopId));
  },
  async 'sessions:delete'({ sessionId }) {
    return { deleted: await ctx.store.deleteSession(sessionId) };
  },
  'sessions:search': ({ query }) => searchNotes(ctx.store, query),
  async 'sessions:export'({ sessionId }) {
    const session = await sessionOf(ctx, sessionId);
    return exportNotes(ctx.exportsDir, session, await activitiesOf(ctx, session.workshopId));
  },
  async 'notes:save'({ sessionId, activityId, text }) {
    const saved = await ctx.store.updateSession(sessionId, (s) => {
      if (!activityId) s.notes.session = text;
      else if (text === '') delete s.notes.activities[activityId];
      else s.notes.activities[activityId] = text;
    });
    return { savedAt: saved.updatedAt };
  },
});
