import type { Handlers } from '../../contract';
import type { WorkshopCard } from '../../contract/workshops';
import type { Workshop } from '../../core/workshop/workshop-schema';
import type { AppContext } from '../app-context';
import { agendaOf } from '../../core/workshop/timing';
import { notFound } from '../errors';

export const cardOf = (w: Workshop, builtIn: boolean): WorkshopCard => ({
  id: w.id,
  title: w.title,
  summary: w.summary,
  audience: w.audience,
  minutes: w.minutes,
  sections: w.sections,
  activityCount: w.activities.length,
  builtIn,
});

/** A workshop by id: the user's own first, then the built-in library. */
export async function findWorkshop(ctx: AppContext, id: string): Promise<{ workshop: Workshop; builtIn: boolean }> {
  const own = (await ctx.store.listUserWorkshops()).find((w) => w.id === id);
  if (own) return { workshop: own, builtIn: false };
  const builtIn = ctx.library.workshops.find((w) => w.id === id);
  if (builtIn) return { workshop: builtIn, builtIn: true };
  throw notFound(`No workshop "${id}".`);
}

export const workshopHandlers = (ctx: AppContext): Pick<Handlers, 'workshops:list' | 'workshops:get'> => ({
  async 'workshops:list'() {
    const own = await ctx.store.listUserWorkshops();
    return {
      workshops: [...ctx.library.workshops.map((w) => cardOf(w, true)), ...own.map((w) => cardOf(w, false))],
      problems: ctx.library.problems,
    };
  },
  async 'workshops:get'({ id }) {
    const found = await findWorkshop(ctx, id);
    return { ...found, agenda: agendaOf(found.workshop.activities, found.workshop.startTime) };
  },
});
