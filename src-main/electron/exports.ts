import { BrowserWindow, dialog, shell } from 'electron';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../contract';

const FILTERS: Record<string, Electron.FileFilter> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  md: { name: 'Markdown text', extensions: ['md'] },
  json: { name: 'Secure Base file', extensions: ['json'] },
  txt: { name: 'Plain text', extensions: ['txt'] },
};

/** The desktop host's export handlers: a native save dialog, and "Open" in the system viewer. */
export function exportHandlers(exportsDir: string): Pick<Handlers, 'exports:save' | 'exports:open'> {
  const savedCopies = new Map<string, string>();
  return {
    async 'exports:save'({ id }) {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: id, filters: [FILTERS[id.split('.').pop()!]] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await copyFile(join(exportsDir, id), choice.filePath);
      savedCopies.set(id, choice.filePath);
      return { saved: true, path: choice.filePath };
    },
    async 'exports:open'({ id }) {
      // Only files this app wrote: the id is checked by the contract, the saved path was chosen in our dialog.
      const failure = await shell.openPath(savedCopies.get(id) ?? join(exportsDir, id));
      return { opened: failure === '' };
    },
  };
}
