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

export const ACTION_PLAN: ActionPlan = {
  title: 'My action plan',
  intro:
    'Independence and closeness work together: a secure base makes it easier to explore, and room to choose ' +
    'makes closeness feel freely given. Pick what fits your life now; there are no right answers.',
  strategies: {
    heading: 'Strategies I want to practise',
    intro: 'Tick one or two and note what you will do.',
    items: [
      { name: 'Open communication', hint: 'Say what I need and ask what others need.' },
      { name: 'Steady emotional support', hint: 'Be reliably there for someone, and let someone be there for me.' },
      { name: 'Fitting boundaries', hint: 'Agree limits that protect both closeness and freedom.' },
      { name: 'Making my own decisions', hint: 'Practise choosing, and owning the result.' },
      { name: 'Reflecting on myself', hint: 'Notice my patterns without judging them.' },
    ],
  },
  balance: {
    heading: 'Finding my balance',
    prompts: [
      { text: 'A need for independence I want to honour:', lines: 2 },
      { text: 'A connection I want to strengthen:', lines: 2 },
      { text: 'A boundary I will set or keep:', lines: 2 },
      { text: 'A value that guides my choices:', lines: 2 },
    ],
  },
  firstStep: {
    heading: 'My first small step',
    prompts: [
      { text: 'What I will do, and by when:', lines: 2 },
      { text: 'Who I will talk to about it:', lines: 1 },
    ],
  },
};
