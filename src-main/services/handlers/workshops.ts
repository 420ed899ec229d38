import type { Handlers } from '../../contract';
import type { LibraryListing, WorkshopCard, WorkshopLanguage } from '../../contract/workshops';
import { directionOf, languageName } from '../../core/workshop/language';
import type { Workshop } from '../../core/workshop/workshop-schema';
import type { AppContext } from '../app-context';
import { agendaOf } from '../../core/workshop/timing';
import { allWorkshops, findWorkshop, type FoundWorkshop } from '../lookup';

export const languageOf = (w: Workshop): WorkshopLanguage => ({ lang: w.lang, name: languageName(w.lang), dir: directionOf(w.lang) });

export const cardOf = (w: Workshop, builtIn: boolean): WorkshopCard => ({
  id: w.id,
  title: w.title,
  summary: w.summary,
  audience: w.audience,
  minutes: w.minutes,
  sections: w.sections,
  activityCount: w.activities.length,
  builtIn,
  language: languageOf(w),
  ...(w.translationOf ? { translationOf: w.translationOf } : {}),
});

/** Own workshops that name a missing original: they stay in the library, and the problem is said. */
function ownTranslationProblems(found: readonly FoundWorkshop[]): LibraryListing['problems'] {
  const all = found.map((f) => f.workshop);
  return found.flatMap(({ workshop, builtIn }) => {
    const problem = builtIn || !workshop.translationOf || all.some((w) => w.id === workshop.translationOf) ? undefined : workshop;
    return problem
      ? [
          {
            file: `your workshop "${workshop.title}"`,
            problems: [{ path: '$.translationOf', message: `"${workshop.translationOf}" is not a workshop in the library` }],
          },
        ]
      : [];
  });
}

export const workshopHandlers = (ctx: AppContext): Pick<Handlers, 'workshops:list' | 'workshops:get'> => ({
  async 'workshops:list'() {
    const found = await allWorkshops(ctx);
    return {
      workshops: found.map(({ workshop, builtIn }) => cardOf(workshop, builtIn)),
      problems: [...ctx.library.problems, ...ownTranslationProblems(found)],
    };
  },
  async 'workshops:get'({ id }) {
    const found = await findWorkshop(ctx, id);
    return { ...found, language: languageOf(found.workshop), agenda: agendaOf(found.workshop.activities, found.workshop.startTime) };
  },
});
