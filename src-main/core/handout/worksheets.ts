import type { Activity } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { m, type Locale } from '../catalog/locale';
import { groupingLabels, kindLabels } from '../workshop/kinds';
import { sectionTitles } from '../workshop/sections';
import { textBlocks, type TextBlock } from './text-blocks';
import { tickGroupsIn } from './tick-groups';

/**
 * What a participant's worksheet holds, before any page geometry. Writing space is given
 * in lines so the writer can draw real ruled lines; the numbers are what a person needs
 * to answer in handwriting, not what fills the page.
 */
export type WorksheetBlock =
  /** Handout text from the template; its first line becomes a title when it reads like one. */
  | { kind: 'text'; title?: string; blocks: TextBlock[] }
  /** A question, prompt or sentence stem followed by ruled lines to write on; `optional` ones give way on a full pack. */
  | { kind: 'prompt'; text: string; lines: number; optional?: boolean }
  /** A scenario card: the situation, the two points of view when it has them, and its questions. */
  | { kind: 'scenario'; title: string; situation: string; perspectives: { label: string; text: string }[]; questions: string[] }
  /** Spectrum: one line per statement between the two poles, to mark with an X. */
  | { kind: 'spectrum'; left: string; right: string; statements: string[] }
  /** Rows to write in, each with groups of boxes to tick, as the handout's instructions say. */
  | { kind: 'tick-rows'; rowLabel: string; rows: number; groups: string[][] }
  /** The shared situation of a role play; each player's brief is on a card of its own. */
  | { kind: 'situation'; text: string }
  /** Ruled lines with a label. */
  | { kind: 'lines'; label: string; lines: number };

export interface Worksheet {
  activityId: string;
  /** 1-based position among the pack's worksheets. */
  number: number;
  title: string;
  kind: Activity['kind'];
  kindLabel: string;
  minutes: number;
  groupingLabel: string;
  sectionTitle: string;
  contentNote?: string;
  /** Every worksheet repeats what participants are asked to do. */
  instructions: string;
  blocks: WorksheetBlock[];
  /** The workshop's own action plan: the pack prints it as its one action plan. */
  isActionPlan: boolean;
}

const LINES_PER_QUESTION = 2;
const LINES_PER_PROMPT = 3;
const LINES_PER_STEM = 2;

/** "Reflection: my action plan", "My balance action plan", "My next step": the workshop's own plan. */
export const isActionPlanActivity = (a: Pick<Activity, 'id' | 'title' | 'kind'>): boolean =>
  a.kind === 'reflection' && (/action-plan|next-step/.test(a.id) || /action plan|next step/i.test(a.title));

/** Template authors open a handout with its title on a line of its own. */
function handoutText(handout: string): { title?: string; blocks: TextBlock[] } {
  const blocks = textBlocks(handout);
  const first = blocks[0];
  if (
    blocks.length > 1 &&
    first.kind === 'paragraph' &&
    !first.text.includes('\n') &&
    first.text.length <= 90 &&
    !/[.:]$/.test(first.text)
  ) {
    return { title: first.text.trim(), blocks: blocks.slice(1) };
  }
  return { blocks };
}

const STEM = /(\.\.\.|…)\s*$/;

