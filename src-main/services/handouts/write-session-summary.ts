import { summaryOptionsSchema, type SummaryOptionsInput } from '../../core/handout/handout-options';
import { sessionSummaryContent } from '../../core/handout/session-summary';
import type { Session } from '../../core/session/session-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { m } from '../../core/catalog/locale';
import { renderDocument, type HandoutResult } from './render-document';
import { composeSummary } from './summary/compose-summary';

/** Lays out and prints a session summary. Throws a ZodError when the options are invalid. */
export async function renderSessionSummary(session: Session, workshop: Workshop, input: SummaryOptionsInput = {}): Promise<HandoutResult> {
  const options = summaryOptionsSchema.parse(input);
  const content = sessionSummaryContent(session, workshop, options);
  const o = { locale: content.locale };
  return renderDocument(
    {
      title: m.handouts_doc_summary_title({ title: content.workshopTitle, date: content.date }, o),
      subject: content.group
        ? m.handouts_doc_summary_subject_group({ title: content.workshopTitle, group: content.group }, o)
        : m.handouts_doc_summary_subject({ title: content.workshopTitle }, o),
      lang: workshop.lang,
      words: content.locale,
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
