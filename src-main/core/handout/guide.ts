import type { Activity } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { GROUPING_LABELS, KIND_LABELS } from '../workshop/kinds';
import { SECTION_TITLES } from '../workshop/sections';
import { clockAt, totalMinutes } from '../workshop/timing';
import { formatMinutes } from './format';
import { BACKGROUND_BRIEF, DISCLOSURE, shortOfTimeFallback } from './guide-texts';

export interface RunSheetRow {
  activityId: string;
  /** "18:30" from the start time; "+0:25" from the start when none was given. */
  clock: string;
  minutes: number;
  title: string;
  kindLabel: string;
  groupingLabel: string;
}

export interface GuideActivity {
  number: number;
  activityId: string;
  title: string;
  clock: string;
  minutes: number;
  kindLabel: string;
  groupingLabel: string;
  sectionTitle: string;
  goal: string;
  materials: string[];
  instructions: string;
  contentNote?: string;
  say: string;
  steps: { minutes: number; text: string }[];
  debrief: string[];
  facilitatorNotes: string[];
  shortOfTime: string;
  /** Scenario cards with their points of view, for the facilitator to read or hand out. */
  cards: { title: string; perspectives: { label: string; text: string }[]; note?: string }[];
}

export interface AnswerKey {
  activityTitle: string;
  categories: { label: string; cards: { text: string; explanation?: string; note?: string }[] }[];
  /** Cards the key leaves open: the conversation is the point. */
  open: { text: string; explanation?: string }[];
}

export interface GuideContent {
  title: string;
  summary: string;
  glance: {
    audience: string;
    duration: string;
    timing: string;
    goals: string[];
    groupSize: string;
    groupNotes: string[];
    roomSetup: string;
    topics: string[];
  };
  runSheet: RunSheetRow[];
  activities: GuideActivity[];
  /** Every material once, with the activities that need it. */
  materials: { item: string; activities: string[] }[];
  answerKeys: AnswerKey[];
  background: typeof BACKGROUND_BRIEF;
  disclosure: typeof DISCLOSURE;
}

const offset = (m: number) => `+${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function roomSetupOf(w: Workshop): string {
  if (w.roomSetup) return w.roomSetup;
  const kinds = new Set(w.activities.map((a) => a.kind));
  return [
    'Chairs where everyone can see the screen, and tables or clusters of chairs for small groups of three or four.',
    kinds.has('spectrum') ? 'A clear line across the room for the spectrum, with its two end signs on opposite walls.' : '',
    kinds.has('card-sort') ? 'Table space for each pair to lay out their cards.' : '',
    'Water, tissues, and a quiet spot near the door where someone can step out.',
  ]
    .filter(Boolean)
    .join(' ');
}

function answerKeyOf(a: Extract<Activity, { kind: 'card-sort' }>): AnswerKey {
  return {
    activityTitle: a.title,
    categories: a.categories.map((cat) => ({
      label: cat.label,
      cards: a.cards
        .filter((c) => c.category === cat.id)
        .map((c) => ({
          text: c.text,
          ...(c.explanation ? { explanation: c.explanation } : {}),
          ...(c.facilitatorNote ? { note: c.facilitatorNote } : {}),
        })),
    })),
    open: a.cards.filter((c) => !c.category).map((c) => ({ text: c.text, ...(c.explanation ? { explanation: c.explanation } : {}) })),
  };
}

function notesOf(a: Activity): string[] {
  const notes = a.facilitatorNote ? [a.facilitatorNote] : [];
  if (a.kind === 'spectrum') for (const s of a.statements) if (s.facilitatorNote) notes.push(`“${s.text}”: ${s.facilitatorNote}`);
  return notes;
}

/** The facilitator guide: at a glance, the run sheet from `start`, every activity in full, and the pages around them. */
export function guideContent(workshop: Workshop, start?: string): GuideContent {
  const from = start ?? workshop.startTime;
  let at = 0;
  const clocks = workshop.activities.map((a) => {
    const clock = from ? clockAt(from, at) : offset(at);
    at += a.minutes;
    return clock;
  });
  const total = totalMinutes(workshop.activities);
  const runSheet = workshop.activities.map((a, i) => ({
    activityId: a.id,
    clock: clocks[i],
    minutes: a.minutes,
    title: a.title,
    kindLabel: KIND_LABELS[a.kind],
    groupingLabel: GROUPING_LABELS[a.grouping],
  }));
  const materials = new Map<string, string[]>();
  for (const a of workshop.activities) for (const m of a.materials) materials.set(m, [...(materials.get(m) ?? []), a.title]);
  const g = workshop.groupSize;
  return {
    title: workshop.title,
    summary: workshop.summary,
    glance: {
      audience: workshop.audience,
      duration: formatMinutes(total),
      timing: from ? `${from}–${clockAt(from, total)}` : `${formatMinutes(total)} including breaks`,
      goals: workshop.goals ?? workshop.activities.filter((a) => a.kind === 'teach' || a.kind === 'scenario').map((a) => a.goal),
      groupSize: g
        ? `${g.min} to ${g.max} people, best with about ${g.best}`
        : 'About 8 to 24 people: enough for pairs and small groups of three or four',
      groupNotes: g ? [`With a small group: ${g.small}`, `With a large group: ${g.large}`] : [],
      roomSetup: roomSetupOf(workshop),
      topics: workshop.sections.map((s) => SECTION_TITLES[s]),
    },
    runSheet,
    activities: workshop.activities.map((a, i) => ({
      number: i + 1,
      activityId: a.id,
      title: a.title,
      clock: clocks[i],
      minutes: a.minutes,
      kindLabel: KIND_LABELS[a.kind],
      groupingLabel: GROUPING_LABELS[a.grouping],
      sectionTitle: SECTION_TITLES[a.section],
      goal: a.goal,
      materials: a.materials,
      instructions: a.instructions,
      ...(a.contentNote ? { contentNote: a.contentNote } : {}),
      say: a.script.say,
      steps: a.script.steps,
      debrief: a.script.debrief,
      facilitatorNotes: notesOf(a),
      shortOfTime: a.shortOfTime ?? shortOfTimeFallback(a),
      cards:
        a.kind === 'scenario'
          ? a.cards.map((c) => ({
              title: c.title,
              perspectives: c.perspectives ?? [],
              ...(c.facilitatorNote ? { note: c.facilitatorNote } : {}),
            }))
          : [],
    })),
    materials: [...materials].map(([item, activities]) => ({ item, activities })),
    answerKeys: workshop.activities.flatMap((a) => (a.kind === 'card-sort' ? [answerKeyOf(a)] : [])),
    background: BACKGROUND_BRIEF,
    disclosure: DISCLOSURE,
  };
}
