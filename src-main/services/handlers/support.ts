import type { Handlers } from '../../contract';
import { EMPTY_SUPPORT } from '../../core/handout/support';
import type { AppContext } from '../app-context';

export const supportHandlers = (ctx: AppContext): Pick<Handlers, 'support:get' | 'support:save' | 'language:get' | 'language:save'> => ({
  async 'support:get'() {
    return (await ctx.store.getSettings()).support ?? { ...EMPTY_SUPPORT };
  },
  async 'support:save'(support) {
    return (await ctx.store.updateSettings({ support })).support ?? { ...EMPTY_SUPPORT };
  },
  async 'language:get'() {
    return { locale: (await ctx.store.getSettings()).interfaceLanguage ?? null };
  },
  async 'language:save'({ locale }) {
    return { locale: (await ctx.store.updateSettings({ interfaceLanguage: locale ?? undefined })).interfaceLanguage ?? null };
  },
});
