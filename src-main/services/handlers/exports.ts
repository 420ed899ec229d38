import type { Handlers } from '../../contract';

/**
 * The browser host's answers: the page downloads and opens files itself (see GET /exports/…),
 * so there is nothing for the host to do. The desktop host replaces both handlers.
 */
export const browserExportHandlers = (): Pick<Handlers, 'exports:save' | 'exports:open'> => ({
  async 'exports:save'() {
    return { saved: false };
  },
  async 'exports:open'() {
    return { opened: false };
  },
});
