import type { Handlers } from '../../contract';
import type { CardBank } from '../../contract/scenario-cards';
import { cardPoolOf, choiceProblems, type ScenarioCards } from '../../core/session/scenario-cards';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { banksInLanguage, type ScenarioBank } from '../../core/workshop/bank-schema';
import type { AppContext } from '../app-context';
import { AppFailure } from '../errors';
import { findWorkshop, requireSession } from '../lookup';

function scenarioActivity(workshop: Workshop, activityId: string) {
  const activity = workshop.activities.find((a) => a.id === activityId);
  if (!activity) throw new AppFailure('not-found', `The workshop "${workshop.title}" has no activity "${activityId}".`);
  if (activity.kind !== 'scenario')
    throw new AppFailure('invalid-input', `"${activity.title}" has no scenario cards.`, { path: '$.activityId' });
  return activity;
}

/** Refuses a choice that names a card outside the activity's bank, or one card twice; says which and where. */
export function checkChoice(workshop: Workshop, choice: ScenarioCards, banks: readonly ScenarioBank[], at = '$'): void {
  for (const [activityId, cardIds] of Object.entries(choice)) {
    const problems = choiceProblems(
      workshop.activities.find((a) => a.id === activityId),
      cardIds,
      banksInLanguage(banks, workshop.lang),
    ).map((p) => ({ ...p, path: p.path.replace('$.activityId', `${at}.${activityId}`).replace('$.cardIds', `${at}.${activityId}`) }));
    if (problems.length)
      throw new AppFailure('invalid-input', `${problems[0].path}: ${problems[0].message}`, { path: problems[0].path, problems });
  }
}

export const scenarioCardHandlers = (ctx: AppContext): Pick<Handlers, 'cards:bank' | 'cards:choose'> => ({
  async 'cards:bank'({ workshopId, activityId, sessionId }) {
    const { workshop } = await findWorkshop(ctx, workshopId);
    const activity = scenarioActivity(workshop, activityId);
    const own = new Set(activity.cards.map((c) => c.id));
    const cards: CardBank['cards'] = cardPoolOf(activity, banksInLanguage(ctx.library.banks, workshop.lang)).map((c) => ({
      id: c.id,
      title: c.title,
      situation: c.situation,
      questions: [...c.questions],
      ...(c.perspectives ? { perspectives: c.perspectives.map((p) => ({ label: p.label, text: p.text })) } : {}),
      ...(c.age ? { age: c.age } : {}),
      ...(c.setting ? { setting: c.setting } : {}),
      ...(c.facilitatorNote ? { facilitatorNote: c.facilitatorNote } : {}),
      inWorkshop: own.has(c.id),
    }));
    const workshopCardIds = activity.cards.map((c) => c.id);
    const session = sessionId ? await requireSession(ctx.store, sessionId) : undefined;
    const known = new Set(cards.map((c) => c.id));
    const chosen = session?.scenarioCards?.[activityId]?.filter((id) => known.has(id));
    return {
      activityId,
      activityTitle: activity.title,
      section: activity.section,
      cards,
      workshopCardIds,
      chosenIds: chosen?.length ? chosen : workshopCardIds,
    };
  },
  async 'cards:choose'({ sessionId, activityId, cardIds }) {
    const session = await requireSession(ctx.store, sessionId);
    const { workshop } = await findWorkshop(ctx, session.workshopId);
    scenarioActivity(workshop, activityId);
    const problems = choiceProblems(
      workshop.activities.find((a) => a.id === activityId),
      cardIds,
      banksInLanguage(ctx.library.banks, workshop.lang),
    );
    if (problems.length)
      throw new AppFailure('invalid-input', `${problems[0].path}: ${problems[0].message}`, { path: problems[0].path, problems });
    const saved = await ctx.store.updateSession(sessionId, (s) => {
      s.scenarioCards = { ...s.scenarioCards, [activityId]: [...cardIds] };
    });
    await ctx.live.useChosenCards(sessionId, saved);
    return { scenarioCards: saved.scenarioCards ?? {} };
  },
});
