import { summaryOptionsSchema, type SummaryOptionsInput } from '../../core/handout/handout-options';
import { sessionSummaryContent } from '../../core/handout/session-summary';
import type { Session } from '../../core/session/session-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { renderDocument, type HandoutResult } from './render-document';
import { composeSummary } from './summary/compose-summary';

/** Lays out and prints a session summary. Throws a ZodError when the options are invalid. */
export async function renderSessionSummary(session: Session, workshop: Workshop, input: SummaryOptionsInput = {}): Promise<HandoutResult> {
  const options = summaryOptionsSchema.parse(input);
  const content = sessionSummaryContent(session, workshop, options);
  return renderDocument(
    {
      title: `${content.workshopTitle}: session summary, ${content.date}`,
      subject: `Summary of a session of "${content.workshopTitle}"${content.group ? ` with ${content.group}` : ''}`,
    },
    options.paper,
    1,
    (c) => composeSummary(c, content),
  );
}

/** The session summary as PDF bytes; facilitator notes only with `includeNotes: true`. */
export async function writeSessionSummary(session: Session, workshop: Workshop, options: SummaryOptionsInput = {}): Promise<Buffer> {
  return (await renderSessionSummary(session, workshop, options)).pdf;
}
