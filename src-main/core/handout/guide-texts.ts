import type { Activity } from '../workshop/activity-schema';

/** The one-page background brief of the facilitator guide, in our own words. */
export const BACKGROUND_BRIEF = {
  title: 'Background: the ideas behind this workshop',
  paragraphs: [
    'Autonomy is the need to steer your own life: to make decisions, set your own limits and act on values you recognise as ' +
      'your own. Attachment is the need for emotional bonds with people we can rely on. Both are healthy, and people need both ' +
      'all their lives.',
    'The two work together. A secure base, someone who is reliably there, makes it easier to explore, take risks and stand on ' +
      'your own feet; room to choose makes closeness feel freely given rather than owed. Too much distance can leave people ' +
      'isolated; too much dependence can leave them insecure. The balance shifts with age, culture, workplace and relationship.',
    'Cultures weigh the two differently: some put personal choice first, others family and group harmony. Every culture and ' +
      'every family holds a range of views, so the workshop asks people to speak for themselves and never for a whole group.',
    'What this workshop is: a structured conversation with practical exercises, so that people can notice their own patterns ' +
      'and choose a small step. It draws on one overview article and stays within it.',
    'What it is not: therapy, counselling or assessment. It does not diagnose anyone and does not sort people into ' +
      '"attachment styles". If someone uses such labels for themselves or others, bring the talk back to situations and ' +
      'needs. Control, isolation and fear in a relationship are warning signs, never "too much closeness": treat them as a ' +
      'safeguarding matter (see the next page).',
  ],
};

/** What to do when someone discloses harm: the facilitator guide's own page. */
export const DISCLOSURE = {
  title: 'If someone tells you about harm',
  intro:
    'Talking about closeness and independence can bring up hard things. If someone tells you that they, or someone else, ' +
    'may be at risk of harm, stay calm and take it seriously.',
  steps: [
    { title: 'Listen', text: 'Let them speak in their own words and at their own pace. Thank them for telling you.' },
    {
      title: 'Do not investigate',
      text: 'Do not ask leading questions or for details, and do not contact anyone involved. Your part is to hear and pass on.',
    },
    {
      title: 'Do not promise secrecy',
      text: 'Explain kindly that you may need to tell someone whose job is to help keep people safe, and who that would be.',
    },
    {
      title: 'Follow your organisation’s procedure',
      text:
        'Tell your safeguarding lead or designated person the same day. ' +
        'If someone is in immediate danger, call the emergency services.',
    },
    {
      title: 'Write down what was said',
      text: 'As soon as you can: the date and time, their words as closely as you remember them, and what you did. Facts, not opinions.',
    },
  ],
};

/** "If you are short of time" for an activity whose author left it out, by kind. */
export function shortOfTimeFallback(a: Activity): string {
  switch (a.kind) {
    case 'scenario':
      return 'Give every group the same card and take one idea from each group in the debrief.';
    case 'card-sort':
      return 'Sort only the first half of the cards, then go through the answer key together.';
    case 'spectrum':
      return 'Use three or four statements and ask one person at each end why they stood there.';
    case 'role-play':
      return 'Run one round only, or have one group play it in front of everyone.';
    case 'reflection':
      return 'Keep the first prompt in the room and invite people to finish the rest at home.';
    case 'discussion':
      return 'Ask the first question only and take three answers.';
    case 'poll':
      return 'Take the vote by show of hands and comment on the result in one sentence.';
    case 'teach':
      return 'Give the first and last points only; the rest are in the participant pack.';
    case 'break':
      return 'Shorten the break, but keep one: people need it to keep listening.';
  }
}
