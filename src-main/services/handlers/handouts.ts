import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract';
import type { ExportedFile, ExportedPdf } from '../../contract/handouts';
import { followUpMessage } from '../../core/handout/follow-up';
import { ScenarioChoiceError } from '../../core/handout/scenario-choice';
import { TranslationChoiceError } from '../../core/handout/bilingual';
import type { AppContext } from '../app-context';
import { renderHandoutSet, renderSessionSummary, type HandoutResult } from '../handouts';
import { writeFileAtomic } from '../store/durable-file';
import { asWriteFailed } from '../store/store-errors';
import { AppFailure } from '../errors';
import { findWorkshop, requireSession } from '../lookup';
import type { ScenarioCards } from '../../core/session/scenario-cards';
import type { Workshop } from '../../core/workshop/workshop-schema';

/** The scenario cards a session chose for its group, when the export is for a session. */
async function chosenFor(ctx: AppContext, workshop: Workshop, sessionId: string | undefined): Promise<ScenarioCards | undefined> {
  if (!sessionId) return undefined;
  const session = await requireSession(ctx.store, sessionId);
  if (session.workshopId !== workshop.id)
    throw new AppFailure('invalid-input', `Session ${sessionId} runs "${session.workshopTitle}", not "${workshop.title}".`, {
      path: '$.sessionId',
    });
  return session.scenarioCards;
}

/** Writes a finished file into exports/ under a name that says what it is and never clashes. */
async function saveExport(ctx: AppContext, stem: string, ext: 'pdf' | 'txt', bytes: Buffer): Promise<ExportedFile> {
  const fileName = `${stem}-${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}.${ext}`;
  const path = join(ctx.exportsDir, fileName);
  try {
    await writeFileAtomic(path, bytes);
  } catch (err) {
    throw asWriteFailed(err, path);
  }
  return { id: fileName, fileName, bytes: bytes.length };
}

async function savePdf(ctx: AppContext, stem: string, result: HandoutResult): Promise<ExportedPdf> {
  return {
    ...(await saveExport(ctx, stem, 'pdf', result.pdf)),
    pages: result.pageCount,
    missingCharacters: result.missingCharacters.map((m) => m.char),
  };
}

const STEMS = { pack: 'handouts', guide: 'guide', cards: 'cards', feedback: 'feedback', certificate: 'certificates' } as const;

export const handoutHandlers = (ctx: AppContext): Pick<Handlers, 'handouts:export' | 'handouts:summary' | 'handouts:follow-up'> => ({
  async 'handouts:export'({ workshopId, sessionId, set, options }) {
    const { workshop } = await findWorkshop(ctx, workshopId);
    const scenarioCards = options.scenarioCards ?? (await chosenFor(ctx, workshop, sessionId));
    const support = options.support ?? (await ctx.store.getSettings()).support;
    const copies = options.copies > 1 && (set === 'pack' || set === 'feedback') ? `-x${options.copies}` : '';
    // A pack in two languages finds its second among the facilitator's own workshops first, then the library.
    const family = options.also ? [...(await ctx.store.listUserWorkshops()), ...ctx.library.workshops] : [];
    const second = options.also ? `-${options.also.toLowerCase()}` : '';
    try {
      const result = await renderHandoutSet(
        set,
        workshop,
        { ...options, ...(support ? { support } : {}), ...(scenarioCards ? { scenarioCards } : {}) },
        ctx.library.banks,
        family,
      );
      return savePdf(ctx, `${STEMS[set]}-${workshop.id}${second}${copies}`, result);
    } catch (err) {
      if (err instanceof ScenarioChoiceError) throw new AppFailure('invalid-input', err.message);
      if (err instanceof TranslationChoiceError) throw new AppFailure('invalid-input', err.message, { path: '$.options.also' });
      throw err;
    }
  },
  async 'handouts:summary'({ sessionId, options }) {
    // Answers the phones sent in the last moments are in the summary, not in the next batch.
    await ctx.rooms.flush(sessionId);
    const session = await requireSession(ctx.store, sessionId);
    const { workshop } = await findWorkshop(ctx, session.workshopId);
    return savePdf(ctx, `summary-${session.id}`, await renderSessionSummary(session, workshop, options));
  },
  async 'handouts:follow-up'({ workshopId, options }) {
    const { workshop } = await findWorkshop(ctx, workshopId);
    const { support } = await ctx.store.getSettings();
    const text = followUpMessage(workshop, { ...options, ...(support ? { support } : {}) });
    return { ...(await saveExport(ctx, `follow-up-${workshop.id}`, 'txt', Buffer.from(text, 'utf8'))), text };
  },
});
