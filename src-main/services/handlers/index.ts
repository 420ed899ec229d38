import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { appHandlers } from './app';
import { workshopHandlers } from './workshops';
import { sessionHandlers } from './sessions';
import { liveHandlers } from './live';

/** Every channel's handler, over one app context. Both hosts serve exactly this map. */
export const createHandlers = (ctx: AppContext): Handlers => ({
  ...appHandlers(ctx),
  ...workshopHandlers(ctx),
  ...sessionHandlers(ctx),
  ...liveHandlers(ctx),
});