/** Lines that end in "..." are sentence stems: each gets its own writing space. */
function splitStems(blocks: TextBlock[]): { blocks: TextBlock[]; stems: string[] } {
  const stems: string[] = [];
  const rest = blocks.filter((b) => {
    if (b.kind !== 'paragraph') return true;
    const lines = b.text.split('\n');
    if (!lines.every((l) => STEM.test(l))) return true;
    stems.push(...lines.map((l) => l.trim()));
    return false;
  });
  return { blocks: rest, stems };
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

function kindBlocks(a: Activity, text: { blocks: TextBlock[] }, stems: string[], locale: Locale): WorksheetBlock[] {
  const o = { locale };
  const stemBlocks = stems.map((s): WorksheetBlock => ({ kind: 'prompt', text: s, lines: LINES_PER_STEM }));
  switch (a.kind) {
    case 'scenario':
      return [
        ...a.cards.map((c): WorksheetBlock => ({
          kind: 'scenario',
          title: c.title,
          situation: c.situation,
          perspectives: c.perspectives ?? [],
          questions: c.questions,
        })),
        { kind: 'lines', label: m.handouts_our_card({}, o), lines: 3 },
      ];
    case 'card-sort':
      // The cards themselves are printed and cut from the cards set; the sheet keeps what was learned.
      return [
        { kind: 'prompt', text: m.handouts_sort_disagreed({}, o), lines: LINES_PER_PROMPT },
        { kind: 'prompt', text: m.handouts_sort_showed({}, o), lines: LINES_PER_QUESTION },
      ];
    case 'spectrum':
      return [
        { kind: 'spectrum', left: a.poles.left, right: a.poles.right, statements: a.statements.map((s) => s.text) },
        { kind: 'prompt', text: m.handouts_spectrum_why({}, o), lines: LINES_PER_QUESTION, optional: true },
      ];
    case 'reflection': {
      const all = text.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.join(' '))).join(' ');
      const groups = tickGroupsIn(all);
      if (groups.length > 0) {
        const count = /\b(two|three|four|five)\b/i.exec(a.prompts[0] ?? '')?.[1]?.toLowerCase();
        return [
          ...stemBlocks,
          { kind: 'tick-rows', rowLabel: m.handouts_value_or_rule({}, o), rows: NUMBER_WORDS[count ?? ''] ?? 3, groups },
        ];
      }
      // A numbered list in the handout that matches the prompts one to one is the paper wording
      // of those prompts: print it once, each item with its lines.
      const i = text.blocks.findIndex((b) => b.kind === 'list' && b.ordered && b.items.length === a.prompts.length);
      const list = i >= 0 ? text.blocks[i] : undefined;
      const prompts = list?.kind === 'list' ? list.items : a.prompts;
      if (i >= 0) text.blocks.splice(i, 1);
      return [...stemBlocks, ...prompts.map((p): WorksheetBlock => ({ kind: 'prompt', text: p, lines: LINES_PER_PROMPT }))];
    }
    case 'role-play':
      return [
        { kind: 'situation', text: a.brief },
        ...a.observerQuestions.map((q): WorksheetBlock => ({ kind: 'prompt', text: q, lines: LINES_PER_QUESTION })),
      ];
    case 'discussion':
      // Stems in the handout are what the group fills in; without them, the questions are.
      if (stemBlocks.length > 0) return stemBlocks;
      return [a.prompt, ...a.questions].map((q): WorksheetBlock => ({ kind: 'prompt', text: q, lines: LINES_PER_QUESTION }));
    default:
      return [...stemBlocks, { kind: 'lines', label: m.handouts_your_notes({}, o), lines: 4 }];
  }
}

/** One worksheet per activity that has handout text, in agenda order. */
export function worksheetsOf(workshop: Pick<Workshop, 'activities'>, locale: Locale = 'en'): Worksheet[] {
  const sheets: Worksheet[] = [];
  const kinds = kindLabels(locale);
  const groupings = groupingLabels(locale);
  const sections = sectionTitles(locale);
  for (const a of workshop.activities) {
    if (a.handout === undefined || a.handout.trim() === '') continue;
    const { title, blocks } = handoutText(a.handout);
    const split = splitStems(blocks);
    const text = { ...(title ? { title } : {}), blocks: split.blocks };
    // Kind blocks first: a reflection may take its prompts' wording out of the handout text.
    const kind = kindBlocks(a, text, split.stems, locale);
    sheets.push({
      activityId: a.id,
      number: sheets.length + 1,
      title: a.title,
      kind: a.kind,
      kindLabel: kinds[a.kind],
      minutes: a.minutes,
      groupingLabel: groupings[a.grouping],
      sectionTitle: sections[a.section],
      ...(a.contentNote ? { contentNote: a.contentNote } : {}),
      instructions: a.instructions,
      blocks: [{ kind: 'text', ...text }, ...kind],
      isActionPlan: isActionPlanActivity(a),
    });
  }
  return sheets;
}
