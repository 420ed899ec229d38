import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import type { ExportedPdf } from '../../contract/handouts';
import type { AppContext } from '../app-context';
import { renderHandoutPack, renderSessionSummary, type HandoutResult } from '../handouts';
import { writeFileAtomic } from '../store/durable-file';
import { asWriteFailed } from '../store/store-errors';
import { findWorkshop, requireSession } from '../lookup';
import { AppFailure } from '../errors';
import { withChosenCards } from '../../core/session/scenario-cards';
import type { Workshop } from '../../core/workshop/workshop-schema';

/** The workshop as a session runs it: with the scenario cards chosen for its group. */
async function asRunBy(ctx: AppContext, workshop: Workshop, sessionId: string | undefined): Promise<Workshop> {
  if (!sessionId) return workshop;
  const session = await requireSession(ctx.store, sessionId);
  if (session.workshopId !== workshop.id)
    throw new AppFailure('invalid-input', `Session ${sessionId} runs "${session.workshopTitle}", not "${workshop.title}".`, {
      path: '$.sessionId',
    });
  return { ...workshop, activities: withChosenCards(workshop.activities, session.scenarioCards, ctx.library.banks) };
}

/** Writes a finished PDF into exports/ under a name that says what it is and never clashes. */
async function savePdf(ctx: AppContext, stem: string, result: HandoutResult): Promise<ExportedPdf> {
  const fileName = `${stem}-${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}.pdf`;
  const path = join(ctx.exportsDir, fileName);
  try {
    await writeFileAtomic(path, result.pdf);
  } catch (err) {
    throw asWriteFailed(err, path);
  }
  return {
    id: fileName,
    fileName,
    bytes: result.pdf.length,
    pages: result.pageCount,
    missingCharacters: result.missingCharacters.map((m) => m.char),
  };
}

export const handoutHandlers = (ctx: AppContext): Pick<Handlers, 'handouts:export' | 'handouts:summary'> => ({
  async 'handouts:export'({ workshopId, sessionId, options }) {
    const workshop = await asRunBy(ctx, (await findWorkshop(ctx, workshopId)).workshop, sessionId);
    const stem = options.copies > 1 ? `handouts-${workshop.id}-x${options.copies}` : `handouts-${workshop.id}`;
    return savePdf(ctx, stem, await renderHandoutPack(workshop, options));
  },
  async 'handouts:summary'({ sessionId, options }) {
    const session = await requireSession(ctx.store, sessionId);
    const { workshop } = await findWorkshop(ctx, session.workshopId);
    return savePdf(ctx, `summary-${session.id}`, await renderSessionSummary(session, workshop, options));
  },
});
