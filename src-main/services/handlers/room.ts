import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';

type RoomChannels =
  | 'room:status'
  | 'room:open'
  | 'room:close'
  | 'room:lock'
  | 'room:new-code'
  | 'room:question'
  | 'room:min-group'
  | 'room:join-screen'
  | 'room:join-view';

export const roomHandlers = (ctx: AppContext): Pick<Handlers, RoomChannels> => ({
  'room:status': ({ sessionId }) => ctx.rooms.status(sessionId),
  'room:open': ({ sessionId, address }) => ctx.rooms.open(sessionId, address),
  'room:close': ({ sessionId }) => ctx.rooms.close(sessionId),
  'room:lock': ({ sessionId, locked }) => ctx.rooms.lock(sessionId, locked),
  'room:new-code': ({ sessionId }) => ctx.rooms.newCode(sessionId),
  'room:question': ({ sessionId, closed }) => ctx.rooms.closeQuestion(sessionId, closed),
  'room:min-group': ({ sessionId, minGroup }) => ctx.rooms.minGroup(sessionId, minGroup),
  'room:join-screen': ({ sessionId, show }) => ctx.rooms.joinScreen(sessionId, show),
  'room:join-view': async ({ sessionId }) => ctx.rooms.joinView(sessionId),
});
