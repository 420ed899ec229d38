import type { Api } from '../lib/api';
import type { SessionRecord } from '../../../src-main/core/session/session-record';
import { Loadable } from './loadable.svelte';
import { interfaceLanguage } from '../lib/i18n.svelte';

/** One past session, read-only: notes, captures and results. */
export class SessionRecordState extends Loadable<SessionRecord> {
  constructor(
    api: Api,
    readonly sessionId: string,
  ) {
    super(() => api.call('sessions:record', { sessionId, lang: interfaceLanguage.locale }));
  }
}
