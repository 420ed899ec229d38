import type { Api } from './api';
import { deliver } from '../state/export-run.svelte';
import { m } from './i18n.svelte';

/** Export a workshop file and hand it over: a download in the browser, a save dialog on the desktop. */
export async function exportWorkshop(api: Api, workshopId: string): Promise<string> {
  try {
    return await deliver(api, await api.call('workshop-files:export', { workshopId }));
  } catch (err) {
    return m.editor_could_not_export({ reason: (err as Error).message });
  }
}
