import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';

/**
 * The session the facilitator was running when the app or the laptop stopped: of the sessions not
 * ended, the one saved last. The live hub saves a running session at least every half minute, so its
 * last save is when it was last active.
 */
export const resumeHandlers = (ctx: AppContext): Pick<Handlers, 'sessions:interrupted'> => ({
  async 'sessions:interrupted'() {
    const open = (await ctx.store.listSessions()).filter((s) => !s.endedAt);
    open.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    for (const summary of open) {
      const session = await ctx.store.getSession(summary.id);
      if (!session || !session.agenda.length) continue;
      const index = Math.min(session.position.activityIndex, session.agenda.length - 1);
      return {
        sessionId: session.id,
        workshopId: session.workshopId,
        workshopTitle: session.workshopTitle,
        group: session.group,
        activityNumber: index + 1,
        activityCount: session.agenda.length,
        activityTitle: session.agenda[index].title,
        lastActiveAt: session.updatedAt,
      };
    }
    return null;
  },
});
