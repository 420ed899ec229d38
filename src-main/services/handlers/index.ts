import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { appHandlers } from './app';
import { workshopHandlers } from './workshops';
import { sessionHandlers } from './sessions';
import { backupHandlers } from './backup';
import { editorHandlers } from './editor';
import { handoutHandlers } from './handouts';
import { supportHandlers } from './support';
import { browserExportHandlers } from './exports';
import { browserProjectorHandlers, liveHandlers } from './live';
import { resumeHandlers } from './resume';
import { scenarioCardHandlers } from './scenario-cards';
import { roomHandlers } from './room';
import { roomQuestionHandlers } from './room-questions';

/**
 * Every channel's handler, over one app context. Both hosts serve exactly this map; a host may
 * replace the few handlers only it can implement (Electron: placing the projector window).
 */
export const createHandlers = (ctx: AppContext, hostHandlers: Partial<Handlers> = {}): Handlers => ({
  ...appHandlers(ctx),
  ...workshopHandlers(ctx),
  ...sessionHandlers(ctx),
  ...backupHandlers(ctx),
  ...liveHandlers(ctx),
  ...browserProjectorHandlers(ctx),
  ...editorHandlers(ctx),
  ...handoutHandlers(ctx),
  ...supportHandlers(ctx),
  ...browserExportHandlers(),
  ...resumeHandlers(ctx),
  ...scenarioCardHandlers(ctx),
  ...roomHandlers(ctx),
  ...roomQuestionHandlers(ctx),
  ...hostHandlers,
});
