import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { projectorRoute } from '../../contract/routes';
import { requireSession } from '../lookup';

type LiveChannels = 'live:join' | 'live:intent' | 'projector:join' | 'projector:intent' | 'notes:capture';
export type ProjectorHostHandlers = Pick<Handlers, 'projector:open' | 'projector:displays'>;

export const liveHandlers = (ctx: AppContext): Pick<Handlers, LiveChannels> => ({
  'live:join': ({ sessionId }) => ctx.live.join(sessionId),
  'live:intent': ({ sessionId, intent }) => ctx.live.intent(sessionId, intent),
  'projector:join': ({ sessionId }) => ctx.live.audience(sessionId),
  'projector:intent': async ({ sessionId, intent }) => (await ctx.live.intent(sessionId, intent)).audience,
  async 'notes:capture'({ sessionId, activityId, text }) {
    const capture = {
      id: `c-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`,
      at: new Date().toISOString(),
      ...(activityId ? { activityId } : {}),
      text,
    };
    await ctx.store.updateSession(sessionId, (s) => void s.notes.captures.push(capture));
    return capture;
  },
});

/**
 * The browser host cannot place windows on displays: it hands the projector route back and the
 * console opens it with window.open. The Electron host replaces these (src-main/electron/projector.ts).
 */
export const browserProjectorHandlers = (ctx: AppContext): ProjectorHostHandlers => ({
  async 'projector:open'({ sessionId }) {
    await requireSession(ctx.store, sessionId);
    return { opened: false, url: projectorRoute(sessionId) };
  },
  async 'projector:displays'() {
    return { displays: [], chosenId: (await ctx.store.getSettings()).projectorDisplayId ?? null };
  },
});
