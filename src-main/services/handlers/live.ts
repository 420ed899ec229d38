import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';

export const liveHandlers = (ctx: AppContext): Pick<Handlers, 'live:join' | 'live:intent'> => ({
  'live:join': ({ sessionId }) => ctx.live.join(sessionId),
  'live:intent': ({ sessionId, intent }) => ctx.live.intent(sessionId, intent),
});
