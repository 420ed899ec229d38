import { ApiError, type Api } from './api';

/** Export a workshop file and hand it to the browser as a download, or say where the host put it. */
export async function exportWorkshop(api: Api, workshopId: string): Promise<string> {
  try {
    const file = await api.call('workshop-files:export', { workshopId });
    const url = api.exportUrl(file.id);
    if (!url) return `Saved ${file.fileName} in the exports folder.`;
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    return `Exported ${file.fileName}.`;
  } catch (err) {
    return err instanceof ApiError ? `Could not export: ${err.message}` : `Could not export: ${(err as Error).message}`;
  }
}
