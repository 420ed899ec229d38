import type { Handlers } from '../../contract';
import { parseBannedWords } from '../../core/room/banned-words';
import type { AppContext } from '../app-context';
import { AppFailure } from '../errors';
import { keptScreen, textSettingsOf } from '../room/question-box';

type QuestionChannels =
  'room:moderation' | 'room:moderate' | 'room:questions-screen' | 'room:questions-view' | 'room:text-settings' | 'room:save-text-settings';

const closedRoom = () => new AppFailure('conflict', 'The room is not open for this session.');

export const roomQuestionHandlers = (ctx: AppContext): Pick<Handlers, QuestionChannels> => ({
  'room:moderation': async ({ sessionId }) => {
    const box = ctx.rooms.questionBox(sessionId);
    if (box) return box.moderationView(true);
    const { questions, responses } = await keptScreen(ctx.store, sessionId);
    return { sessionId, open: false, waiting: [], questions, responses, showQuestions: false };
  },
  'room:moderate': async (input) => {
    const box = ctx.rooms.questionBox(input.sessionId);
    if (!box) throw closedRoom();
    return box.moderate(input.textId, input.action === 'edit' ? { action: 'edit', text: input.text } : { action: input.action });
  },
  'room:questions-screen': async ({ sessionId, show }) => {
    const box = ctx.rooms.questionBox(sessionId);
    if (!box) throw closedRoom();
    return box.showScreen(show);
  },
  'room:questions-view': async ({ sessionId }) => ctx.rooms.questionBox(sessionId)?.screenView() ?? keptScreen(ctx.store, sessionId),
  'room:text-settings': () => textSettingsOf(ctx.store),
  'room:save-text-settings': async ({ bannedWords, nicknames }) => {
    const cleaned = parseBannedWords(bannedWords.join('\n'));
    await ctx.store.updateSettings({ roomBannedWords: cleaned, roomNicknames: nicknames });
    await ctx.rooms.textSettingsChanged();
    return textSettingsOf(ctx.store);
  },
});
