import type { Handlers } from '../../contract';
import { EMPTY_SUPPORT } from '../../core/handout/support';
import type { AppContext } from '../app-context';

export const supportHandlers = (ctx: AppContext): Pick<Handlers, 'support:get' | 'support:save'> => ({
  async 'support:get'() {
    return (await ctx.store.getSettings()).support ?? { ...EMPTY_SUPPORT };
  },
  async 'support:save'(support) {
    return (await ctx.store.updateSettings({ support })).support ?? { ...EMPTY_SUPPORT };
  },
});
