import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import { sessionIdSchema } from '../core/session/session-schema';
import { handoutOptionsSchema, summaryOptionsSchema } from '../core/handout/handout-options';

export const exportHandoutInput = z.strictObject({
  workshopId: idSchema,
  /** A session of this workshop: its pack prints the scenario cards chosen for its group. */
  sessionId: sessionIdSchema.optional(),
  options: handoutOptionsSchema.default({ parts: ['cover', 'comparison', 'worksheets', 'action-plan'], paper: 'a4', copies: 1 }),
});

export const exportSummaryInput = z.strictObject({
  sessionId: sessionIdSchema,
  options: summaryOptionsSchema.default({ includeNotes: false, paper: 'a4' }),
});

export interface ExportedFile {
  /** Id of the file in the exports folder; the host turns it into a download or a save dialog. */
  id: string;
  fileName: string;
  bytes: number;
}

export interface ExportedPdf extends ExportedFile {
  /** Pages in one copy. */
  pages: number;
  /** Characters no embedded font could draw; printed as a visible placeholder. */
  missingCharacters: string[];
}

export const handoutChannels = {
  /** The handout pack for a workshop: cover, comparison table, worksheets, action plan. */
  'handouts:export': channel<typeof exportHandoutInput, ExportedPdf>(exportHandoutInput),
  /** The summary of a session with the group's results; notes only when asked for. */
  'handouts:summary': channel<typeof exportSummaryInput, ExportedPdf>(exportSummaryInput),
};
