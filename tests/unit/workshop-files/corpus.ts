/* eslint-disable @typescript-eslint/no-explicit-any -- the corpus breaks workshops in ways their types forbid */
import { readFileSync, readdirSync } from 'node:fs';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { builtIn, indexOfKind } from '../editor/fixtures';

/** A bad workshop file and the JSON path its first problem must name. */
export interface BadFile {
  name: string;
  text: string;
  path: string;
}

const dir = new URL('./corpus/', import.meta.url);

/** Files that are not JSON, or not a JSON object: every one is refused at the top, "$". */
export const rawFiles: BadFile[] = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8'), path: '$' }));

type Mutation = [name: string, base: string, change: (w: Record<string, any>) => void, path: (w: Workshop) => string];

const at = (kind: Workshop['activities'][number]['kind']) => (w: Workshop) => indexOfKind(w, kind);

/** Valid built-in workshops with one thing broken, as a hand edit or another program might break them. */
const mutations: Mutation[] = [
  ['missing-title', 'essentials', (w) => delete w.title, () => '$.title'],
  ['newer-schema-version', 'essentials', (w) => (w.schemaVersion = 2), () => '$.schemaVersion'],
  ['id-with-spaces', 'essentials', (w) => (w.id = 'Essentials Copy'), () => '$.id'],
  ['unknown-field', 'essentials', (w) => (w.colour = 'teal'), () => '$'],
  ['proto-key', 'essentials', (w) => Object.defineProperty(w, '__proto__', { value: { admin: true }, enumerable: true }), () => '$'],
  ['minutes-as-text', 'essentials', (w) => (w.minutes = '60'), () => '$.minutes'],
  ['target-too-short', 'essentials', (w) => (w.minutes = 3), () => '$.minutes'],
  ['start-time-unpadded', 'essentials', (w) => (w.startTime = '9:30'), () => '$.startTime'],
  ['unknown-section', 'essentials', (w) => (w.sections[0] = 'astrology'), () => '$.sections[0]'],
  ['no-activities', 'essentials', (w) => (w.activities = []), () => '$.activities'],
  ['content-notes-not-a-list', 'essentials', (w) => (w.contentNotes = 'be kind'), () => '$.contentNotes'],
  ['unknown-kind', 'essentials', (w) => (w.activities[1].kind = 'quiz'), () => '$.activities[1].kind'],
  ['empty-activity-title', 'essentials', (w) => (w.activities[2].title = '   '), () => '$.activities[2].title'],
  ['zero-minutes', 'essentials', (w) => (w.activities[0].minutes = 0), () => '$.activities[0].minutes'],
  [
    'fractional-minutes',
    'essentials',
    (w) => (w.activities[0].script.steps[1].minutes = 1.5),
    () => '$.activities[0].script.steps[1].minutes',
  ],
  ['duplicate-activity-id', 'essentials', (w) => (w.activities[1].id = w.activities[0].id), () => '$.activities[1].id'],
  [
    'section-not-listed',
    'essentials',
    (w) => (w.sections = w.sections.filter((s: string) => s !== w.activities[0].section)),
    () => '$.activities[0].section',
  ],
  ['no-script-steps', 'essentials', (w) => (w.activities[0].script.steps = []), () => '$.activities[0].script.steps'],
  ['unknown-grouping', 'essentials', (w) => (w.activities[0].grouping = 'everyone'), () => '$.activities[0].grouping'],
  ['unknown-activity-field', 'essentials', (w) => (w.activities[0].notes = 'x'), () => '$.activities[0]'],
  [
    'point-too-long',
    'essentials',
    (w) => (w.activities[at('teach')(w as Workshop)].points[0] = 'x'.repeat(301)),
    (w) => `$.activities[${at('teach')(w)}].points[0]`,
  ],
  [
    'sort-card-unknown-category',
    'essentials',
    (w) => (w.activities[at('card-sort')(w as Workshop)].cards[0].category = 'nowhere'),
    (w) => `$.activities[${at('card-sort')(w)}].cards[0].category`,
  ],
  [
    'poll-one-option',
    'essentials',
    (w) => w.activities[at('poll')(w as Workshop)].options.splice(1),
    (w) => `$.activities[${at('poll')(w)}].options`,
  ],
  [
    'spectrum-duplicate-statement',
    'essentials',
    (w) => (w.activities[at('spectrum')(w as Workshop)].statements[1].id = w.activities[at('spectrum')(w as Workshop)].statements[0].id),
    (w) => `$.activities[${at('spectrum')(w)}].statements[1].id`,
  ],
  [
    'scenario-one-question',
    'close-relationships',
    (w) => w.activities[at('scenario')(w as Workshop)].cards[0].questions.splice(1),
    (w) => `$.activities[${at('scenario')(w)}].cards[0].questions`,
  ],
  [
    'three-perspectives',
    'across-cultures',
    (w) => {
      const card = w.activities[at('scenario')(w as Workshop)].cards.find((c: { perspectives?: unknown[] }) => c.perspectives);
      card.perspectives.push({ label: 'A third', text: 'One more view.' });
    },
    (w) => {
      const i = at('scenario')(w);
      const j = (w.activities[i] as { cards: { perspectives?: unknown[] }[] }).cards.findIndex((c) => c.perspectives);
      return `$.activities[${i}].cards[${j}].perspectives`;
    },
  ],
  [
    'role-play-one-role',
    'close-relationships',
    (w) => w.activities[at('role-play')(w as Workshop)].roles.splice(1),
    (w) => `$.activities[${at('role-play')(w)}].roles`,
  ],
  [
    'too-many-activities',
    'essentials',
    (w) => (w.activities = Array.from({ length: 61 }, (_, i) => ({ ...w.activities[0], id: `a-${i}` }))),
    () => '$.activities',
  ],
];

export const mutatedFiles: BadFile[] = mutations.map(([name, base, change, path]) => {
  const original = builtIn(base);
  const data = structuredClone(original) as Record<string, any>;
  change(data);
  return { name, text: JSON.stringify(data, null, 2), path: path(original) };
});
