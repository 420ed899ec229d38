import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';

export const exportHandoutInput = z.strictObject({
  workshopId: idSchema,
  paper: z.enum(['a4', 'letter']).default('a4'),
});

export interface ExportedFile {
  /** Id of the file in the exports folder; the host turns it into a download or a save dialog. */
  id: string;
  fileName: string;
  bytes: number;
}

export const handoutChannels = {
  'handouts:export': channel<typeof exportHandoutInput, ExportedFile>(exportHandoutInput),
};
