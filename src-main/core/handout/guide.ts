import type { Activity } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { m, type Locale } from '../catalog/locale';
import { groupingLabels, kindLabels } from '../workshop/kinds';
import { sectionTitles } from '../workshop/sections';
import { clockAt, totalMinutes } from '../workshop/timing';
import { formatMinutes } from './format';
import { backgroundBrief, disclosurePage, shortOfTimeFallback, type BackgroundBrief, type DisclosurePage } from './guide-texts';
import { wordsLocaleOf } from './words-locale';

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
  /** The language of the guide's fixed words: the workshop's, English when it has no catalog. */
  locale: Locale;
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
  background: BackgroundBrief;
  disclosure: DisclosurePage;
}

const offset = (m: number) => `+${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function roomSetupOf(w: Workshop, locale: Locale): string {
  if (w.roomSetup) return w.roomSetup;
  const kinds = new Set(w.activities.map((a) => a.kind));
  const o = { locale };
  return [
    m.handouts_guide_room_chairs({}, o),
    kinds.has('spectrum') ? m.handouts_guide_room_spectrum({}, o) : '',
    kinds.has('card-sort') ? m.handouts_guide_room_card_sort({}, o) : '',
    m.handouts_guide_room_basics({}, o),
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

function notesOf(a: Activity, locale: Locale): string[] {
  const notes = a.facilitatorNote ? [a.facilitatorNote] : [];
  if (a.kind === 'spectrum')
    for (const s of a.statements)
      if (s.facilitatorNote) notes.push(m.handouts_guide_quoted_note({ text: s.text, note: s.facilitatorNote }, { locale }));
  return notes;
}

/** The facilitator guide: at a glance, the run sheet from `start`, every activity in full, and the pages around them. */
export function guideContent(workshop: Workshop, start?: string, wordsLocale?: Locale): GuideContent {
  const locale = wordsLocaleOf(workshop, wordsLocale);
  const o = { locale };
  const kinds = kindLabels(locale);
  const groupings = groupingLabels(locale);
  const sections = sectionTitles(locale);
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
    kindLabel: kinds[a.kind],
    groupingLabel: groupings[a.grouping],
  }));
  const materials = new Map<string, string[]>();
  for (const a of workshop.activities) for (const m of a.materials) materials.set(m, [...(materials.get(m) ?? []), a.title]);
  const g = workshop.groupSize;
  return {
    locale,
    title: workshop.title,
    summary: workshop.summary,
    glance: {
      audience: workshop.audience,
      duration: formatMinutes(total, locale),
      timing: from ? `${from}–${clockAt(from, total)}` : m.handouts_guide_timing_with_breaks({ duration: formatMinutes(total, locale) }, o),
      goals: workshop.goals ?? workshop.activities.filter((a) => a.kind === 'teach' || a.kind === 'scenario').map((a) => a.goal),
      groupSize: g
        ? m.handouts_guide_group_size_range({ min: g.min, max: g.max, best: g.best }, o)
        : m.handouts_guide_group_size_default({}, o),
      groupNotes: g ? [m.handouts_guide_small_group({ text: g.small }, o), m.handouts_guide_large_group({ text: g.large }, o)] : [],
      roomSetup: roomSetupOf(workshop, locale),
      topics: workshop.sections.map((s) => sections[s]),
    },
    runSheet,
    activities: workshop.activities.map((a, i) => ({
      number: i + 1,
      activityId: a.id,
      title: a.title,
      clock: clocks[i],
      minutes: a.minutes,
      kindLabel: kinds[a.kind],
      groupingLabel: groupings[a.grouping],
      sectionTitle: sections[a.section],
      goal: a.goal,
      materials: a.materials,
      instructions: a.instructions,
      ...(a.contentNote ? { contentNote: a.contentNote } : {}),
      say: a.script.say,
      steps: a.script.steps,
      debrief: a.script.debrief,
      facilitatorNotes: notesOf(a, locale),
      shortOfTime: a.shortOfTime ?? shortOfTimeFallback(a, locale),
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
    background: backgroundBrief(locale),
    disclosure: disclosurePage(locale),
  };
}
