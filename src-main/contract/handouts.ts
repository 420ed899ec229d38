import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import { sessionIdSchema } from '../core/session/session-schema';
import { HANDOUT_PARTS, HANDOUT_SETS, handoutOptionsSchema, summaryOptionsSchema } from '../core/handout/handout-options';

export const exportHandoutInput = z
  .strictObject({
    workshopId: idSchema,
    /** Which set to print; the participant pack when left out. */
    set: z.enum(HANDOUT_SETS).default('pack'),
    /** A session of this workshop: its sets print the scenario cards chosen for its group. */
    sessionId: sessionIdSchema.optional(),
    /**
     * `options.also` (a language tag) and `options.bilingual` ('after' | 'side-by-side') make a participant pack in two
     * languages: the workshop's and its translation's in `also`, from the same family.
     */
    options: handoutOptionsSchema.default({ parts: [...HANDOUT_PARTS], paper: 'a4', copies: 1 }),
  })
  .refine((i) => i.options.also === undefined || i.set === 'pack', {
    path: ['options', 'also'],
    message: 'a second language is for the participant pack only',
  })
  .refine((i) => i.options.bilingual === undefined || i.options.also !== undefined, {
    path: ['options', 'bilingual'],
    message: 'choose the second language (also) for a layout in two languages',
  });

export const exportSummaryInput = z.strictObject({
  sessionId: sessionIdSchema,
  options: summaryOptionsSchema.default({ includeNotes: false, paper: 'a4' }),
});

export const followUpInput = z.strictObject({
  workshopId: idSchema,
  options: z
    .strictObject({ facilitatorName: z.string().trim().max(120).optional(), date: z.string().trim().max(60).optional() })
    .default({}),
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
  /** A printed set for a workshop: participant pack, facilitator guide, cards, feedback form or certificates. */
  'handouts:export': channel<typeof exportHandoutInput, ExportedPdf>(exportHandoutInput),
  /** The follow-up message a week later, as text to copy, also saved as a .txt file in exports. */
  'handouts:follow-up': channel<typeof followUpInput, ExportedFile & { text: string }>(followUpInput),
  /** The summary of a session with the group's results; notes only when asked for. */
  'handouts:summary': channel<typeof exportSummaryInput, ExportedPdf>(exportSummaryInput),
};
