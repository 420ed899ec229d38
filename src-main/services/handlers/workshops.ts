import type { Handlers } from '../../contract';
import type { WorkshopCard } from '../../contract/workshops';
import type { Workshop } from '../../core/workshop/workshop-schema';
import type { AppContext } from '../app-context';
import { agendaOf } from '../../core/workshop/timing';
import { allWorkshops, findWorkshop } from '../lookup';

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

export const workshopHandlers = (ctx: AppContext): Pick<Handlers, 'workshops:list' | 'workshops:get'> => ({
  async 'workshops:list'() {
    return {
      workshops: (await allWorkshops(ctx)).map(({ workshop, builtIn }) => cardOf(workshop, builtIn)),
      problems: ctx.library.problems,
    };
  },
  async 'workshops:get'({ id }) {
    const found = await findWorkshop(ctx, id);
    return { ...found, agenda: agendaOf(found.workshop.activities, found.workshop.startTime) };
  },
});
