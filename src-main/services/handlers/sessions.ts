import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import { newSession } from '../../core/session/new-session';
import type { AppContext } from '../app-context';
import { notFound } from '../errors';
import { findWorkshop } from './workshops';

export const newSessionId = (now = new Date()): string =>
  `s-${now.toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;

type SessionHandlers = Pick<Handlers, 'sessions:start' | 'sessions:list' | 'sessions:get' | 'notes:save'>;

export const sessionHandlers = (ctx: AppContext): SessionHandlers => ({
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
  async 'sessions:get'({ sessionId }) {
    const session = await ctx.store.getSession(sessionId);
    if (!session) throw notFound(`No session "${sessionId}".`);
    return session;
  },
  async 'notes:save'({ sessionId, activityId, text }) {
    const saved = await ctx.store.updateSession(sessionId, (s) => {
      if (activityId) s.notes.activities[activityId] = text;
      else s.notes.session = text;
    });
    return { savedAt: saved.updatedAt };
  },
});
