import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import { newSession } from '../../core/session/new-session';
import { sessionRecord } from '../../core/session/session-record';
import type { AppContext } from '../app-context';
import { exportNotes } from '../session-notes/export-notes';
import { searchNotes } from '../session-notes/search-notes';
import { findWorkshop, lookUpWorkshop, requireSession } from '../lookup';
import { catalogLocale } from '../../core/catalog/locale';
import { checkChoice } from './scenario-cards';

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

/** The workshop's activities when it still exists, so results read with their labels. */
const activitiesOf = async (ctx: AppContext, workshopId: string) => (await lookUpWorkshop(ctx, workshopId))?.workshop.activities;

export const sessionHandlers = (ctx: AppContext): Pick<Handlers, SessionChannels> => ({
  async 'sessions:start'({ workshopId, group, participants, scenarioCards }) {
    const { workshop } = await findWorkshop(ctx, workshopId);
    if (scenarioCards) checkChoice(workshop, scenarioCards, ctx.library.banks, '$.scenarioCards');
    const now = new Date();
    const session = newSession(workshop, {
      id: newSessionId(now),
      now: now.toISOString(),
      group: group ?? '',
      ...(participants !== undefined ? { participants } : {}),
      ...(scenarioCards ? { scenarioCards } : {}),
    });
    await ctx.store.createSession(session);
    return session;
  },
  'sessions:list': () => ctx.store.listSessions(),
  'sessions:get': ({ sessionId }) => requireSession(ctx.store, sessionId),
  async 'sessions:record'({ sessionId, lang }) {
    const session = await requireSession(ctx.store, sessionId);
    return sessionRecord(session, await activitiesOf(ctx, session.workshopId), catalogLocale(lang));
  },
  async 'sessions:delete'({ sessionId }) {
    return { deleted: await ctx.store.deleteSession(sessionId) };
  },
  'sessions:search': ({ query }) => searchNotes(ctx.store, query),
  async 'sessions:export'({ sessionId, lang }) {
    const session = await requireSession(ctx.store, sessionId);
    return exportNotes(ctx.exportsDir, session, await activitiesOf(ctx, session.workshopId), catalogLocale(lang));
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
