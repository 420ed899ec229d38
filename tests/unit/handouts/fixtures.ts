import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { workshopSchema, type Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { newSession } from '../../../src-main/core/session/new-session';
import type { Session } from '../../../src-main/core/session/session-schema';

const script = (minutes: number) => ({
  say: 'Let us begin.',
  steps: [{ minutes, text: 'Run the activity.' }],
  debrief: ['What did you notice?'],
});
const base = (id: string, title: string, minutes: number) => ({
  id,
  title,
  minutes,
  goal: 'Participants notice the pull of both needs.',
  grouping: 'pairs' as const,
  materials: [],
  script: script(minutes),
});

/** A workshop with every kind of activity, built here so the tests do not wait for the templates. */
export function fixtureWorkshop(overrides: Partial<Record<'instructions' | 'handout' | 'title', string>> = {}): Workshop {
  const handout = overrides.handout;
  return workshopSchema.parse({
    schemaVersion: 1,
    id: 'fixture-all-kinds',
    title: overrides.title ?? 'Room to Grow & Stay Close',
    summary: 'A half-day workshop on the two needs: steering your own life and feeling safely connected.',
    audience: 'Parents, teachers and youth workers',
    minutes: 120,
    startTime: '09:30',
    sections: ['comparison', 'understanding', 'relationships', 'strategies', 'balance', 'adolescence'],
    contentNotes: ['Some activities touch on family history; you can pass at any time.'],
    activities: [
      {
        ...base('welcome', 'Welcome and ground rules', 10),
        kind: 'discussion',
        section: 'understanding',
        instructions: 'Agree our ground rules together.',
        prompt: 'What helps you speak openly in a group?',
        questions: [],
      },
      {
        ...base('two-needs', 'Two needs, one life', 15),
        kind: 'teach',
        section: 'comparison',
        instructions: overrides.instructions ?? 'Listen, then talk with a neighbour about one example from your week.',
        handout:
          handout ??
          'Two needs, one life\n\nAutonomy and attachment are both healthy.\n\n' +
            '- Autonomy: steering your own life\n- Attachment: the bonds that keep you safe',
        points: ['Autonomy is self-governance.', 'Attachment is an emotional bond.'],
        showComparisonTable: true,
      },
      {
        ...base('sort', 'Card sort: which need is it?', 15),
        kind: 'card-sort',
        section: 'comparison',
        instructions: 'Sort the cards into the two columns. Talk about the ones that fit both.',
        handout: 'Sort the cards\n\nPlace each card under Autonomy or Attachment.',
        categories: [
          { id: 'autonomy', label: 'Autonomy' },
          { id: 'attachment', label: 'Attachment' },
        ],
        cards: [
          { id: 'c1', text: 'Choosing your own course at college', category: 'autonomy' },
          { id: 'c2', text: 'Calling a friend after bad news', category: 'attachment' },
          { id: 'c3', text: 'Fixing the bike yourself', category: 'autonomy' },
          { id: 'c4', text: 'A hug at the end of a long day', category: 'attachment' },
        ],
      },
      {
        ...base('lean', 'Spectrum: where do you lean?', 10),
        kind: 'spectrum',
        section: 'understanding',
        instructions: 'Stand where you lean for each situation. You may pass.',
        handout: 'Where do you lean?\n\nMark an X on each line.',
        poles: { left: 'On my own', right: 'With someone close' },
        statements: [
          { id: 'hard-day', text: 'Recovering after a hard day' },
          { id: 'holiday', text: 'Choosing where to go on holiday' },
        ],
      },
      {
        ...base('pulse', 'Quick poll', 5),
        kind: 'poll',
        section: 'understanding',
        instructions: 'Raise your hand for one answer.',
        question: 'Which need do you notice more this week?',
        options: [
          { id: 'auto', label: 'Autonomy' },
          { id: 'att', label: 'Attachment' },
          { id: 'both', label: 'Both equally' },
        ],
      },
      {
        ...base('stories', 'Scenarios: teenagers', 20),
        kind: 'scenario',
        section: 'adolescence',
        instructions: 'Read your card aloud and talk through the questions.',
        handout: 'Growing away, staying close\n\nRead your card aloud.',
        cards: [
          {
            id: 'party',
            title: 'The midnight party',
            situation: 'Amara, 15, wants to stay at a party until midnight.',
            questions: ['What is each of them trying to protect?', 'What middle ground could work?'],
            perspectives: [
              { label: 'Amara', text: 'Everyone stays until midnight; leaving early is embarrassing.' },
              { label: 'Her dad', text: 'I want her to have a life, but I lie awake until she is home.' },
            ],
          },
        ],
      },
      { ...base('pause', 'Break', 10), kind: 'break', section: 'understanding', instructions: 'Stretch your legs.' },
      {
        ...base('ask', 'Role play: asking for space', 15),
        kind: 'role-play',
        section: 'relationships',
        instructions: 'Work in threes. Play the role, not yourself. You can choose to observe.',
        handout: 'Asking for space\n\nFour steps for asking.',
        brief: 'One partner wants an evening alone each week; the other worries this means distance.',
        roles: [
          { name: 'The asker', brief: 'You want one evening a week to yourself.' },
          { name: 'The listener', brief: 'You worry that this means you are drifting apart.' },
        ],
        observerQuestions: ['Which of the four steps did the asker use?'],
      },
      {
        ...base('reflect', 'Reflection: my balance', 10),
        kind: 'reflection',
        section: 'balance',
        contentNote: 'This reflection may bring up memories of family. Choose your own examples, or pass.',
        instructions: 'On your own, answer the prompts. Nobody will collect this sheet.',
        handout: 'My balance\n\nWrite a few words for each prompt.',
        prompts: ['Where do I want more room?', 'Which relationship do I want to keep close?'],
      },
    ],
  });
}

/** The longest built-in template, when the templates are there; otherwise the fixture. */
export function longestWorkshop(): Workshop {
  const dir = join(import.meta.dirname, '../../../templates/workshops');
  if (!existsSync(dir)) return fixtureWorkshop();
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => workshopSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
    .flatMap((r) => (r.success ? [r.data] : []));
  if (all.length === 0) return fixtureWorkshop();
  const weight = (w: Workshop) => w.activities.reduce((n, a) => n + (a.handout ? 1 : 0), 0) * 1000 + JSON.stringify(w).length / 1000;
  return all.sort((a, b) => weight(b) - weight(a))[0];
}

export const SECRET_NOTE = 'Kofi seemed withdrawn after the break; follow up privately';

/** A finished session of the fixture workshop with results of every kind and notes. */
export function fixtureSession(workshop: Workshop = fixtureWorkshop(), notes: Partial<Session['notes']> = {}): Session {
  const s = newSession(workshop, {
    id: 's-fixture-0001',
    now: '2025-03-12T09:30:00.000Z',
    group: 'Year 10 parents, evening group',
    participants: 14,
  });
  return {
    ...s,
    endedAt: '2025-03-12T11:45:00.000Z',
    spentMs: {
      welcome: 11 * 60000 + 20000,
      'two-needs': 14 * 60000,
      sort: 19 * 60000 + 40000,
      lean: 9 * 60000,
      pulse: 4 * 60000 + 31000,
      stories: 22 * 60000,
      pause: 12 * 60000,
    },
    results: {
      pulse: { kind: 'poll', counts: { auto: 5, att: 6, both: 3 } },
      lean: { kind: 'spectrum', placements: { 'hard-day': [0, 0, 1, 1, 2, 1, 3, 2, 2, 1, 1], holiday: [3, 2, 2, 1, 1, 1, 2, 1, 0, 1, 0] } },
      sort: { kind: 'card-sort', placement: { c1: 'autonomy', c2: 'attachment', c3: 'attachment' } },
    },
    notes: {
      session: notes.session ?? `Good energy. ${SECRET_NOTE}.`,
      activities: notes.activities ?? { sort: 'The card about fixing the bike started a long debate about asking for help.' },
      captures: notes.captures ?? [
        { id: 'c-capture-01', at: '2025-03-12T10:05:00.000Z', activityId: 'sort', text: 'Two people asked for the answer key.' },
        { id: 'c-capture-02', at: '2025-03-12T10:40:00.000Z', text: 'Room too warm; open a window next time.' },
      ],
    },
  };
}
