import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { AppFailure } from '../errors';
import { readBackup } from '../backup/backup-format';
import { BackupUploads } from '../backup/backup-uploads';
import { createBackup } from '../backup/create-backup';

type BackupChannels = 'backup:create' | 'backup:upload' | 'backup:restore';

export const backupHandlers = (ctx: AppContext): Pick<Handlers, BackupChannels> => {
  const uploads = new BackupUploads();
  return {
    'backup:create': () => createBackup(ctx.store, ctx.exportsDir, ctx.version),
    async 'backup:upload'({ uploadId, part, text }) {
      return { receivedChars: uploads.receive(uploadId, part, text) };
    },
    async 'backup:restore'({ uploadId }) {
      const read = readBackup(uploads.take(uploadId));
      if (!read.ok) {
        const [first] = read.problems;
        const more = read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : '';
        throw new AppFailure(
          'invalid-input',
          `Nothing was restored: the file is not a backup Secure Base can use. ${first.path}: ${first.message}${more}`,
          {
            path: first.path,
            problems: read.problems,
          },
        );
      }
      const { previousDataIn } = await ctx.store.replaceAll(read.data);
      return { sessionCount: read.data.sessions.length, workshopCount: read.data.library.workshops.length, previousDataIn };
    },
  };
};
