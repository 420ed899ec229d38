import { m, type Locale } from '../catalog/locale';

/**
 * The action-plan page draws on two sections of the article: strategies for healthy
 * autonomy and attachment, and practical tips for balance. Written in our own words.
 */
export interface ActionPlan {
  title: string;
  intro: string;
  strategies: { heading: string; intro: string; items: { name: string; hint: string }[] };
  balance: { heading: string; prompts: { text: string; lines: number }[] };
  firstStep: { heading: string; prompts: { text: string; lines: number }[] };
}

/** The general action plan, in a catalog language. */
export function actionPlan(locale: Locale = 'en'): ActionPlan {
  const o = { locale };
  return {
    title: m.handouts_plan_title({}, o),
    intro: m.handouts_plan_intro({}, o),
    strategies: {
      heading: m.handouts_plan_strategies({}, o),
      intro: m.handouts_plan_strategies_intro({}, o),
      items: [
        { name: m.handouts_plan_open_communication({}, o), hint: m.handouts_plan_open_communication_hint({}, o) },
        { name: m.handouts_plan_support({}, o), hint: m.handouts_plan_support_hint({}, o) },
        { name: m.handouts_plan_boundaries({}, o), hint: m.handouts_plan_boundaries_hint({}, o) },
        { name: m.handouts_plan_decisions({}, o), hint: m.handouts_plan_decisions_hint({}, o) },
        { name: m.handouts_plan_reflecting({}, o), hint: m.handouts_plan_reflecting_hint({}, o) },
      ],
    },
    balance: {
      heading: m.handouts_plan_balance({}, o),
      prompts: [
        { text: m.handouts_plan_balance_independence({}, o), lines: 2 },
        { text: m.handouts_plan_balance_connection({}, o), lines: 2 },
        { text: m.handouts_plan_balance_boundary({}, o), lines: 2 },
        { text: m.handouts_plan_balance_value({}, o), lines: 2 },
      ],
    },
    firstStep: {
      heading: m.handouts_plan_first_step({}, o),
      prompts: [
        { text: m.handouts_plan_first_step_what({}, o), lines: 2 },
        { text: m.handouts_plan_first_step_who({}, o), lines: 1 },
      ],
    },
  };
}
